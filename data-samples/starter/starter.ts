import { fromCSV } from 'arquero';
import { withLamps } from '@shouwang/scoring';
import csv from './households.csv?raw';

/** One household of the starter sample, scored. */
export interface StarterHousehold {
  householdId: string;
  village: string;
  score: number;
  lamps: number;
  cause: string;
}

/**
 * Reads the starter sample and scores it: score = risk points − resilience points, floored at 0;
 * lamps by the default (Ankang) lamp rule. Shared by the demo page and the stories.
 */
export function starterHouseholds(): StarterHousehold[] {
  const raw = fromCSV(csv, { parse: { householdId: String, regionCode: String } });
  const risk = raw.array('riskPoints') as ArrayLike<number>;
  const resilience = raw.array('resiliencePoints') as ArrayLike<number>;
  const score = Float64Array.from(risk, (r, i) => Math.max(0, r - (resilience[i] ?? 0)));
  const scored = withLamps(raw.assign({ score }));
  const ids = scored.array('householdId') as ArrayLike<string>;
  const villages = scored.array('village') as ArrayLike<string>;
  const lamps = scored.array('lamps') as ArrayLike<number>;
  const causes = scored.array('cause') as ArrayLike<string | null>;
  return Array.from({ length: scored.numRows() }, (_, i) => ({
    householdId: ids[i] ?? '',
    village: villages[i] ?? '',
    score: score[i] ?? 0,
    lamps: lamps[i] ?? 0,
    cause: causes[i] ?? '',
  }));
}
