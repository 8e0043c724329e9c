import { table } from 'arquero';
import { personIdCheckChar, type PresetId, type ScoringInputs } from '@shouwang/scoring';
import { scoreCounty, type ScoredCounty } from './scored-county.js';

/**
 * A small hand-made county for element tests and stories: 2 townships, 4 villages, 12
 * households modelled on the seeds' cases (a long illness with large self-paid costs, a dropout
 * alarm that verification finds to be a data error, a house damaged by a landslide, a main
 * labourer's death, a large household with several disabled members), each with its
 * department records and work events, scored for real with the `ankang-five-lamps` preset.
 * Every name is synthetic. The sample counties in data-samples/ are the large version.
 */
export const miniAsOf = '2025-06-30';

const regions = [
  ['360121', '南昌县', 'county', null],
  ['360121101000', '八一乡', 'township', '360121'],
  ['360121102000', '幽兰镇', 'township', '360121'],
  ['360121101001', '八一村', 'village', '360121101000'],
  ['360121101002', '塔城村', 'village', '360121101000'],
  ['360121102003', '园艺场村', 'village', '360121102000'],
  ['360121102004', '岭前村', 'village', '360121102000'],
] as const;

// householdId, village, head name, size, category, income per capita, wage, production, transfer
const households = [
  ['H01', '360121101001', '魏一民', 3, 'marginal', 6200, 9000, 6000, 3600],
  ['H02', '360121101001', '周二强', 4, null, 14800, 42000, 14000, 3200],
  ['H03', '360121101001', '蔡三福', 2, null, 9800, 12000, 6000, 1600],
  ['H04', '360121101002', '沈四平', 5, 'sudden', 5100, 12000, 6000, 7500],
  ['H05', '360121101002', '李五春', 3, null, 16500, 38000, 9000, 2500],
  ['H06', '360121101002', '桑六梅', 4, null, 11200, 30000, 10000, 4800],
  ['H07', '360121102003', '万七军', 5, 'sudden', 4300, 6000, 4000, 11500],
  ['H08', '360121102003', '徐八安', 3, null, 12900, 28000, 8000, 2700],
  ['H09', '360121102003', '邹九凡', 6, 'unstable', 5600, 18000, 3000, 12600],
  ['H10', '360121102004', '黄十琴', 2, 'marginal', 5900, 4000, 2000, 5800],
  ['H11', '360121102004', '宋十一', 4, null, 15300, 44000, 12000, 5200],
  ['H12', '360121102004', '韩十二', 3, null, 8700, 14000, 9000, 3100],
] as const;

/** A synthetic 18-digit ID number with a valid check character (GB 11643). */
function personId(village: string, birth: string, serial: number): string {
  const body = `${village.slice(0, 6)}${birth.replaceAll('-', '')}${String(serial).padStart(3, '0')}`;
  return body + personIdCheckChar(body);
}

// householdId, given-name suffix, relation, birth date, labour, health, disability, schooling
const members = [
  ['H01', '一民', 'head', '1971-03-07', 'none', 'serious', 'none', 'none'],
  ['H01', '小英', 'spouse', '1973-05-12', 'full', 'healthy', 'none', 'none'],
  ['H01', '小华', 'child', '2009-09-01', 'none', 'healthy', 'none', 'junior'],
  ['H02', '二强', 'head', '1980-01-20', 'full', 'healthy', 'none', 'none'],
  ['H03', '三福', 'head', '1962-08-30', 'partial', 'chronic', 'none', 'none'],
  ['H03', '小梅', 'spouse', '1964-02-14', 'partial', 'healthy', 'none', 'none'],
  ['H04', '四平', 'head', '1968-11-02', 'partial', 'healthy', '2', 'none'],
  ['H04', '小芳', 'spouse', '1970-04-18', 'none', 'healthy', '1', 'none'],
  ['H04', '小龙', 'child', '1995-06-06', 'full', 'healthy', '3', 'none'],
  ['H07', '七嫂', 'spouse', '1984-10-10', 'full', 'healthy', 'none', 'none'],
  ['H07', '小一', 'child', '2010-03-03', 'none', 'healthy', 'none', 'junior'],
  ['H07', '小二', 'child', '2012-07-07', 'none', 'healthy', 'none', 'primary'],
  ['H07', '小三', 'child', '2015-01-15', 'none', 'healthy', 'none', 'primary'],
  ['H07', '小四', 'child', '2019-12-12', 'none', 'healthy', 'none', 'preschool'],
  ['H09', '九凡', 'head', '1975-05-05', 'full', 'healthy', 'none', 'none'],
  ['H10', '十琴', 'head', '1986-09-19', 'partial', 'healthy', '2', 'none'],
  ['H10', '小宝', 'child', '2013-02-02', 'none', 'healthy', 'none', 'primary'],
  ['H12', '十二', 'head', '1979-12-01', 'full', 'healthy', 'none', 'none'],
  ['H12', '小玲', 'child', '2008-04-04', 'none', 'healthy', 'none', 'dropout'],
] as const;

