import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { flagsOf } from '../generator/check-story.mjs';
import { isValidIdNumber } from '../generator/id-number.mjs';
import { SEED_NAMES } from '../generator/names.mjs';
import { generateSample, sampleFiles, type CountySample, type Row } from '../generator/sample.mjs';

const root = join(import.meta.dirname, '..');
const committed = (path: string): Buffer => readFileSync(join(root, path));

/** Splits one CSV line, with RFC 4180 quotes (the generator writes no line breaks in cells). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** Parses a CSV text into rows keyed by its header. */
function parseCsv(text: string): Record<string, string>[] {
  const [header = '', ...lines] = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter(Boolean);
  const columns = cells(header);
  return lines.map((line) => {
    const values = cells(line);
    return Object.fromEntries(columns.map((c, i) => [c, values[i] ?? '']));
  });
}

interface Geography {
  townships: { code: string; villages: { code: string; name: string }[] }[];
}

let sample: ReturnType<typeof generateSample>;
let counties: CountySample[];

beforeAll(() => {
  sample = generateSample();
  counties = sample.counties;
});

describe('generation', () => {
  it('writes the committed files byte for byte', () => {
    for (const [path, content] of sample.files) {
      const expected = committed(path);
      const same = expected.equals(Buffer.from(content));
      expect(same, `data-samples/${path} differs: run node data-samples/generator/cli.mjs`).toBe(
        true,
      );
    }
  });

  it('writes the same bytes for the same seed and other bytes for another seed', () => {
    const a = sampleFiles({ seed: 'determinism', householdsPerVillage: 2 });
    const b = sampleFiles({ seed: 'determinism', householdsPerVillage: 2 });
    const c = sampleFiles({ seed: 'another', householdsPerVillage: 2 });
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, content] of a)
      expect(Buffer.from(content).equals(Buffer.from(b.get(path)!)), path).toBe(true);
    expect(a.get('nanchang/members.csv')).not.toEqual(c.get('nanchang/members.csv'));
  });
});

describe('regions', () => {
  it('lists every real village of the county, and only those', () => {
    for (const county of counties) {
      const geography = JSON.parse(
        readFileSync(join(root, 'geography/counties', `${county.code}.json`), 'utf8'),
      ) as Geography;
      const real = geography.townships.flatMap((t) => t.villages.map((v) => v.code)).sort();
      const villages = county.tables.regions
        .filter((r) => r.level === 'village')
        .map((r) => String(r.regionCode));
      expect(villages.sort()).toEqual(real);
      expect(villages.every((code) => /^\d{12}$/.test(code))).toBe(true);
    }
  });

  it('has 471 villages in 南昌县', () => {
    const nanchang = counties.find((c) => c.code === '360121')!;
    expect(nanchang.tables.regions.filter((r) => r.level === 'village')).toHaveLength(471);
  });

  it('gives every region one GeoJSON feature with a polygon', () => {
    for (const county of counties) {
      const geojson = JSON.parse(committed(`${county.dir}/regions.geojson`).toString()) as {
        features: { id: string; geometry: { type: string; coordinates: unknown[] } }[];
      };
      expect(geojson.features.map((f) => f.id).sort()).toEqual(
        county.tables.regions.map((r) => String(r.regionCode)).sort(),
      );
      expect(
        geojson.features.every(
          (f) => f.geometry.type === 'MultiPolygon' && f.geometry.coordinates.length > 0,
        ),
      ).toBe(true);
    }
  });
});

