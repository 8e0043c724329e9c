import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { presets, profiles, score } from '@shouwang/scoring';
// Ingest is not (yet) exported from the package entry; the samples are its first real input.
import { readTables } from '../../packages/scoring/src/ingest/index.js';

const root = join(import.meta.dirname, '..');
const file = (dir: string, name: string): File =>
  new File([readFileSync(join(root, dir, name))], name);
const tablesOf = (dir: string) => ({
  regions: file(dir, 'regions.csv'),
  households: file(dir, 'households.csv'),
  members: file(dir, 'members.csv'),
  departmentRecords: file(dir, 'department-records.csv'),
  workEvents: file(dir, 'work-events.csv'),
  measures: file(dir, 'measures.csv'),
});

/** The library's flag rule for each story role. */
const RULE_OF: Record<string, string> = {
  redOverdue: 'overdueHighLamps',
  redNoMeasure: 'confirmedNoMeasureOverdue',
  zeroMonitored: 'zeroMonitoredWithPushes',
  lowInclusion: 'inclusionRateBelowParent',
  lateVerification: 'verifiedInTimeShareBelow',
  dataError: 'dataErrorShareAbove',
};

interface Story {
  county: string;
  ruleSet: 'jiangxi-levels' | 'ankang-five-lamps';
  villages: { regionCode: string; name: string; role: string }[];
  manyPushesTownship: { regionCode: string };
  scenarios: { householdId: string; score: number; lamps: number }[];
  counts: { asOf: string; scores: Record<string, number> };
}

const DIRS = ['nanchang', 'hanyin'];
const bundles = new Map<string, Awaited<ReturnType<typeof readTables>>>();
const stories = new Map<string, Story>();

beforeAll(async () => {
  for (const dir of DIRS) {
    bundles.set(dir, await readTables(tablesOf(dir)));
    stories.set(dir, JSON.parse(readFileSync(join(root, dir, 'story.json'), 'utf8')) as Story);
  }
});

/** Column values of an ingested table. */
const column = (
  dir: string,
  table: 'households' | 'departmentRecords',
  name: string,
): ArrayLike<unknown> => bundles.get(dir)!.tables[table]!.array(name);

