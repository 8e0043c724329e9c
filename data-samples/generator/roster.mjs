// The national monitoring system's kind of export (DOMAIN §4): an Excel roster, one row per
// person, carrying 户编号 and 人编号, household columns repeated on every member's row, months as
// YYYYMM, Chinese code words, and title rows above the real header. Counties re-import these.
import XLSX from '@e965/xlsx';

/** Chinese words for member codes, as the national roster writes them. */
const WORDS = {
  laborAbility: { full: '普通劳动力', partial: '弱劳动力或半劳动力', none: '丧失劳动力' },
  health: { healthy: '健康', chronic: '长期慢性病', serious: '患有大病' },
  disability: { none: '无', 1: '一级', 2: '二级', 3: '三级', 4: '四级' },
  schooling: {
    none: '非在校生',
    preschool: '学前教育',
    primary: '小学',
    junior: '初中',
    senior: '高中',
    college: '大专',
    dropout: '辍学',
  },
  category: { unstable: '脱贫不稳定户', marginal: '边缘易致贫户', sudden: '突发严重困难户' },
};

/** @param {Record<string, unknown>} m @param {number} age */
function relationWord(m, age) {
  const female = Number(String(m.personId).charAt(16)) % 2 === 0;
  switch (m.relation) {
    case 'head':
      return '户主';
    case 'spouse':
      return '配偶';
    case 'child':
      return female ? '之女' : '之子';
    case 'parent':
      return female ? '之母' : '之父';
    case 'grandchild':
      return female ? '之孙女' : '之孙子';
    default:
      return female && age >= 18 ? '之儿媳' : '其他';
  }
}

const HEADER = [
  '序号',
  '县',
  '乡镇',
  '行政村',
  '村代码',
  '户编号',
  '人编号',
  '姓名',
  '证件号码',
  '与户主关系',
  '劳动技能',
  '健康状况',
  '残疾等级',
  '在校生情况',
  '监测对象类别',
  '纳入监测年月',
  '家庭人口数',
  '人均纯收入（元）',
];

/**
 * The roster of the monitored households of one township (监测对象家庭成员信息表) as .xlsx bytes.
 * @param {Record<string, Record<string, unknown>[]>} tables @param {string} asOf
 * @param {string} township 9-digit township code
 * @returns {Buffer}
 */
export function monitoredRoster(tables, asOf, township) {
  const names = new Map((tables.regions ?? []).map((r) => [r.regionCode, String(r.name)]));
  const households = new Map(
    (tables.households ?? [])
      .filter((h) => h.category && String(h.regionCode).startsWith(township))
      .map((h) => [h.householdId, h]),
  );
  const county = (tables.regions ?? []).find((r) => r.level === 'county');
  const rows = [];
  const counters = new Map();
  for (const m of tables.members ?? []) {
    const h = households.get(m.householdId);
    if (!h) continue;
    const village = String(h.regionCode);
    const k = (counters.get(h.householdId) ?? 0) + 1;
    counters.set(h.householdId, k);
    const age = Number(asOf.slice(0, 4)) - Number(String(m.birthDate).slice(0, 4));
    rows.push([
      rows.length + 1,
      String(county?.name ?? ''),
      names.get(`${village.slice(0, 9)}000`) ?? '',
      names.get(village) ?? '',
      village,
      String(h.householdId),
      `${String(h.householdId)}${String(k).padStart(2, '0')}`,
      String(m.name),
      String(m.personId),
      relationWord(m, age),
      age < 16
        ? '无劳动力'
        : WORDS.laborAbility[/** @type {keyof typeof WORDS.laborAbility} */ (m.laborAbility)],
      WORDS.health[/** @type {keyof typeof WORDS.health} */ (m.health)],
      WORDS.disability[/** @type {keyof typeof WORDS.disability} */ (m.disability)],
      WORDS.schooling[/** @type {keyof typeof WORDS.schooling} */ (m.schooling)],
      WORDS.category[/** @type {keyof typeof WORDS.category} */ (h.category)],
      String(h.monitoredSince ?? '')
        .slice(0, 7)
        .replace('-', ''),
      h.size,
      h.incomePerCapita,
    ]);
  }
  const sheet = XLSX.utils.aoa_to_sheet([
    ['防止返贫监测对象家庭成员信息表'],
    [
      `填报单位：${String(county?.name ?? '')}${names.get(`${township}000`) ?? ''}\u3000\u3000数据截至：${asOf.replaceAll('-', '')}`,
    ],
    HEADER,
    ...rows,
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '家庭成员');
  return /** @type {Buffer} */ (
    XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true })
  );
}