describe('households and members', () => {
  it('puts every household in a village of the regions table', () => {
    for (const county of counties) {
      const villages = new Set(
        county.tables.regions.filter((r) => r.level === 'village').map((r) => r.regionCode),
      );
      expect(county.tables.households.every((h) => villages.has(h.regionCode))).toBe(true);
    }
  });

  it('reconciles household sizes with member rows, and counts across files', () => {
    for (const county of counties) {
      const { households, members } = county.tables;
      const perHousehold = new Map<unknown, number>();
      for (const m of members)
        perHousehold.set(m.householdId, (perHousehold.get(m.householdId) ?? 0) + 1);
      expect(households.every((h) => perHousehold.get(h.householdId) === h.size)).toBe(true);
      expect(perHousehold.size).toBe(households.length);
      const csv = parseCsv(committed(`${county.dir}/households.csv`).toString());
      expect(csv).toHaveLength(households.length);
      expect(parseCsv(committed(`${county.dir}/members.csv`).toString())).toHaveLength(
        members.length,
      );
      const story = JSON.parse(committed(`${county.dir}/story.json`).toString()) as {
        counts: Record<string, number>;
      };
      expect(story.counts.households).toBe(households.length);
      expect(story.counts.people).toBe(members.length);
    }
  });

  it('gives every member a unique ID number that passes its check and carries the birth date', () => {
    const ids = counties.flatMap((c) => c.tables.members);
    const bad = ids.filter(
      (m) =>
        !isValidIdNumber(String(m.personId)) ||
        String(m.personId).slice(6, 14) !== String(m.birthDate).replaceAll('-', ''),
    );
    expect(bad).toEqual([]);
    expect(new Set(ids.map((m) => m.personId)).size).toBe(ids.length);
  });

  it('uses no name of a person in the seed articles', () => {
    const names = new Set(counties.flatMap((c) => c.tables.members.map((m) => m.name)));
    expect(SEED_NAMES.filter((n) => names.has(n))).toEqual([]);
  });

  it('uses only the codes of docs/data-model.md', () => {
    const codes: Record<string, string[]> = {
      relation: ['head', 'spouse', 'child', 'parent', 'grandchild', 'other'],
      laborAbility: ['full', 'partial', 'none'],
      health: ['healthy', 'chronic', 'serious'],
      disability: ['none', '1', '2', '3', '4'],
      schooling: ['none', 'preschool', 'primary', 'junior', 'senior', 'college', 'dropout'],
    };
    const members = counties.flatMap((c) => c.tables.members);
    for (const [column, allowed] of Object.entries(codes)) {
      expect(
        members.filter((m) => !allowed.includes(String(m[column]))),
        column,
      ).toEqual([]);
    }
    const households = counties.flatMap((c) => c.tables.households);
    expect(
      households.filter(
        (h) => ![null, 'unstable', 'marginal', 'sudden'].includes(h.category as string | null),
      ),
    ).toEqual([]);
  });
});

describe('department records, work events, measures', () => {
  const presets = ['jiangxi-levels', 'ankang-five-lamps'].map(
    (id) =>
      JSON.parse(
        readFileSync(join(root, '../packages/scoring/src/presets', `${id}.json`), 'utf8'),
      ) as {
        indicators: { source: { kind: string; department?: string; indicator?: string } }[];
      },
  );
  const items = new Set(
    presets.flatMap((p) =>
      p.indicators.map((i) => `${i.source.department ?? ''}/${i.source.indicator ?? ''}`),
    ),
  );

  it('keys every record to a household or member of the sample, with a preset data item', () => {
    for (const county of counties) {
      const households = new Set(county.tables.households.map((h) => h.householdId));
      const people = new Set(county.tables.members.map((m) => m.personId));
      const bad = county.tables.departmentRecords.filter(
        (r) =>
          !(r.keyType === 'household' ? households : people).has(r.key) ||
          !items.has(`${String(r.department)}/${String(r.indicator)}`) ||
          typeof r.value !== 'number' ||
          String(r.period) < '2024-07' ||
          String(r.period) > '2025-06',
      );
      expect(bad).toEqual([]);
    }
  });

  it('covers every department of both presets, monthly over 12 months', () => {
    for (const county of counties) {
      const departments = new Set(county.tables.departmentRecords.map((r) => r.department));
      expect(departments.size).toBeGreaterThanOrEqual(14);
      expect(new Set(county.tables.departmentRecords.map((r) => r.period)).size).toBe(12);
    }
  });

  it('runs every work order from a push, in date order, ending by the as-of date', () => {
    for (const county of counties) {
      const households = new Set(county.tables.households.map((h) => h.householdId));
      const orders = new Map<unknown, Row[]>();
      for (const e of county.tables.workEvents)
        orders.set(e.orderId, [...(orders.get(e.orderId) ?? []), e]);
      const bad = [...orders.values()].filter((events) => {
        const dates = events.map((e) => String(e.date));
        return (
          events[0]?.stage !== 'pushed' ||
          !households.has(events[0].householdId) ||
          dates.join() !== [...dates].sort().join() ||
          dates.some((d) => d > sample.asOf)
        );
      });
      expect(bad).toEqual([]);
      const outcomes = new Set(county.tables.workEvents.map((e) => e.outcome));
      expect([...outcomes].sort()).toEqual(['confirmed', 'dataError', 'noRisk', null].sort());
    }
  });

  it('writes the civil-affairs records again as a GBK file with Chinese headers', () => {
    const text = iconv.decode(
      committed('nanchang/department-records-civil-affairs.gbk.csv'),
      'gbk',
    );
    const rows = parseCsv(text);
    const nanchang = counties.find((c) => c.code === '360121')!;
    expect(text.startsWith('关联编号,编号类型,部门,指标,值,月份')).toBe(true);
    expect(rows).toHaveLength(
      nanchang.tables.departmentRecords.filter((r) => r.department === 'civilAffairs').length,
    );
    expect(rows.every((r) => r['部门'] === '民政局')).toBe(true);
  });
});

