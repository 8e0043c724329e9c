import { describe, expect, it } from 'vitest';
import { validateRuleSet, type RuleSetIssue } from '../../src/index.js';
import { expressionRuleSet, expressionSource } from '../helpers/expression-rule-set.js';

/** The issues of the expression rule set whose `expr` source is `source` (any JSON). */
function issuesOf(source: unknown): Pick<RuleSetIssue, 'path' | 'code'>[] {
  const rs = expressionRuleSet(source as never);
  return validateRuleSet(rs).issues.map(({ path, code }) => ({ path, code }));
}

const at = '$.indicators[0].source';

describe('validateRuleSet on expression sources', () => {
  it('accepts an expression on each table, and months on department records', () => {
    expect(issuesOf(expressionSource('members', 'd => d.health === "serious"', 'any'))).toEqual([]);
    expect(issuesOf(expressionSource('households', 'd => d.size', 'max'))).toEqual([]);
    expect(issuesOf(expressionSource('departmentRecords', 'd => d.value', 'sum', 3))).toEqual([]);
  });

  it('refuses an empty or blank expression, with its path and both languages', () => {
    const empty = validateRuleSet(expressionRuleSet(expressionSource('members', '', 'any')));
    expect(empty.issues).toEqual([
      {
        path: `${at}.expression`,
        code: 'type',
        message: {
          zh: '类型错误,应为non-empty string',
          en: 'wrong type, expected non-empty string',
        },
      },
    ]);
    expect(issuesOf(expressionSource('members', '   ', 'any'))).toEqual([
      { path: `${at}.expression`, code: 'type' },
    ]);
    expect(issuesOf({ kind: 'expression', table: 'members', rollup: 'any' })).toEqual([
      { path: at, code: 'required' },
    ]);
    expect(issuesOf({ ...expressionSource('members', 'x', 'any'), expression: 3 })).toEqual([
      { path: `${at}.expression`, code: 'type' },
    ]);
  });

  it('refuses an unknown table, listing the known ones', () => {
    const v = validateRuleSet(
      expressionRuleSet({
        ...expressionSource('members', 'd => 1', 'any'),
        table: 'persons',
      } as never),
    );
    expect(v.issues.map((i) => [i.path, i.code, i.message.en])).toEqual([
      [
        `${at}.table`,
        'enum',
        'invalid value, expected one of households, members, departmentRecords',
      ],
    ]);
  });

  it('refuses a bad or missing rollup', () => {
    expect(issuesOf({ ...expressionSource('members', 'd => 1', 'any'), rollup: 'mean' })).toEqual([
      { path: `${at}.rollup`, code: 'enum' },
    ]);
    expect(issuesOf({ kind: 'expression', table: 'members', expression: 'd => 1' })).toEqual([
      { path: at, code: 'required' },
    ]);
  });

  it('refuses months outside department records, and a bad months window', () => {
    expect(issuesOf(expressionSource('members', 'd => 1', 'any', 3))).toEqual([
      { path: `${at}.months`, code: 'unknownField' },
    ]);
    expect(issuesOf(expressionSource('departmentRecords', 'd => 1', 'any', 1.5))).toEqual([
      { path: `${at}.months`, code: 'range' },
    ]);
  });

  it('refuses unknown fields, and checks an expression operand of a derived source', () => {
    expect(issuesOf({ ...expressionSource('members', 'd => 1', 'any'), where: {} })).toEqual([
      { path: `${at}.where`, code: 'unknownField' },
    ]);
    const derived = {
      kind: 'derived',
      op: 'ratio',
      of: [expressionSource('households', '', 'sum'), { kind: 'household', field: 'size' }],
    };
    expect(issuesOf(derived)).toEqual([{ path: `${at}.of[0].expression`, code: 'type' }]);
  });

  it('names the expression kind among the known kinds of an unknown source', () => {
    const v = validateRuleSet(expressionRuleSet({ kind: 'formula' } as never));
    expect(v.issues[0]?.message.en).toBe(
      'unknown indicator source formula (department, household, member, derived, expression)',
    );
  });
});
