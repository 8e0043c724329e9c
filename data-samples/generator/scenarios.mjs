// The scenario households of issue 5, modelled on the cases in the seed articles, with
// synthetic names and ID numbers: the real people of the articles appear nowhere. Each names its
// real village, its members, the department rows that reveal it, and its process.

/**
 * @typedef {{ relation: import('./households.mjs').Relation, age: number, sex: 'm' | 'f',
 *   health?: string, disability?: string, laborAbility?: string, schooling?: string, deceased?: boolean }} MemberSpec
 * @typedef {{ id: string, who: number | 'household', period: string, value: number }} RowSpec
 * @typedef {{ county: string, township: string, village: string, title: string, causes: string[],
 *   members: MemberSpec[], incomePerCapita: number, wageShare: number, category: 'unstable' | 'marginal' | 'sudden' | null,
 *   rows: RowSpec[], process: {stage: string, date: string, outcome?: string}[],
 *   measures: {kind: string, date: string, amount: number | null}[] }} Scenario
 */

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    // Seed 000: a villager of 八一村 fell ill; the system pushed him, the village included him,
    // arranged 低保 and paired help.
    county: '360121',
    township: '八一乡',
    village: '八一村',
    title: 'long illness, large self-paid medical costs',
    causes: ['illness'],
    members: [
      { relation: 'head', age: 58, sex: 'm', health: 'serious', laborAbility: 'none' },
      { relation: 'spouse', age: 55, sex: 'f', health: 'chronic', laborAbility: 'partial' },
      { relation: 'child', age: 30, sex: 'm' },
      { relation: 'grandchild', age: 6, sex: 'm' },
    ],
    incomePerCapita: 9800,
    wageShare: 0.55,
    category: 'marginal',
    rows: [
      { id: 'seriousIllness', who: 0, period: '2024-09', value: 1 },
      { id: 'longHospitalStay', who: 0, period: '2024-09', value: 28 },
      { id: 'longHospitalStay', who: 0, period: '2024-10', value: 21 },
      { id: 'frequentHospitalisation', who: 0, period: '2024-09', value: 2 },
      { id: 'frequentHospitalisation', who: 0, period: '2024-12', value: 1 },
      { id: 'selfPaidMedical', who: 0, period: '2024-09', value: 31200 },
      { id: 'selfPaidMedical', who: 0, period: '2024-10', value: 18650 },
      { id: 'selfPaidMedical', who: 0, period: '2024-12', value: 9400 },
      { id: 'medicalAssistance', who: 0, period: '2024-11', value: 6000 },
    ],
    process: [
      { stage: 'pushed', date: '2024-10-06' },
      { stage: 'verified', date: '2024-10-09', outcome: 'confirmed' },
      { stage: 'reviewed', date: '2024-10-12' },
      { stage: 'approved', date: '2024-10-15' },
      { stage: 'included', date: '2024-10-16' },
      { stage: 'measures', date: '2024-10-18' },
    ],
    measures: [
      { kind: 'socialSecurity', date: '2024-10-18', amount: 7680 },
      { kind: 'health', date: '2024-10-18', amount: 12000 },
      { kind: 'other', date: '2024-10-25', amount: null },
    ],
  },
  {
    // Seed 000: the main labourer of a 园艺场村 household died in 2024, leaving his wife with four
    // children (he died of an illness); the system pushed the household on 4 November 2024. He is still on the roster
    // (减员 pending), which is how the police record joins the household.
    county: '360121',
    township: '幽兰镇',
    village: '园艺场村',
    title: "main labourer's death, a parent with four children",
    causes: ['labourShortage'],
    members: [
      { relation: 'head', age: 41, sex: 'f' },
      {
        relation: 'spouse',
        age: 44,
        sex: 'm',
        health: 'serious',
        laborAbility: 'none',
        deceased: true,
      },
      { relation: 'child', age: 16, sex: 'm', schooling: 'senior' },
      { relation: 'child', age: 13, sex: 'f', schooling: 'junior' },
      { relation: 'child', age: 10, sex: 'f', schooling: 'primary' },
      { relation: 'child', age: 6, sex: 'm', schooling: 'preschool' },
    ],
    incomePerCapita: 6200,
    wageShare: 0.3,
    category: 'sudden',
    rows: [
      { id: 'seriousIllness', who: 1, period: '2024-07', value: 1 },
      { id: 'selfPaidMedical', who: 1, period: '2024-08', value: 27400 },
      { id: 'selfPaidMedical', who: 1, period: '2024-10', value: 18900 },
      { id: 'memberDeceased', who: 1, period: '2024-10', value: 1 },
      { id: 'manyStudents', who: 2, period: '2025-06', value: 1 },
      { id: 'manyStudents', who: 3, period: '2025-06', value: 1 },
      { id: 'manyStudents', who: 4, period: '2025-06', value: 1 },
    ],
    process: [
      { stage: 'pushed', date: '2024-11-04' },
      { stage: 'verified', date: '2024-11-06', outcome: 'confirmed' },
      { stage: 'reviewed', date: '2024-11-08' },
      { stage: 'approved', date: '2024-11-11' },
      { stage: 'included', date: '2024-11-12' },
      { stage: 'measures', date: '2024-11-14' },
    ],
    measures: [
      { kind: 'socialSecurity', date: '2024-11-14', amount: 9600 },
      { kind: 'education', date: '2024-11-20', amount: 3000 },
      { kind: 'employment', date: '2025-03-10', amount: 6000 },
    ],
  },
  {
    // Seed 004: in 二郎村 a large household, crowded after relocation, with several disabled
    // members and a low-paid main labourer, was included as 突发严重困难户; a 3,000 yuan grant
    // built a toilet beside the old village office it was sold.
    county: '610921',
    township: '平梁镇',
    village: '二郎村',
    title: 'disability in a large relocated household',
    causes: ['disability'],
    members: [
      { relation: 'head', age: 62, sex: 'm', disability: '2', laborAbility: 'none' },
      { relation: 'spouse', age: 60, sex: 'f', disability: '3', laborAbility: 'partial' },
      { relation: 'child', age: 36, sex: 'm' },
      { relation: 'other', age: 33, sex: 'f' },
      { relation: 'child', age: 30, sex: 'm', disability: '1', laborAbility: 'none' },
      { relation: 'grandchild', age: 10, sex: 'f', schooling: 'primary' },
      { relation: 'grandchild', age: 7, sex: 'm', schooling: 'primary' },
    ],
    incomePerCapita: 7900,
    wageShare: 0.5,
    category: 'sudden',
    rows: [
      { id: 'severeDisability', who: 0, period: '2024-08', value: 2 },
      { id: 'severeDisability', who: 1, period: '2024-08', value: 3 },
      { id: 'severeDisability', who: 4, period: '2024-08', value: 1 },
      { id: 'crowdedHousing', who: 'household', period: '2025-03', value: 8.6 },
      { id: 'uninsured', who: 4, period: '2025-03', value: 0 },
    ],
    process: [
      { stage: 'pushed', date: '2025-04-07' },
      { stage: 'verified', date: '2025-04-09', outcome: 'confirmed' },
      { stage: 'reviewed', date: '2025-04-11' },
      { stage: 'approved', date: '2025-04-14' },
      { stage: 'included', date: '2025-04-15' },
      { stage: 'measures', date: '2025-04-17' },
    ],
    measures: [
      { kind: 'socialSecurity', date: '2025-04-17', amount: 8400 },
      { kind: 'socialSecurity', date: '2025-04-24', amount: 5400 },
      { kind: 'other', date: '2025-05-06', amount: 3000 },
    ],
  },
  {
    // Seed 004: heavy rain brought a landslide down on a 二郎村 house; cadres reported it through
    // the platform, the village met within days, the house was repaired under the 危改 policy.
    county: '610921',
    township: '平梁镇',
    village: '二郎村',
    title: 'house damaged by a landslide',
    causes: ['disaster'],
    members: [
      { relation: 'head', age: 55, sex: 'm' },
      { relation: 'spouse', age: 52, sex: 'f' },
      { relation: 'parent', age: 78, sex: 'f', health: 'chronic', laborAbility: 'none' },
    ],
    incomePerCapita: 10400,
    wageShare: 0.5,
    category: 'sudden',
    rows: [
      { id: 'houseDamaged', who: 'household', period: '2024-07', value: 1 },
      { id: 'disasterLoss', who: 'household', period: '2024-07', value: 38000 },
      { id: 'unsafeHousing', who: 'household', period: '2024-07', value: 4 },
      { id: 'unsafeHousing', who: 'household', period: '2025-01', value: 1 },
    ],
    process: [
      { stage: 'pushed', date: '2024-07-15' },
      { stage: 'verified', date: '2024-07-16', outcome: 'confirmed' },
      { stage: 'reviewed', date: '2024-07-19' },
      { stage: 'approved', date: '2024-07-22' },
      { stage: 'included', date: '2024-07-23' },
      { stage: 'measures', date: '2024-07-25' },
      { stage: 'eliminated', date: '2025-01-20' },
    ],
    measures: [
      { kind: 'other', date: '2024-07-25', amount: 20000 },
      { kind: 'insurance', date: '2024-08-09', amount: 5000 },
    ],
  },
  {
    // Seed 004: the system lit several lamps for a possible dropout of a pupil in compulsory
    // education; the home visit found a typing error. The roster shows him in junior school.
    county: '610921',
    township: '平梁镇',
    village: '兴隆村',
    title: 'dropout alarm that was a data-entry error',
    causes: ['education'],
    members: [
      { relation: 'head', age: 40, sex: 'm' },
      { relation: 'spouse', age: 38, sex: 'f' },
      { relation: 'child', age: 13, sex: 'm', schooling: 'junior' },
      { relation: 'child', age: 9, sex: 'f', schooling: 'primary' },
    ],
    incomePerCapita: 15200,
    wageShare: 0.65,
    category: null,
    rows: [
      { id: 'dropout', who: 2, period: '2025-03', value: 1 },
      { id: 'unemployed', who: 1, period: '2025-04', value: 1 },
      { id: 'unemployed', who: 1, period: '2025-05', value: 1 },
      { id: 'unemployed', who: 1, period: '2025-06', value: 1 },
    ],
    process: [
      { stage: 'pushed', date: '2025-04-07' },
      { stage: 'verified', date: '2025-04-09', outcome: 'dataError' },
      { stage: 'dismissed', date: '2025-04-10' },
    ],
    measures: [],
  },
  {
    // Seed 000: in 岭前村 a woman with an intellectual disability, widowed, raising her son, was
    // found through the system and included in June 2025 with 低保 and school aid.
    county: '360121',
    township: '黄马乡',
    village: '岭前村',
    title: 'widow with a disability raising a son',
    causes: ['disability', 'labourShortage'],
    members: [
      { relation: 'head', age: 45, sex: 'f', disability: '2', laborAbility: 'partial' },
      { relation: 'child', age: 12, sex: 'm', schooling: 'primary' },
      { relation: 'spouse', age: 47, sex: 'm', laborAbility: 'none', deceased: true },
    ],
    incomePerCapita: 5600,
    wageShare: 0.2,
    category: 'sudden',
    rows: [
      { id: 'memberDeceased', who: 2, period: '2025-04', value: 1 },
      { id: 'severeDisability', who: 0, period: '2025-05', value: 2 },
    ],
    process: [
      { stage: 'pushed', date: '2025-06-05' },
      { stage: 'verified', date: '2025-06-09', outcome: 'confirmed' },
      { stage: 'reviewed', date: '2025-06-12' },
      { stage: 'approved', date: '2025-06-16' },
      { stage: 'included', date: '2025-06-18' },
      { stage: 'measures', date: '2025-06-20' },
    ],
    measures: [
      { kind: 'socialSecurity', date: '2025-06-20', amount: 7200 },
      { kind: 'education', date: '2025-06-24', amount: 2500 },
    ],
  },
];
