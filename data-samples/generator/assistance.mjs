// What help leaves behind: the department rows that assistance measures produce, and the score
// as of the sample's date once they count.
import { departmentValues, score } from './rules.mjs';

/** @typedef {import('./village.mjs').Run} Run */
/** @typedef {import('./households.mjs').Household} Household */
/** @typedef {import('./records.mjs').RecordRow} RecordRow */
/** @typedef {import('./process.mjs').Measure} Measure */

/**
 * Scores a household on its rows with the county's rule set, as of the sample's date.
 * @param {Run} run @param {Household} h @param {RecordRow[]} rows
 */
export function scoreOf(run, h, rows) {
  const months = run.months.map((m) => m.month);
  return score(run.ruleSet, h, departmentValues(run.ruleSet, rows, months), run.asOfDay, run.line);
}

/**
 * Rows that assistance leaves in department data: 低保 paid monthly (civil affairs), a job
 * (human resources), school aid (education). They lower later scores, as help should.
 * @param {Run} run @param {Household} h @param {Measure[]} measures @returns {RecordRow[]}
 */
export function rowsFromMeasures(run, h, measures) {
  /** @type {RecordRow[]} */
  const rows = [];
  const item = (/** @type {string} */ id) => {
    const key = run.itemOf.get(id);
    return key ? run.items.get(key) : undefined;
  };
  const worker = h.members.find((m) => m.laborAbility === 'full' && !m.deceased);
  const student = h.members.find((m) =>
    ['primary', 'junior', 'senior', 'college'].includes(m.schooling),
  );
  for (const m of measures) {
    const from = run.months.findIndex((x) => x.month === m.date.slice(0, 7));
    const monthly = (/** @type {string} */ id, /** @type {string} */ key) => {
      const it = item(id);
      if (!it || from < 0) return;
      for (const x of run.months.slice(from))
        rows.push({
          key,
          keyType: it.keyType,
          department: it.department,
          indicator: it.indicator,
          value: 1,
          period: x.month,
        });
    };
    if (m.kind === 'socialSecurity') monthly('lowIncomeAllowance', h.householdId);
    if (m.kind === 'employment' && worker) monthly('stableEmployment', worker.personId);
    const aid = item('studentAid');
    if (m.kind === 'education' && aid && student && from >= 0) {
      rows.push({
        key: student.personId,
        keyType: 'person',
        department: aid.department,
        indicator: aid.indicator,
        value: m.amount ?? 1500,
        period: m.date.slice(0, 7),
      });
    }
  }
  return rows;
}
