import { incomeLineFor, type PolicyTables } from '../policy/policy.js';
import type { Indicator, RuleSet } from '../rules/types.js';
import { fireColumn } from './condition.js';
import { isoDate } from './dates.js';
import { firedMatrix, setColumn, type FiredMatrix } from './fired.js';
import type { EncodedInputs } from './encode.js';
import { requireEvaluator, usesExpression, type ExpressionEvaluator } from './expression-source.js';
import type { Values } from './rollup.js';
import { SourceReader } from './sources.js';

/**
 * Which indicators fire for which household: the {@link FiredMatrix}, one bit per (indicator,
 * household), indicator-major, so that re-scoring with new points (what-if) never re-reads the
 * inputs. This is the only step that reads records; everything after it loops over this matrix.
 * Expression indicators need `expressions` (the host's opt-in); a failing one is named.
 *
 * @example
 * const fired = fireIndicators(encodeInputs(inputs), ruleSet, dayNumber('2025-06-30'), defaultPolicy);
 */
export function fireIndicators(
  data: EncodedInputs,
  ruleSet: RuleSet,
  asOfDay: number,
  policy: PolicyTables,
  expressions?: ExpressionEvaluator,
): FiredMatrix {
  requireEvaluator(ruleSet.indicators, expressions);
  const n = data.households.n;
  const fired = firedMatrix(ruleSet.indicators.length, n);
  // Each condition writes one byte per household here, then the column is packed into bits.
  const column = new Uint8Array(n);
  const reader = new SourceReader(
    data,
    asOfDay,
    ruleSet.indicators.map((i) => i.source),
    expressions,
  );
  let lines: Float64Array | null = null;
  ruleSet.indicators.forEach((indicator, j) => {
    const values = readNamed(reader, indicator);
    const scale = indicator.condition.ratioTo
      ? (lines ??= incomeLines(data, policy, asOfDay))
      : null;
    fireColumn(indicator.condition, values, scale, column);
    setColumn(fired, j, column);
  });
  return fired;
}

/** Reads an indicator's source; an expression that fails is reported with the indicator's id. */
function readNamed(reader: SourceReader, indicator: Indicator): Values {
  if (!usesExpression(indicator.source)) return reader.read(indicator.source);
  try {
    return reader.read(indicator.source);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`score: indicator ${indicator.id}: ${reason}`, { cause: e });
  }
}

/** The income line of every household: its province (first two digits of its village code) at the asOf year. */
function incomeLines(data: EncodedInputs, policy: PolicyTables, asOfDay: number): Float64Array {
  const year = Number(isoDate(asOfDay).slice(0, 4));
  const byVillage = data.households.villages.map((code) =>
    incomeLineFor(policy, code.slice(0, 2), year),
  );
  const h = data.households;
  const out = new Float64Array(h.n);
  for (let i = 0; i < h.n; i++) out[i] = byVillage[h.village[i] ?? -1] ?? Number.NaN;
  return out;
}
