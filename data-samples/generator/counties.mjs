// Which rule set, income level and story each county gets. The two sample counties follow their
// seeds: 南昌县 runs the Jiangxi system (seed 000), 汉阴县 the Ankang platform (seed 004). The
// other Ankang counties exist for the 770k-household benchmark city.

/**
 * @typedef {{ key: string, preset: string, province: string, incomeMedian: number, neighbours: string[],
 *   story: { manyPushesTownship: string, counts: Partial<Record<import('./story.mjs').Role, number>>, fixed: Record<string, import('./story.mjs').Role>, avoid: string[] } }} CountyConfig
 */

const ANKANG_NEIGHBOURS = ['610902', '610921', '610922', '610923', '610924', '610925', '610926'];

/** @type {Record<string, CountyConfig>} */
export const COUNTIES = {
  360121: {
    key: 'nanchang',
    preset: 'jiangxi-levels',
    province: '36',
    // Rural per-capita disposable income around Nanchang is well above the line; yuan/year.
    incomeMedian: 24000,
    neighbours: ['360102', '360103', '360104', '360111', '360112', '360113', '360123', '360124'],
    story: {
      manyPushesTownship: '泾口乡',
      counts: {
        redOverdue: 3,
        redNoMeasure: 2,
        zeroMonitored: 2,
        lowInclusion: 2,
        lateVerification: 3,
        dataError: 2,
      },
      fixed: {},
      avoid: ['八一乡/八一村', '幽兰镇/园艺场村', '黄马乡/岭前村'],
    },
  },
  610921: {
    key: 'hanyin',
    preset: 'ankang-five-lamps',
    province: '61',
    incomeMedian: 16000,
    neighbours: ANKANG_NEIGHBOURS,
    story: {
      manyPushesTownship: '双乳镇',
      counts: {
        redOverdue: 1,
        redNoMeasure: 1,
        zeroMonitored: 1,
        lowInclusion: 1,
        lateVerification: 1,
      },
      fixed: { '平梁镇/兴隆村': 'dataError' },
      avoid: ['平梁镇/二郎村', '平梁镇/柏杨村', '平梁镇/集镇社区'],
    },
  },
};

/**
 * The config of any county: the two above, or an Ankang benchmark county with a generic story
 * (its largest township has many pushes and few inclusions).
 * @param {string} code @param {{townships: {name: string, villages: unknown[]}[]}} geography
 * @returns {CountyConfig}
 */
export function configFor(code, geography) {
  const known = COUNTIES[/** @type {keyof typeof COUNTIES} */ (code)];
  if (known) return known;
  const largest = [...geography.townships].sort((a, b) => b.villages.length - a.villages.length)[0];
  return {
    key: code,
    preset: 'ankang-five-lamps',
    province: code.slice(0, 2),
    incomeMedian: 15000,
    neighbours: ANKANG_NEIGHBOURS,
    story: {
      manyPushesTownship: largest?.name ?? '',
      counts: {
        redOverdue: 2,
        redNoMeasure: 1,
        zeroMonitored: 1,
        lowInclusion: 1,
        lateVerification: 1,
        dataError: 1,
      },
      fixed: {},
      avoid: [],
    },
  };
}