describe('the samples through @shouwang/scoring', () => {
  it('load through ingest with every row accepted', () => {
    for (const [dir, bundle] of bundles) {
      expect(bundle.rejected, dir).toEqual([]);
      expect(bundle.stats.accepted).toBe(bundle.stats.read);
    }
  });

  it('load the Chinese-header variants: GBK department file, BOM households, JSON', async () => {
    const gbk = await readTables({
      households: file('nanchang', 'households.csv'),
      departmentRecords: file('nanchang', 'department-records-civil-affairs.gbk.csv'),
    });
    expect(gbk.rejected).toEqual([]);
    const civil = Array.from(column('nanchang', 'departmentRecords', 'department')).filter(
      (d) => d === 'civilAffairs',
    );
    expect(gbk.tables.departmentRecords?.numRows()).toBe(civil.length);
    const zh = await readTables({
      regions: file('hanyin', 'regions.csv'),
      households: file('hanyin', 'pingliang-households.zh.csv'),
    });
    expect(zh.rejected).toEqual([]);
    const pingliang = Array.from(column('hanyin', 'households', 'regionCode')).filter((c) =>
      String(c).startsWith('610921103'),
    );
    expect(zh.tables.households?.numRows()).toBe(pingliang.length);
    const json = JSON.parse(readFileSync(join(root, 'hanyin/pingliang.json'), 'utf8')) as Record<
      string,
      unknown[]
    >;
    const fromJson = await readTables({
      households: new File([JSON.stringify(json.households)], 'households.json'),
      members: new File([JSON.stringify(json.members)], 'members.json'),
      workEvents: new File([JSON.stringify(json.workEvents)], 'work-events.json'),
    });
    expect(fromJson.rejected).toEqual([]);
  });

  it('load the national roster (xlsx, title rows, one row per person) as members', async () => {
    const roster = await readTables({
      households: file('nanchang', 'households.csv'),
      members: file('nanchang', 'monitored-roster.xlsx'),
    });
    expect(roster.rejected).toEqual([]);
    const members = roster.tables.members!;
    const ids = new Set(Array.from(column('nanchang', 'households', 'householdId')));
    expect(members.numRows()).toBeGreaterThan(100);
    expect(Array.from(members.array('householdId')).every((id) => ids.has(id))).toBe(true);
    expect(new Set(Array.from(members.array('relation')))).toContain('head');
  });

  it('reject exactly the deliberate faults of the bad-rows files', async () => {
    const expected = JSON.parse(
      readFileSync(join(root, 'nanchang/bad-rows.expected.json'), 'utf8'),
    ) as {
      rejected: { file: string; row: number; column: string }[];
    };
    const households = await readTables({
      regions: file('nanchang', 'regions.csv'),
      households: file('nanchang', 'households-bad-rows.csv'),
    });
    const members = await readTables({
      households: file('nanchang', 'households.csv'),
      members: file('nanchang', 'members-bad-rows.csv'),
    });
    const got = [...households.rejected, ...members.rejected]
      .filter((p) => p.file.includes('bad-rows'))
      .map((p) => `${p.file} ${String(p.row)} ${String(p.column)}`);
    expect(got.sort()).toEqual(
      expected.rejected.map((r) => `${r.file} ${r.row} ${r.column}`).sort(),
    );
  });

  it('score as the generator did: the same lamps distribution and scenario scores', () => {
    for (const [dir, story] of stories) {
      const { table } = score(bundles.get(dir)!.tables as never, presets[story.ruleSet], {
        asOf: story.counts.asOf,
      });
      const ids = table.array('householdId') as ArrayLike<string>;
      const scores = table.array('score') as ArrayLike<number>;
      const lamps = table.array('lamps') as ArrayLike<number>;
      const distribution: Record<string, number> = {};
      for (let l = 0; l <= 5; l++)
        distribution[`lamps${l}`] = Array.from(lamps).filter((x) => x === l).length;
      expect(distribution, dir).toEqual(story.counts.scores);
      const index = new Map(Array.from(ids, (id, i) => [id, i]));
      for (const s of story.scenarios) {
        const i = index.get(s.householdId)!;
        expect([scores[i], lamps[i]], s.householdId).toEqual([s.score, s.lamps]);
      }
    }
  });

  it('flag exactly the story villages and township under jiangxi-levels, each for its reason', () => {
    for (const [dir, story] of stories) {
      const { flags } = profiles(
        score(bundles.get(dir)!.tables as never, presets['jiangxi-levels'], {
          asOf: story.counts.asOf,
        }),
      );
      const villages = new Map(
        flags
          .filter((f) => f.level === 'village')
          .map((f) => [f.regionCode, f.reasons.map((r) => r.kind)]),
      );
      expect([...villages.keys()].sort()).toEqual(story.villages.map((v) => v.regionCode).sort());
      for (const v of story.villages)
        expect(villages.get(v.regionCode), v.name).toContain(RULE_OF[v.role]);
      const townships = flags.filter((f) => f.level === 'township');
      expect(townships.map((f) => [f.regionCode, f.reasons.map((r) => r.kind)])).toEqual([
        [story.manyPushesTownship.regionCode, ['manyPushesFewInclusions']],
      ]);
    }
  });

  it('show red villages in red and yellow ones in yellow', () => {
    const story = stories.get('nanchang')!;
    const { flags } = profiles(
      score(bundles.get('nanchang')!.tables as never, presets['jiangxi-levels'], {
        asOf: story.counts.asOf,
      }),
    );
    for (const v of story.villages) {
      expect(flags.find((f) => f.regionCode === v.regionCode)?.flag, v.name).toBe(
        v.role.startsWith('red') ? 'red' : 'yellow',
      );
    }
  });
});
