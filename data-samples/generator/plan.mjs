// Risk plans: what happens to a household in the 12 months. A plan names the causes (DOMAIN §2),
// the month the risk starts, the indicators the department data will fire, and changes to the
// roster and income that go with them (a serious illness stops a labourer working).
import { makeIncome } from './households.mjs';

/** @typedef {import('./households.mjs').Household} Household */
/** @typedef {import('./households.mjs').Member} Member */
/** @typedef {import('./random.mjs').Random} Random */
/**
 * @typedef {'stable' | 'mild' | 'watch' | 'legacy' | 'risk' | 'falseAlarm' | 'dataError'} Kind
 * @typedef {{ kind: Kind, causes: string[], monthIndex: number, fire: Map<string, import('./records.mjs').Firing>,
 *   flags: Set<string>, extras: string[] }} Plan
 */

/**
 * Indicator ids each cause fires (ids the presets do not define are skipped): `first` always,
 * `then` one by one until the household crosses the work-order threshold.
 */
export const CAUSE_INDICATORS = {
  illness: {
    first: ['seriousIllness', 'selfPaidMedical'],
    then: [
      'longHospitalStay',
      'frequentHospitalisation',
      'medicalAssistance',
      'selfPaidMedicalVeryHigh',
      'uninsured',
    ],
  },
  accident: {
    first: ['accidentInjury', 'selfPaidMedical'],
    then: ['longHospitalStay', 'medicalAssistance', 'selfPaidMedicalVeryHigh'],
  },
  disability: {
    first: ['severeDisability', 'newDisability'],
    then: ['crowdedHousing', 'manyDisabled'],
  },
  education: { first: ['collegeStudent'], then: ['manyStudents'] },
  disaster: {
    first: ['houseDamaged', 'disasterLoss'],
    then: ['unsafeHousing', 'disasterRelief', 'cropInsuranceClaim'],
  },
  industryFailure: {
    first: ['industryLoss', 'loanOverdue'],
    then: ['cropInsuranceClaim', 'businessClosed', 'insuranceClaim'],
  },
  unstableEmployment: { first: ['unemployed', 'returnedMigrant'], then: ['insuranceLapsed'] },
  labourShortage: { first: ['memberDeceased'], then: ['memberInCustody'] },
  other: {
    first: ['uninsured', 'unsafeWater'],
    then: ['waterShortage', 'allowanceStopped', 'temporaryAssistance'],
  },
};

/** How often each cause starts a new risk (seed 000: mostly illness and accidents). */
const CAUSE_WEIGHTS = /** @type {[string, number][]} */ ([
  ['illness', 34],
  ['accident', 12],
  ['disability', 9],
  ['unstableEmployment', 12],
  ['industryFailure', 8],
  ['disaster', 7],
  ['labourShortage', 6],
  ['education', 6],
  ['other', 6],
]);

/** Indicators that fire now and then without a risk behind them. */
const MILD = [
  'chronicDiseases',
  'medicalAssistance',
  'temporaryAssistance',
  'insuranceLapsed',
  'crowdedHousing',
  'disasterRelief',
  'cropInsuranceClaim',
  'newDisability',
  'frequentHospitalisation',
  'subsidyStopped',
];

/** @param {Member[]} members @param {(m: Member) => boolean} test @param {Random} r */
function someone(members, test, r) {
  const fits = members.filter((m) => test(m) && !m.deceased);
  return fits.length > 0 ? r.pick(fits) : undefined;
}

/**
 * Applies a cause to the household: changes the roster and income, and adds the cause's first
 * indicators to the plan (the rest become extras).
 * @param {Plan} plan @param {Household} h @param {string} cause @param {Random} r
 */
