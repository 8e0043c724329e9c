// The story the samples tell (DOMAIN §7): which villages are red or yellow and why, which
// township has many pushes and few inclusions, which village has no monitored household.
// Roles are drawn with the seed among ordinary villages (村, not urban 社区), away from the
// scenario villages unless a scenario asks for a role.

/** @typedef {'redOverdue' | 'redNoMeasure' | 'zeroMonitored' | 'lowInclusion' | 'lateVerification' | 'dataError'} Role */

/** What each role means, for README and tests. */
export const ROLE_REASONS = {
  redOverdue: 'red: a household with 3+ lamps whose verification is overdue',
  redNoMeasure: 'red: a confirmed, included household with no measure past the deadline',
  zeroMonitored: 'yellow: warnings pushed, zero monitored households',
  lowInclusion:
    "yellow: inclusion rate far below the township's (confirmed cases rejected at review)",
  lateVerification: 'yellow: under 80% of verifications within the deadline',
  dataError: 'yellow: over 20% of verifications found a data error',
  manyPushes: 'township yellow: many warnings pushed, few inclusions',
};

/**
 * @param {{townships: {code: string, name: string, villages: {code: string, name: string}[]}[]}} county
 * @param {{manyPushesTownship: string, counts: Partial<Record<Role, number>>, fixed: Record<string, Role>, avoid: string[]}} story
 * @param {import('./random.mjs').Random} r
 * @returns {{village: Map<string, Role>, manyPushes: string}}
 */
export function assignRoles(county, story, r) {
  const township = county.townships.find((t) => t.name === story.manyPushesTownship);
  if (!township) throw new Error(`story township ${story.manyPushesTownship} not found`);
  /** @type {Map<string, Role>} */
  const village = new Map();
  for (const t of county.townships) {
    for (const v of t.villages) {
      const role = story.fixed[`${t.name}/${v.name}`];
      if (role) village.set(v.code, role);
    }
  }
  const avoid = new Set(story.avoid);
  const candidates = r.shuffle(
    county.townships
      .filter((t) => t !== township)
      .flatMap((t) =>
        t.villages
          .filter(
            (v) =>
              v.name.endsWith('村') && !avoid.has(`${t.name}/${v.name}`) && !village.has(v.code),
          )
          .map((v) => v.code),
      ),
  );
  for (const [role, count] of /** @type {[Role, number][]} */ (Object.entries(story.counts))) {
    for (let i = 0; i < count; i++) {
      const code = candidates.pop();
      if (code) village.set(code, role);
    }
  }
  return { village, manyPushes: township.code };
}
