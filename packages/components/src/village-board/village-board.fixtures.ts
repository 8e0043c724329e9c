import {
  presets,
  profiles,
  readTables,
  score,
  workOrders,
  type PresetId,
  type Profiles,
  type ScoreResult,
  type ScoringInputs,
  type WorkOrders,
} from '@shouwang/scoring';
import { miniAsOf, miniInputs } from '../test-support/mini-county.js';

/** A county scored for the board: the inputs, the result, its work orders and profiles. */
export interface ScoredCounty {
  readonly inputs: ScoringInputs;
  readonly result: ScoreResult;
  readonly orders: WorkOrders;
  readonly profiles: Profiles;
}

function scored(inputs: ScoringInputs, preset: PresetId, asOf: string): ScoredCounty {
  const result = score(inputs, presets[preset], { asOf });
  const orders = workOrders(result);
  return { inputs, result, orders, profiles: profiles(result, { orders }) };
}

let mini: ScoredCounty | undefined;

/**
 * The mini county of the test support scored with `jiangxi-levels`, whose yellow rules flag a
 * village that the Ankang preset (red rules only) leaves alone: 园艺场村 red, 岭前村 yellow.
 */
export function miniJiangxi(): ScoredCounty {
  mini ??= scored(miniInputs(), 'jiangxi-levels', miniAsOf);
  return mini;
}

/** The files of a sample county (data-samples/<county>/), by the table ingest reads them into. */
export const SAMPLE_FILES = {
  regions: 'regions.csv',
  households: 'households.csv',
  members: 'members.csv',
  departmentRecords: 'department-records.csv',
  workEvents: 'work-events.csv',
  measures: 'measures.csv',
} as const;

/** The sample counties and the rule set each runs (data-samples/README.md). */
export const SAMPLE_PRESETS = {
  nanchang: 'jiangxi-levels',
  hanyin: 'ankang-five-lamps',
} as const satisfies Record<string, PresetId>;

/** The date the samples are as of. */
const sampleAsOf = '2025-06-30';

const samples = new Map<string, Promise<ScoredCounty>>();

/**
 * A sample county read through ingest from the URLs `urlOf` gives for each file and scored with
 * its own preset (or `preset`). Cached per county and preset, so tests and stories pay once.
 *
 * @example
 * const county = await sampleCounty('nanchang', (file) => `/data-samples/nanchang/${file}`);
 */
export function sampleCounty(
  county: keyof typeof SAMPLE_PRESETS,
  urlOf: (file: string) => string,
  preset: PresetId = SAMPLE_PRESETS[county],
): Promise<ScoredCounty> {
  const key = `${county}:${preset}`;
  let pending = samples.get(key);
  if (!pending) {
    pending = (async () => {
      // Fetch every file at once, then parse: the network is done before the work starts.
      const sources = Object.fromEntries(
        await Promise.all(
          Object.entries(SAMPLE_FILES).map(async ([table, file]) => {
            const response = await fetch(new URL(urlOf(file), document.baseURI));
            if (!response.ok) throw new Error(`${file}: HTTP ${String(response.status)}`);
            return [table, new File([await response.blob()], file)] as const;
          }),
        ),
      );
      const bundle = await readTables(sources);
      if (bundle.rejected.length > 0)
        throw new Error(`${county}: ${String(bundle.rejected.length)} rows rejected`);
      const { tables } = bundle;
      if (!tables.regions || !tables.households) throw new Error(`${county}: tables missing`);
      const inputs: ScoringInputs = {
        regions: tables.regions,
        households: tables.households,
        members: tables.members,
        departmentRecords: tables.departmentRecords,
        workEvents: tables.workEvents,
        measures: tables.measures,
      };
      return scored(inputs, preset, sampleAsOf);
    })();
    samples.set(key, pending);
  }
  return pending;
}
