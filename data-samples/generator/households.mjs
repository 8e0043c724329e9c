// One household and its members: family structure, ages, names, ID numbers, labour, health,
// disability, schooling and income by source. Draws only from the stream it is given.
import { ageAt, iso } from './calendar.mjs';
import { fullName, surname } from './names.mjs';

/**
 * @typedef {'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'other'} Relation
 * @typedef {{
 *   personId: string, householdId: string, name: string, relation: Relation, birthDate: string,
 *   laborAbility: 'full' | 'partial' | 'none', health: 'healthy' | 'chronic' | 'serious',
 *   disability: 'none' | '1' | '2' | '3' | '4',
 *   schooling: 'none' | 'preschool' | 'primary' | 'junior' | 'senior' | 'college' | 'dropout',
 *   sex: 'm' | 'f', deceased?: boolean, _age: number,
 * }} Member
 * @typedef {{
 *   householdId: string, regionCode: string, headName: string, phone: string | null, size: number,
 *   category: 'unstable' | 'marginal' | 'sudden' | null, monitoredSince: string | null,
 *   incomePerCapita: number, incomeWage: number, incomeProduction: number,
 *   incomeTransfer: number, incomeProperty: number, lon: number | null, lat: number | null,
 *   members: Member[],
 * }} Household
 * @typedef {{ countyCode: string, neighbours: string[], asOfDay: number, incomeMedian: number,
 *   ids: import('./id-number.mjs').IdNumbers }} Context
 */

/** Household sizes, mean 3.3 people: Ankang's 2.5M people in 770k households (seed 004). */
const SIZES = /** @type {[number, number][]} */ ([
  [1, 10],
  [2, 25],
  [3, 24],
  [4, 20],
  [5, 12],
  [6, 6],
  [7, 2],
  [8, 1],
]);

/** Schooling by age, as rural rosters record it. @param {number} age @param {import('./random.mjs').Random} r */
function schoolingFor(age, r) {
  if (age < 3) return 'none';
  if (age < 6) return 'preschool';
  if (age < 12) return 'primary';
  if (age < 15) return 'junior';
  if (age < 18) return r.chance(0.85) ? 'senior' : 'none';
  if (age < 22) return r.chance(0.4) ? 'college' : 'none';
  return 'none';
}

/**
 * A member of the given age and relation; health, disability and labour follow age.
 * @param {Context} ctx @param {import('./random.mjs').Random} r @param {string} householdId
 * @param {Relation} relation @param {number} age @param {'m' | 'f'} sex @param {string} family
 * @returns {Member}
 */
export function makeMember(ctx, r, householdId, relation, age, sex, family) {
  const birthDay = ctx.asOfDay - Math.floor(age * 365.25) - r.int(365);
  const birthDate = iso(birthDay);
  const address = relation === 'spouse' && r.chance(0.3) ? r.pick(ctx.neighbours) : ctx.countyCode;
  const health = r.chance(0.004 + age * 0.0004)
    ? 'serious'
    : r.chance(0.02 + age * 0.003)
      ? 'chronic'
      : 'healthy';
  const disability = r.chance(0.03)
    ? r.weighted([
        ['1', 1],
        ['2', 2],
        ['3', 3],
        ['4', 4],
      ])
    : 'none';
  let laborAbility = /** @type {Member['laborAbility']} */ (
    age < 16 ? 'none' : age < 60 ? 'full' : age < 70 ? 'partial' : 'none'
  );
  if (laborAbility === 'full' && (health !== 'healthy' || disability !== 'none')) {
    laborAbility =
      health === 'serious' || disability === '1' || disability === '2' ? 'none' : 'partial';
  }
  const year = +birthDate.slice(0, 4);
  const currentAge = ageAt(birthDate, ctx.asOfDay);
  return {
    personId: ctx.ids.issue(address, birthDate, sex, r),
    householdId,
    name: fullName(r, family, sex, year),
    relation,
    birthDate,
    laborAbility,
    health: /** @type {Member['health']} */ (health),
    disability: /** @type {Member['disability']} */ (disability),
    schooling: /** @type {Member['schooling']} */ (schoolingFor(currentAge, r)),
    sex,
    _age: currentAge,
  };
}

/**
 * The people of one household: a head, usually a spouse, then children, parents or
 * grandchildren by the head's age, up to `size`.
 * @param {Context} ctx @param {import('./random.mjs').Random} r @param {string} householdId
 * @param {number} size
 * @returns {Member[]}
 */
