import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { arqueroExpressions } from '../../src/expressions/index.js';
import { score, whatIf } from '../../src/index.js';
import { expressionRuleSet, expressionSource } from '../helpers/expression-rule-set.js';
import { households, members } from '../helpers/fixtures.js';
import { docErrors, docRuleSet } from '../helpers/rule-set-doc.js';

// This suite runs under --disallow-code-generation-from-strings (csp-canary.test.ts proves it),
// as a page whose Content-Security-Policy lacks 'unsafe-eval'.

const inputs = {
  households: households([{ householdId: 'H1' }, { householdId: 'H2' }]),
  members: members([{ householdId: 'H1', birthDate: '1950-05-01' }, { householdId: 'H2' }]),
};
const oldHead = expressionRuleSet(
  expressionSource('members', 'd => op.year(d.birthDate) < 1960', 'any'),
);
const asOf = '2025-06-30';

/** The error `f` throws (fails the test when it throws none). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('expression indicators without the extension', () => {
  it('are refused without the expressions option, naming the indicator and unsafe-eval', () => {
    const e = thrown(() => score(inputs, oldHead, { asOf }));
    expect(e).not.toBeInstanceOf(EvalError);
    expect(e.message).toMatch(/^score: indicator expr uses source kind "expression"/);
    expect(e.message).toContain("allows 'unsafe-eval'");
    expect(e.message).toContain("'@shouwang/scoring/expressions'");
  });

  it('are refused inside a derived source too', () => {
    const rs = expressionRuleSet(
      {
        kind: 'derived',
        op: 'difference',
        of: [{ kind: 'household', field: 'size' }, expressionSource('households', 'd => 1', 'sum')],
      },
      { op: 'ge', value: 2 },
    );
    expect(() => score(inputs, rs, { asOf })).toThrow(/indicator expr uses source kind/);
    const both = {
      ...rs,
      indicators: [...rs.indicators, { ...oldHead.indicators[0]!, id: 'old' }],
    };
    expect(() => score(inputs, both, { asOf })).toThrow(
      /^score: indicators expr, old use source kind "expression"/,
    );
  });

  it('leave rule sets without them untouched by the option', () => {
    const plain = expressionRuleSet({ kind: 'household', field: 'size' }, { op: 'ge', value: 3 });
    const a = score(inputs, plain, { asOf });
    const b = score(inputs, plain, { asOf, expressions: arqueroExpressions });
    expect(Array.from(b.table.array('score'))).toEqual(Array.from(a.table.array('score')));
    expect(Array.from(a.table.array('score'))).toEqual([20, 20]);
  });
});

describe('the extension where code generation is blocked', () => {
  it('throws a clear error naming the indicator and expression, not a bare EvalError', () => {
    const e = thrown(() => score(inputs, oldHead, { asOf, expressions: arqueroExpressions }));
    expect(e).not.toBeInstanceOf(EvalError);
    expect(e.message).toBe(
      'score: indicator expr: arquero expression "d => op.year(d.birthDate) < 1960" on members: ' +
        "code generation from strings is blocked in this environment (a Content-Security-Policy without 'unsafe-eval', " +
        "or node --disallow-code-generation-from-strings); expression indicators need a page that allows 'unsafe-eval'",
    );
    // The root cause is the engine's refusal, kept for debugging.
    let cause: unknown = e;
    while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
    expect(cause).toBeInstanceOf(EvalError);
  });

  it('throws the message docs/scoring/rule-set.md quotes', () => {
    expect(() => score(inputs, docRuleSet(), { asOf, expressions: arqueroExpressions })).toThrow(
      docErrors[1],
    );
  });

  it('still reports an unknown column by name (arquero checks columns before compiling)', () => {
    const rs = expressionRuleSet(expressionSource('members', 'd => d.income > 3', 'any'));
    expect(() => score(inputs, rs, { asOf, expressions: arqueroExpressions })).toThrow(
      'score: indicator expr: arquero expression "d => d.income > 3" on members: Invalid column reference: "d.income"',
    );
  });
});

/** Every module the main entry imports, transitively (relative imports only: the package's own). */
function importGraph(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (files.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    files.set(file, text);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const spec = m[1]!;
      if (spec.endsWith('.json')) continue;
      queue.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  }
  return files;
}

/** Source text without comments (TSDoc examples may show expressions). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('the main entry never generates code', () => {
  const src = resolve(import.meta.dirname, '../../src');
  const graph = importGraph(join(src, 'index.ts'));

  it('does not import the expressions module, new Function, eval or string table expressions', () => {
    const names = [...graph.keys()].map((f) => relative(src, f));
    expect(names.length).toBeGreaterThan(40);
    expect(names).toContain('kernel/expression-source.ts');
    expect(names.filter((f) => f.startsWith('expressions'))).toEqual([]);
    const offending = [...graph].filter(([, text]) =>
      /new Function|\beval\(|['"`]\s*\(?\w*\)?\s*=>/.test(code(text)),
    );
    expect(offending.map(([f]) => relative(src, f))).toEqual([]);
  });

  it('imports and scores, explains and re-scores in this environment', async () => {
    const main = await import('../../src/index.js');
    const result = main.score(inputs, main.presets['ankang-five-lamps'], { asOf });
    expect(result.table.numRows()).toBe(2);
    const why = main.explain(result, 'H1')!;
    expect(why.fired.length).toBeGreaterThan(0);
    const scoreOfH1 = (result.table.array('score') as Float64Array)[0];
    expect(why.fired.reduce((sum, f) => sum + f.points, 0)).toBe(scoreOfH1);
    expect(whatIf(result, { workOrderThreshold: 10 }).ruleSet.workOrderThreshold).toBe(10);
  });
});
