/**
 * The words department exports use for coded values, mapped to the codes of docs/data-model.md.
 * The canonical codes themselves are always accepted; matching ignores case, spaces and width.
 * Hosts add their own words with the `codes` option.
 */

type CodeWords = Readonly<Record<string, readonly string[]>>;

/**
 * Words for each coded column, keyed `table.column`, then by code.
 *
 * @example
 * ingestCodeWords['members.relation'].child; // ['子女', '之子', …]
 */
export const ingestCodeWords: Readonly<Record<string, CodeWords>> = {
  'regions.level': {
    county: ['县', '区', '县级', '县区', '县（市、区）', '市辖区', '县级市', '旗'],
    township: ['乡', '镇', '乡镇', '街道', '乡级', '苏木', '乡镇街道'],
    village: ['村', '社区', '居委会', '村委会', '村级', '嘎查', '村（社区）'],
  },
  'households.category': {
    unstable: ['脱贫不稳定户', '脱贫不稳定', '不稳定户'],
    marginal: ['边缘易致贫户', '边缘易致贫', '边缘户'],
    sudden: ['突发严重困难户', '突发严重困难', '突发困难户'],
  },
  'members.relation': {
    head: ['户主', '本人', '户主本人'],
    spouse: ['配偶', '妻', '夫', '妻子', '丈夫', '之妻', '之夫'],
    child: [
      '子女',
      '之子',
      '之女',
      '子',
      '女',
      '儿子',
      '女儿',
      '长子',
      '次子',
      '长女',
      '次女',
      '养子',
      '养女',
      '继子',
      '继女',
    ],
    parent: [
      '父母',
      '之父',
      '之母',
      '父亲',
      '母亲',
      '父',
      '母',
      '之公公',
      '之婆婆',
      '之岳父',
      '之岳母',
    ],
    grandchild: [
      '孙子女',
      '之孙子',
      '之孙女',
      '孙子',
      '孙女',
      '之外孙子',
      '之外孙女',
      '外孙子',
      '外孙女',
      '之孙子女',
      '之外孙子女',
    ],
    other: [
      '其他',
      '之儿媳',
      '之女婿',
      '儿媳',
      '女婿',
      '之兄弟姐妹',
      '兄弟姐妹',
      '之祖父母',
      '之曾孙子女',
      '其他亲属',
    ],
  },
  'members.laborAbility': {
    full: ['普通劳动力', '技能劳动力', '有劳动力', '劳动力', '全劳动力'],
    partial: ['弱劳动力或半劳动力', '弱劳动力', '半劳动力'],
    none: ['丧失劳动力', '无劳动力', '无劳动能力', '丧失劳动能力'],
  },
  'members.health': {
    healthy: ['健康', '良好'],
    chronic: ['长期慢性病', '慢性病'],
    serious: ['患有大病', '大病', '重病', '重大疾病'],
  },
  'members.disability': {
    none: ['无', '否', '非残疾', '无残疾'],
    '1': ['一级', '1级', '一级残疾', '残疾一级'],
    '2': ['二级', '2级', '二级残疾', '残疾二级'],
    '3': ['三级', '3级', '三级残疾', '残疾三级'],
    '4': ['四级', '4级', '四级残疾', '残疾四级'],
  },
  'members.schooling': {
    none: ['非在校生', '不在校', '非在校', '无'],
    preschool: ['学前教育', '学龄前', '学前', '幼儿园'],
    primary: ['小学', '在校小学'],
    junior: ['初中', '七年级', '八年级', '九年级', '在校初中'],
    senior: ['高中', '中职', '中专', '技校', '普通高中', '职业高中'],
    college: ['大专', '本科', '高职', '大学', '研究生', '高职高专', '本科及以上'],
    dropout: ['辍学', '失学', '失学辍学'],
  },
  'departmentRecords.keyType': {
    household: ['户', '户编号', '户号'],
    person: ['人', '个人', '身份证号', '人员'],
  },
  'workEvents.stage': {
    pushed: ['推送', '预警推送', '预警', '已推送'],
    verified: ['核实', '入户核实', '已核实'],
    reviewed: ['评议', '民主评议', '已评议'],
    approved: ['审批', '审核审批', '审核', '已审批'],
    included: ['纳入', '纳入监测', '已纳入'],
    measures: ['帮扶', '落实帮扶', '帮扶措施', '落实帮扶措施'],
    eliminated: ['风险消除', '消除', '已消除'],
    dismissed: ['终止', '不纳入', '撤销', '已终止'],
  },
  'workEvents.outcome': {
    confirmed: ['确认', '风险属实', '属实', '存在风险'],
    noRisk: ['无风险', '风险不属实', '不属实', '无返贫风险'],
    dataError: ['数据错误', '数据有误', '信息错误'],
  },
  'measures.kind': {
    industry: ['产业', '产业帮扶', '产业扶持'],
    employment: ['就业', '就业帮扶', '务工'],
    finance: ['金融', '小额信贷', '金融帮扶'],
    health: ['健康', '健康帮扶', '医疗救助'],
    education: ['教育', '教育帮扶', '教育资助'],
    socialSecurity: ['综合保障', '低保', '特困', '兜底保障', '社会保障'],
    insurance: ['防贫保险', '保险'],
    other: ['其他'],
  },
};

/**
 * Department codes (docs/data-model.md) and the names departments go by. A code-like ASCII
 * identifier not listed here is kept as is, so a province can add departments.
 *
 * @example
 * ingestDepartmentWords.medicalInsurance; // ['医保', '医疗保障局', …]
 */
export const ingestDepartmentWords: CodeWords = {
  health: ['卫健', '卫生健康', '卫健委', '卫生健康委', '卫生健康局'],
  medicalInsurance: ['医保', '医保局', '医疗保障', '医疗保障局'],
  civilAffairs: ['民政', '民政局'],
  police: ['公安', '公安局'],
  disabledFederation: ['残联', '残疾人联合会'],
  humanResources: ['人社', '人社局', '人力资源和社会保障', '人力资源和社会保障局'],
  housing: ['住建', '住建局', '住房和城乡建设', '住房和城乡建设局'],
  water: ['水利', '水利局'],
  education: ['教育', '教育局', '教体局'],
  emergency: ['应急', '应急管理', '应急管理局'],
  finance: ['财政', '财政局'],
  agriculture: ['农业农村', '农业农村局', '乡村振兴', '乡村振兴局'],
  bank: ['银行', '金融机构', '人民银行'],
};

/** Normalises a word for matching: width (NFKC), case, and spaces. */
export function normalizeWord(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Builds the lookup for one coded column: normalised word → code. Host words win.
 *
 * @example
 * codeLookup(ingestCodeWords['members.health']!).get('慢性病'); // 'chronic'
 */
export function codeLookup(
  words: CodeWords,
  extra?: Readonly<Record<string, string>>,
): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, list] of Object.entries(words)) {
    map.set(normalizeWord(code), code);
    for (const w of list) map.set(normalizeWord(w), code);
  }
  for (const [w, code] of Object.entries(extra ?? {})) map.set(normalizeWord(w), code);
  return map;
}
