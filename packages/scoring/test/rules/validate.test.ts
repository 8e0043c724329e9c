import { describe, expect, it } from 'vitest';
import { assertRuleSet, presets, validateRuleSet, type RuleSetIssue } from '../../src/index.js';

type Key = string | number;

/**
 * A deep copy of a preset with changes applied, each a path and a value (`undefined` deletes):
 * the tests break presets on purpose, which the preset types would not allow.
 */
function broken(id: keyof typeof presets, ...changes: [Key[], unknown][]): unknown {
  const root = structuredClone(presets[id]) as unknown;
  for (const [path, value] of changes) {
    let node = root as Record<Key, unknown>;
    for (const key of path.slice(0, -1)) node = node[key] as Record<Key, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) Reflect.deleteProperty(node, last);
    else node[last] = value;
  }
  return root;
}

/** Reads a value of a preset by path (to copy one field onto another). */
function at(id: keyof typeof presets, path: Key[]): unknown {
  let node = presets[id] as unknown;
  for (const key of path) node = (node as Record<Key, unknown>)[key];
  return node;
}

function issuesOf(json: unknown): Pick<RuleSetIssue, 'path' | 'code'>[] {
  return validateRuleSet(json).issues.map(({ path, code }) => ({ path, code }));
}

describe('validateRuleSet', () => {
  it.each(Object.keys(presets) as (keyof typeof presets)[])('accepts the %s preset', (id) => {
    const v = validateRuleSet(presets[id]);
    expect(v.issues).toEqual([]);
    expect(v.ok).toBe(true);
  });

  it('ships the Jiangxi catalogue of 44 items from 13 departments plus 12 banks', () => {
    const rs = presets['jiangxi-levels'];
    const fromDepartments = rs.indicators.filter(
      (i) => i.source.kind === 'department' && i.source.department !== 'bank',
    );
    expect(fromDepartments).toHaveLength(44);
    expect(
      new Set(fromDepartments.map((i) => i.source.kind === 'department' && i.source.department))
        .size,
    ).toBe(13);
    expect(rs.departments.find((d) => d.id === 'bank')?.institutions).toHaveLength(12);
  });

  it('refuses a document that is not an object', () => {
    expect(issuesOf(42)).toEqual([{ path: '$', code: 'notObject' }]);
  });

  it('names an unknown top-level field', () => {
    const rs = broken('ankang-five-lamps', [['colour'], 'red']);
    expect(issuesOf(rs)).toEqual([{ path: '$.colour', code: 'unknownField' }]);
  });

  it('names an unknown field deep inside an indicator source', () => {
    const rs = broken('ankang-five-lamps', [['indicators', 0, 'source', 'window'], 3]);
    expect(issuesOf(rs)).toEqual([{ path: '$.indicators[0].source.window', code: 'unknownField' }]);
  });

  it('refuses negative points, with both languages in the message', () => {
    const rs = broken('ankang-five-lamps', [['indicators', 2, 'points'], -5]);
    const v = validateRuleSet(rs);
    expect(v.issues).toEqual([
      {
        path: '$.indicators[2].points',
        code: 'negative',
        message: { zh: '此处不允许负数', en: 'must not be negative here' },
      },
    ]);
  });

  it('refuses a gap between bands', () => {
    const rs = broken('jiangxi-levels', [['levels', 'bands', 2, 'min'], 45]);
    expect(issuesOf(rs)).toEqual([{ path: '$.levels.bands[2].min', code: 'bandGap' }]);
  });

  it('refuses overlapping bands', () => {
    const rs = broken('jiangxi-levels', [['levels', 'bands', 1, 'min'], 15]);
    expect(issuesOf(rs)).toEqual([{ path: '$.levels.bands[1].min', code: 'bandOverlap' }]);
  });

  it('refuses bands that do not start at 0 or are closed at the top', () => {
    const rs = broken(
      'jiangxi-levels',
      [['levels', 'bands', 0, 'min'], 5],
      [['levels', 'bands', 3, 'max'], 100],
    );
    expect(issuesOf(rs)).toEqual([
      { path: '$.levels.bands[0].min', code: 'bandStart' },
      { path: '$.levels.bands[3].max', code: 'bandEnd' },
    ]);
  });

  it('refuses an unknown indicator source kind', () => {
    const rs = broken('ankang-five-lamps', [
      ['indicators', 0, 'source'],
      { kind: 'satellite', band: 4 },
    ]);
    expect(issuesOf(rs)).toEqual([{ path: '$.indicators[0].source.kind', code: 'unknownSource' }]);
  });

  it('refuses a department missing from the catalogue', () => {
    const rs = broken('ankang-five-lamps', [['indicators', 0, 'source', 'department'], 'tax']);
    expect(issuesOf(rs)).toEqual([
      { path: '$.indicators[0].source.department', code: 'unknownDepartment' },
    ]);
  });

  it('refuses a member code that does not exist', () => {
    const rs = broken('ankang-five-lamps', [
      ['indicators', 3, 'source', 'where', 0, 'value'],
      'verySick',
    ]);
    expect(issuesOf(rs)).toEqual([
      { path: '$.indicators[3].source.where[0].value', code: 'unknownCode' },
    ]);
  });

  it('refuses duplicate indicator ids and an unknown cause', () => {
    const rs = broken(
      'ankang-five-lamps',
      [['indicators', 1, 'id'], at('ankang-five-lamps', ['indicators', 0, 'id'])],
      [['indicators', 1, 'cause'], 'badLuck'],
    );
    expect(issuesOf(rs)).toEqual([
      { path: '$.indicators[1].cause', code: 'enum' },
      { path: '$.indicators[1].id', code: 'duplicateId' },
    ]);
  });

  it('requires Alkire–Foster weights to sum to 1 and deprivations to be strictly below', () => {
    const rs = broken(
      'alkire-foster',
      [['indicators', 0, 'weight'], 0.5],
      [['indicators', 1, 'condition', 'op'], 'le'],
    );
    expect(issuesOf(rs)).toEqual([
      { path: '$.indicators[1].condition.op', code: 'methodField' },
      { path: '$.indicators', code: 'weightsSum' },
    ]);
  });

  it('requires lamps for the points method and refuses a share above 1 in a flag rule', () => {
    const rs = broken(
      'jiangxi-levels',
      [['lamps'], undefined],
      [['flags', 'village', 4, 'share'], 80],
    );
    expect(issuesOf(rs)).toEqual([
      { path: '$.flags.village[4].share', code: 'range' },
      { path: '$', code: 'required' },
    ]);
  });

  it('refuses levels on lamps when the rule set has no lamps', () => {
    const rs = broken('alkire-foster', [['levels', 'on'], 'lamps']);
    expect(issuesOf(rs)).toEqual([{ path: '$.levels.on', code: 'methodField' }]);
  });

  it('assertRuleSet throws listing the paths', () => {
    const rs = broken('ankang-five-lamps', [['workOrderThreshold'], -1]);
    expect(() => assertRuleSet(rs)).toThrow(/\$\.workOrderThreshold: must not be negative/);
  });
});