export function makeMembers(ctx, r, householdId, size) {
  const family = surname(r);
  const headSex = r.chance(0.86) ? 'm' : 'f';
  const headAge =
    size === 1
      ? r.between(45, 88)
      : r.weighted([
          [r.between(26, 39), 3],
          [r.between(40, 59), 5],
          [r.between(60, 82), 4],
        ]);
  const members = [makeMember(ctx, r, householdId, 'head', headAge, headSex, family)];
  const otherSex = headSex === 'm' ? 'f' : 'm';
  if (size > 1 && r.chance(0.85)) {
    members.push(
      makeMember(
        ctx,
        r,
        householdId,
        'spouse',
        Math.max(20, headAge + r.between(-6, 3)),
        otherSex,
        surname(r),
      ),
    );
  }
  const childFamily = headSex === 'm' ? family : surname(r);
  while (members.length < size) {
    const slots = size - members.length;
    if (headAge < 45) {
      const parents = members.filter((m) => m.relation === 'parent').length;
      if (slots === 1 && parents < 2 && headAge < 40 && r.chance(0.4)) {
        members.push(
          makeMember(
            ctx,
            r,
            householdId,
            'parent',
            headAge + r.between(22, 32),
            parents ? 'f' : 'm',
            family,
          ),
        );
      } else {
        members.push(
          makeMember(
            ctx,
            r,
            householdId,
            'child',
            r.between(0, Math.max(0, headAge - 21)),
            r.chance(0.53) ? 'm' : 'f',
            childFamily,
          ),
        );
      }
    } else {
      const adults = members.filter((m) => m.relation === 'child').length;
      if (adults < 2 && (adults === 0 || r.chance(0.4))) {
        members.push(
          makeMember(
            ctx,
            r,
            householdId,
            'child',
            Math.max(16, headAge - r.between(22, 32)),
            r.chance(0.55) ? 'm' : 'f',
            childFamily,
          ),
        );
      } else if (headAge >= 55 && r.chance(0.75)) {
        members.push(
          makeMember(
            ctx,
            r,
            householdId,
            'grandchild',
            r.between(0, Math.min(16, headAge - 40)),
            r.chance(0.53) ? 'm' : 'f',
            childFamily,
          ),
        );
      } else {
        members.push(
          makeMember(
            ctx,
            r,
            householdId,
            'other',
            Math.max(18, headAge - r.between(20, 30)),
            'f',
            surname(r),
          ),
        );
      }
    }
  }
  return members;
}

/**
 * Yearly income by source for a household. `level` scales the county median per person
 * (1 = typical); shares follow who can work.
 * @param {import('./random.mjs').Random} r @param {Member[]} members @param {number} median
 * @param {number} level @param {number} [minPerCapita] floor, so only chosen households sit near the line
 * @param {number} [productionFactor] scales the production share (the rest becomes transfers)
 */
export function makeIncome(r, members, median, level, minPerCapita = 0, productionFactor = 1) {
  const workers = members.filter((m) => m.laborAbility === 'full').length;
  const perCapita = Math.max(minPerCapita, Math.round(median * level * Math.exp(0.3 * r.normal())));
  const total = perCapita * members.length;
  const wageShare = workers === 0 ? 0.1 * r.next() : 0.45 + 0.3 * r.next();
  const production = (1 - wageShare) * (0.35 + 0.4 * r.next()) * productionFactor;
  const property = 0.04 * r.next();
  const incomeWage = Math.round(total * wageShare);
  const incomeProduction = Math.round(total * production);
  const incomeProperty = Math.round(total * property);
  const incomeTransfer = total - incomeWage - incomeProduction - incomeProperty;
  return {
    incomePerCapita: perCapita,
    incomeWage,
    incomeProduction,
    incomeTransfer,
    incomeProperty,
  };
}

/**
 * A household without its risk story: members, income at the county level, a phone number in
 * the non-dialable 100 range (11 digits, so masking looks real).
 * @param {Context} ctx @param {import('./random.mjs').Random} r @param {string} villageCode
 * @param {number} index 1-based household number in the village
 * @returns {Household}
 */
export function makeHousehold(ctx, r, villageCode, index) {
  const householdId = `H${villageCode}${String(index).padStart(4, '0')}`;
  const size = r.weighted(SIZES);
  const members = makeMembers(ctx, r, householdId, size);
  const income = makeIncome(r, members, ctx.incomeMedian, 1, 12500);
  return {
    householdId,
    regionCode: villageCode,
    headName: /** @type {Member} */ (members[0]).name,
    phone: r.chance(0.8) ? `100${String(r.int(1e8)).padStart(8, '0')}` : null,
    size: members.length,
    category: null,
    monitoredSince: null,
    ...income,
    lon: null,
    lat: null,
    members,
  };
}