function memberRows() {
  return members.map(
    ([householdId, given, relation, birthDate, labor, health, disability, school], i) => {
      const household = households.find(([id]) => id === householdId);
      const village = household?.[1] ?? '360121101001';
      const family = household?.[2].slice(0, 1) ?? '张';
      return {
        personId: personId(village, birthDate, 100 + i),
        householdId,
        name: relation === 'head' ? (household?.[2] ?? family + given) : family + given,
        relation,
        birthDate,
        laborAbility: labor,
        health,
        disability,
        schooling: school,
      };
    },
  );
}

type Record = readonly [
  key: string,
  keyType: 'household' | 'person',
  department: string,
  indicator: string,
  value: number,
  period: string,
];

function departmentRecords(people: ReturnType<typeof memberRows>): Record[] {
  const person = (householdId: string, index = 0) =>
    people.filter((p) => p.householdId === householdId)[index]?.personId ?? householdId;
  return [
    // H01: a long illness, 4.2万 self-paid over the year (seed 004, 听力神经瘤).
    [person('H01'), 'person', 'medicalInsurance', 'selfPaidMedical', 20000, '2025-02'],
    [person('H01'), 'person', 'medicalInsurance', 'selfPaidMedical', 22000, '2025-04'],
    [person('H01'), 'person', 'health', 'seriousIllness', 1, '2025-04'],
    // H04: a large relocated household with three disabled members.
    [person('H04', 1), 'person', 'disabledFederation', 'disabilityGrade', 1, '2025-05'],
    ['H04', 'household', 'housing', 'safetyGrade', 3, '2025-05'],
    // H07: the main labourer died; a mother with four children (seed 000, 幽兰镇).
    ['H07', 'household', 'civilAffairs', 'lowIncomeAllowance', 1, '2025-06'],
    [person('H07'), 'person', 'humanResources', 'unemployedRegistered', 1, '2025-06'],
    // H09: a house damaged by a landslide (seed 004, 二郎村).
    ['H09', 'household', 'emergency', 'disasterLoss', 18000, '2025-05'],
    ['H09', 'household', 'housing', 'safetyGrade', 4, '2025-05'],
    [person('H09'), 'person', 'medicalInsurance', 'insured', 0, '2025-06'],
    // H10: disability and schooling costs after the husband's death (seed 000, 岭前村).
    [person('H10'), 'person', 'disabledFederation', 'disabilityGrade', 2, '2025-03'],
    [person('H10'), 'person', 'medicalInsurance', 'selfPaidMedical', 12000, '2025-03'],
    // H12: a dropout alarm that verification finds to be a typing error (seed 004).
    [person('H12', 1), 'person', 'education', 'dropout', 1, '2025-04'],
    // H03: unsafe drinking water, nothing else.
    ['H03', 'household', 'water', 'safeDrinkingWater', 0, '2025-06'],
    // Resilience: stable jobs.
    [person('H02'), 'person', 'humanResources', 'stableEmployment', 1, '2025-06'],
    [person('H12'), 'person', 'humanResources', 'stableEmployment', 1, '2025-06'],
  ];
}

