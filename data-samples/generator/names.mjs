// Synthetic Chinese names: a surname drawn by rough regional frequency and a one- or two-character
// given name from neutral character lists, by sex and generation. Combinations are random; the
// names of people in the seed articles are excluded (see test/samples.test.ts).

/** Common surnames, heavier first; Jiangxi and southern Shaanxi share most of the top ones. */
const SURNAMES = [
  ['刘', 60],
  ['陈', 55],
  ['李', 50],
  ['王', 48],
  ['张', 45],
  ['黄', 38],
  ['胡', 34],
  ['罗', 30],
  ['吴', 30],
  ['万', 26],
  ['熊', 24],
  ['徐', 24],
  ['杨', 24],
  ['涂', 18],
  ['周', 22],
  ['邓', 20],
  ['彭', 18],
  ['曾', 18],
  ['喻', 14],
  ['朱', 16],
  ['钟', 12],
  ['肖', 14],
  ['余', 14],
  ['龚', 10],
  ['赵', 12],
  ['何', 12],
  ['郭', 10],
  ['邹', 10],
  ['程', 10],
  ['谢', 10],
  ['付', 8],
  ['汪', 8],
  ['唐', 10],
  ['蔡', 8],
  ['舒', 6],
  ['甘', 6],
  ['江', 8],
  ['陶', 6],
  ['饶', 6],
  ['袁', 8],
  ['沈', 6],
  ['魏', 6],
  ['冯', 8],
  ['姚', 6],
  ['廖', 8],
  ['邱', 8],
  ['雷', 8],
  ['夏', 6],
  ['秦', 6],
  ['孙', 8],
  ['马', 8],
  ['高', 8],
  ['吕', 6],
  ['柯', 5],
  ['丁', 6],
  ['戴', 5],
  ['鲁', 5],
  ['严', 5],
  ['梅', 4],
  ['裴', 4],
];

/**
 * Given-name characters by sex and era: parents born before 1975 and children born since 1995
 * are named differently, and a roster shows it. Between them both pools are used.
 */
const GIVEN = {
  m: {
    old: '国建华明伟强军平林文志勇德福春海波东斌兵荣贵金水根发生才义成忠良宏昌辉云祥庆'.split(''),
    young: '俊杰涛浩宇航博睿轩泽晨阳鑫磊子梓豪哲楠鹏超凯文嘉铭'.split(''),
  },
  f: {
    old: '秀英华兰芳桂凤玉珍梅红霞琴丽萍娟莲春燕翠菊芬娥云艳'.split(''),
    young: '敏静雪婷颖欣怡佳琪雨涵悦晴瑶彤诗梓萱可馨思'.split(''),
  },
};

/**
 * @param {import('./random.mjs').Random} random
 * @returns {string}
 */
export function surname(random) {
  return random.weighted(/** @type {[string, number][]} */ (SURNAMES));
}

/**
 * A given name; people born since 2000 more often have one character, as registers show.
 * @param {import('./random.mjs').Random} random @param {'m' | 'f'} sex @param {number} birthYear
 */
export function givenName(random, sex, birthYear) {
  const pools = GIVEN[sex];
  const pool =
    birthYear < 1975
      ? pools.old
      : birthYear >= 1995
        ? pools.young
        : random.chance(0.5)
          ? pools.old
          : pools.young;
  const single = random.chance(birthYear >= 2000 ? 0.35 : 0.15);
  const first = random.pick(pool);
  if (single) return first;
  let second = random.pick(pool);
  if (second === first) second = random.pick(pool);
  return first + second;
}

/** The people named in the seed articles; no generated name may equal one of them. */
export const SEED_NAMES = [
  '魏国清',
  '万军强',
  '沈军',
  '李炳春',
  '蔡绍福',
  '桑卉',
  '万梦琴',
  '周海英',
  '徐作安',
  '邹梦凡',
  '宋承翰',
  '姚卜成',
  '韩世雄',
  '张琼文',
  '小琴',
];

/**
 * A full name that is not one of the seed articles' names.
 * @param {import('./random.mjs').Random} random @param {string} family @param {'m' | 'f'} sex
 * @param {number} birthYear
 */
export function fullName(random, family, sex, birthYear) {
  for (;;) {
    const name = family + givenName(random, sex, birthYear);
    if (!SEED_NAMES.includes(name)) return name;
  }
}