export function applyCause(plan, h, cause, r) {
  const adult = (/** @type {Member} */ m) => m._age >= 18 && m._age < 60;
  const firing = (/** @type {Member[] | undefined} */ members) => ({
    members,
    monthIndex: plan.monthIndex,
  });
  const spec = CAUSE_INDICATORS[/** @type {keyof typeof CAUSE_INDICATORS} */ (cause)];
  let who;
  switch (cause) {
    case 'illness':
      who = someone(h.members, adult, r) ?? h.members[0];
      if (who) Object.assign(who, { health: 'serious', laborAbility: 'none' });
      break;
    case 'accident':
      who = someone(h.members, adult, r) ?? h.members[0];
      if (who) who.laborAbility = 'partial';
      break;
    case 'disability':
      who = someone(h.members, (m) => m.disability === 'none', r) ?? h.members[0];
      if (who) Object.assign(who, { disability: r.pick(['1', '2']), laborAbility: 'none' });
      break;
    case 'education':
      who = someone(h.members, (m) => m._age >= 18 && m._age <= 22, r);
      if (who) who.schooling = 'college';
      break;
    case 'labourShortage':
      who = someone(h.members, (m) => adult(m) && m.relation !== 'child', r);
      if (who) Object.assign(who, { deceased: true, laborAbility: 'none' });
      break;
    default:
      who = someone(h.members, adult, r) ?? h.members[0];
  }
  plan.causes.push(cause);
  for (const id of spec.first) plan.fire.set(id, firing(who ? [who] : undefined));
  plan.extras.push(...spec.then);
  // A risk costs income: lower wages, and for some the line itself (scored as incomeBelowLine / incomeNearLine).
  const level = r.weighted([
    [0.75, 3],
    [0.5, 2],
    [0.3, 1],
  ]);
  // Seed 000: households whose risk is illness or an accident earn little from production.
  const production = cause === 'illness' || cause === 'accident' ? 0.35 : 1;
  Object.assign(h, makeIncome(r, h.members, h.incomePerCapita, level, 4000, production));
}

/**
 * Adds the next extra indicator the scoring rule set knows (unknown ones still fire in the data,
 * for the other preset), or lowers the income below the line when extras run out. Returns false
 * when nothing is left to add.
 * @param {Plan} plan @param {Household} h @param {number} line @param {Random} r @param {Set<string>} known
 */
export function escalate(plan, h, line, r, known) {
  const sample = [...plan.fire.values()][0];
  for (let next = plan.extras.shift(); next; next = plan.extras.shift()) {
    plan.fire.set(next, { members: sample?.members, monthIndex: plan.monthIndex });
    if (known.has(next)) return true;
  }
  if (h.incomePerCapita >= line) {
    Object.assign(h, makeIncome(r, h.members, line * 0.75, 1, 0));
    h.incomePerCapita = Math.min(h.incomePerCapita, Math.round(line * 0.9));
    return true;
  }
  return false;
}

/**
 * A plan of the given kind. `monthIndex` is when the risk starts (0 = first month of the
 * window); later months are likelier, as more departments joined the monthly data over the year.
 * @param {Kind} kind @param {Household} h @param {Random} r @param {number} [monthIndex]
 * @returns {Plan}
 */
export function makePlan(kind, h, r, monthIndex) {
  const month =
    monthIndex ??
    r.weighted(
      Array.from({ length: 11 }, (_, i) => /** @type {[number, number]} */ ([i, 1 + i * 0.25])),
    );
  /** @type {Plan} */
  const plan = {
    kind,
    causes: [],
    monthIndex: month,
    fire: new Map(),
    flags: new Set(),
    extras: [],
  };
  switch (kind) {
    case 'risk':
    case 'falseAlarm':
      applyCause(plan, h, r.weighted(CAUSE_WEIGHTS), r);
      if (kind === 'falseAlarm')
        Object.assign(h, makeIncome(r, h.members, h.incomePerCapita * 2.5, 1, 14000));
      break;
    case 'dataError':
      // A data-entry error: the education bureau reports a pupil as a dropout.
      plan.causes.push('education');
      plan.fire.set('dropout', {
        members: h.members.filter((m) => m._age >= 7 && m._age < 16).slice(0, 1),
        monthIndex: month,
      });
      plan.extras.push(
        'unemployed',
        'temporaryAssistance',
        'allowanceStopped',
        'returnedMigrant',
        'insuranceLapsed',
      );
      break;
    case 'mild':
      // One to three small signals: the long tail of one- and two-lamp households.
      for (let i = 1 + r.int(3); i > 0; i--) {
        plan.fire.set(r.pick(MILD), { members: [r.pick(h.members)], monthIndex: month });
      }
      break;
    case 'watch':
      // A real but smaller risk: a cause without escalation, usually under the threshold.
      applyCause(plan, h, r.weighted(CAUSE_WEIGHTS), r);
      break;
    default:
      break;
  }
  return plan;
}