// orderId, householdId, stage, date, outcome, actor
const workEvents = [
  ['WO-H01', 'H01', 'pushed', '2025-04-08', null, 'cw01'],
  ['WO-H01', 'H01', 'verified', '2025-04-11', 'confirmed', 'cw01'],
  ['WO-H01', 'H01', 'reviewed', '2025-04-16', null, 'cw01'],
  ['WO-H01', 'H01', 'approved', '2025-04-20', null, 'cw02'],
  ['WO-H01', 'H01', 'included', '2025-04-21', null, 'cw02'],
  ['WO-H01', 'H01', 'measures', '2025-04-25', null, 'cw01'],
  ['WO-H07', 'H07', 'pushed', '2024-11-04', null, 'cw03'],
  ['WO-H07', 'H07', 'verified', '2024-11-06', 'confirmed', 'cw03'],
  ['WO-H07', 'H07', 'reviewed', '2024-11-12', null, 'cw03'],
  ['WO-H07', 'H07', 'approved', '2024-11-15', null, 'cw04'],
  ['WO-H07', 'H07', 'included', '2024-11-18', null, 'cw04'],
  ['WO-H07', 'H07', 'measures', '2024-11-22', null, 'cw03'],
  ['WO-H09', 'H09', 'pushed', '2025-05-20', null, 'cw03'],
  ['WO-H12', 'H12', 'pushed', '2025-04-10', null, 'cw04'],
  ['WO-H12', 'H12', 'verified', '2025-04-14', 'dataError', 'cw04'],
  ['WO-H12', 'H12', 'dismissed', '2025-04-15', null, 'cw04'],
] as const;

const measures = [
  ['H01', 'socialSecurity', '2025-04-25', 3600],
  ['H01', 'health', '2025-04-25', 8000],
  ['H07', 'socialSecurity', '2024-11-22', 7200],
  ['H07', 'education', '2024-11-22', 2000],
  ['H07', 'insurance', '2025-01-10', 500],
] as const;

const columns = (rows: readonly (readonly unknown[])[], names: readonly string[]) =>
  Object.fromEntries(names.map((name, i) => [name, rows.map((row) => row[i])]));

/** The canonical input tables of the mini county. */
export function miniInputs(): ScoringInputs {
  const people = memberRows();
  return {
    regions: table(columns(regions, ['regionCode', 'name', 'level', 'parentCode'])),
    households: table({
      ...columns(households, [
        'householdId',
        'regionCode',
        'headName',
        'size',
        'category',
        'incomePerCapita',
        'incomeWage',
        'incomeProduction',
        'incomeTransfer',
      ]),
      phone: households.map((_, i) => `1390791${String(1000 + i * 37).padStart(4, '0')}`),
      monitoredSince: households.map(([, , , , category]) => (category ? '2024-11-18' : null)),
      incomeProperty: households.map(() => 0),
      lon: households.map((_, i) => 115.9 + 0.01 * i),
      lat: households.map((_, i) => 28.5 + 0.004 * (i % 3)),
    }),
    members: table(
      columns(
        people.map((p) => Object.values(p)),
        Object.keys(people[0] ?? {}),
      ),
    ),
    departmentRecords: table(
      columns(departmentRecords(people), [
        'key',
        'keyType',
        'department',
        'indicator',
        'value',
        'period',
      ]),
    ),
    workEvents: table(
      columns(workEvents, ['orderId', 'householdId', 'stage', 'date', 'outcome', 'actor']),
    ),
    measures: table(columns(measures, ['householdId', 'kind', 'date', 'amount'])),
  };
}

/** Everything an element may show about the mini county, scored for real. */
export type MiniCounty = ScoredCounty;

const cached = new Map<PresetId, MiniCounty>();

/**
 * The mini county scored with `preset` (default `ankang-five-lamps`) as of {@link miniAsOf},
 * computed once per preset.
 */
export function miniCounty(preset: PresetId = 'ankang-five-lamps'): MiniCounty {
  let county = cached.get(preset);
  if (!county) {
    county = scoreCounty(miniInputs(), preset, miniAsOf);
    cached.set(preset, county);
  }
  return county;
}

/**
 * The mini county scored with `jiangxi-levels`, whose yellow rules flag a village that the
 * Ankang preset (red rules only) leaves alone: 园艺场村 red, 岭前村 yellow.
 */
export function miniJiangxi(): MiniCounty {
  return miniCounty('jiangxi-levels');
}