describe('the story', () => {
  it('flags exactly the villages and the township the story names, each for its reason', () => {
    for (const county of counties) {
      const lamps = new Map(county.scores.map((s) => [s.householdId, s.lamps]));
      const flags = flagsOf(county.tables, lamps, sample.asOf);
      const expected = new Map(county.story.villages.map((v) => [v.regionCode, [v.role]]));
      expect(flags.villages).toEqual(expected);
      expect([...flags.townships.keys()]).toEqual([county.story.manyPushesTownship.regionCode]);
    }
  });

  it('has red and every yellow reason in 南昌县', () => {
    const nanchang = counties.find((c) => c.code === '360121')!;
    expect(new Set(nanchang.story.villages.map((v) => v.role))).toEqual(
      new Set([
        'redOverdue',
        'redNoMeasure',
        'zeroMonitored',
        'lowInclusion',
        'lateVerification',
        'dataError',
      ]),
    );
  });

  it('pushes the scenario households over their rule set threshold', () => {
    for (const county of counties) {
      for (const s of county.story.scenarios) expect(s.lamps, s.title).toBeGreaterThanOrEqual(1);
    }
    expect(counties.flatMap((c) => c.story.scenarios)).toHaveLength(6);
  });

  it('pushes warnings in every month from the second on, more in the second half', () => {
    const nanchang = counties.find((c) => c.code === '360121')!;
    const pushes = nanchang.tables.workEvents
      .filter((e) => e.stage === 'pushed')
      .map((e) => String(e.date).slice(0, 7));
    const months = new Set(pushes);
    expect(months.size).toBeGreaterThanOrEqual(11);
    const early = pushes.filter((m) => m < '2025-01').length;
    expect(pushes.length - early).toBeGreaterThan(early);
  });
});

describe('bad rows', () => {
  it('lists each deliberate fault with its row, column and reason', () => {
    const expected = JSON.parse(committed('nanchang/bad-rows.expected.json').toString()) as {
      rejected: { file: string; row: number; column: string; value: string | null }[];
    };
    for (const fault of expected.rejected) {
      const rows = parseCsv(committed(`nanchang/${fault.file}`).toString());
      expect(rows[fault.row - 2]?.[fault.column]).toBe(fault.value ?? '');
    }
    const members = parseCsv(committed('nanchang/members-bad-rows.csv').toString());
    expect(members.filter((m) => !isValidIdNumber(m.personId ?? '')).length).toBe(3);
  });
});

describe('README', () => {
  it("states each county's counts as story.json has them", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const n = (x: number): string => x.toLocaleString('en-US');
    for (const county of counties) {
      const { counts } = JSON.parse(committed(`${county.dir}/story.json`).toString()) as {
        counts: Record<string, number>;
      };
      for (const text of [
        `${n(counts.households!)} / ${n(counts.people!)}`,
        n(counts.departmentRecords!),
        `${n(counts.workOrders!)} / ${n(counts.workEvents!)}`,
        n(counts.measures!),
      ]) {
        expect(readme, county.dir).toContain(`| ${text} `);
      }
    }
  });
});
