import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Indicator, RuleSet } from '../../src/index.js';
import { flagRuleSet } from './fixtures.js';

const page = readFileSync(
  resolve(import.meta.dirname, '../../../../docs/scoring/rule-set.md'),
  'utf8',
);
const section = page.slice(page.indexOf('## Arquero expressions'), page.indexOf('## Issue codes'));
const blocks = [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)];

/** The example indicator of the Arquero expressions section of docs/scoring/rule-set.md. */
export const docIndicator = JSON.parse(
  blocks.find((b) => b[1] === 'json')?.[2] ?? 'null',
) as Indicator;

/** The error messages that section quotes, one a line. */
export const docErrors: readonly string[] = (blocks.find((b) => b[1] === 'text')?.[2] ?? '')
  .trim()
  .split('\n');

/** The flag rule set of fixtures.ts with the example indicator first. */
export function docRuleSet(): RuleSet {
  const base = flagRuleSet([{ id: 'other', points: 5 }]);
  return { ...base, indicators: [docIndicator, ...base.indicators] };
}
