// Scores a small county export (八一村 turns red: 3 lamps and an overdue verification) in the page with the scoring IIFE and hands the results to every
// element, as a portal without a bundler would; the page's policy forbids eval and inline script.
window.ready = (async () => {
  const { readTables, score, workOrders, profiles, presets } = window.ShouwangScoring;
  const lines = (rows) => rows.map((row) => row.join(',')).join('\n');
  const regions = lines([
    ['regionCode', 'name', 'level', 'parentCode'],
    ['360121', '南昌县', 'county', ''],
    ['360121101000', '八一乡', 'township', '360121'],
    ['360121101001', '八一村', 'village', '360121101000'],
    ['360121101002', '塔城村', 'village', '360121101000'],
  ]);
  const households = lines([
    [
      'householdId',
      'regionCode',
      'headName',
      'size',
      'category',
      'incomePerCapita',
      'incomeWage',
      'incomeProduction',
      'incomeTransfer',
      'incomeProperty',
    ],
    ['H1', '360121101001', '张一', '3', 'marginal', '4000', '6000', '3000', '3000', '0'],
    ['H2', '360121101001', '李二', '4', '', '20000', '60000', '16000', '4000', '0'],
    ['H3', '360121101002', '王三', '2', '', '9000', '12000', '5000', '1000', '0'],
  ]);
  const departmentRecords = lines([
    ['key', 'keyType', 'department', 'indicator', 'value', 'period'],
    ['H1', 'household', 'water', 'safeDrinkingWater', '0', '2025-06'],
    ['H1', 'household', 'emergency', 'disasterLoss', '18000', '2025-05'],
    ['H1', 'household', 'housing', 'safetyGrade', '4', '2025-05'],
  ]);
  const workEvents = lines([
    ['orderId', 'householdId', 'stage', 'date', 'outcome', 'actor'],
    ['W1', 'H1', 'pushed', '2025-05-01', '', 'cw1'],
  ]);
  const { tables } = await readTables({ regions, households, departmentRecords, workEvents });
  const result = score(tables, presets['ankang-five-lamps'], { asOf: '2025-06-30' });
  const orders = workOrders(result);
  const summary = profiles(result, { orders });
  for (const tag of ['sw-area-profile', 'sw-work-profile', 'sw-village-board']) {
    document.querySelector(tag).profiles = summary;
  }
  const card = document.querySelector('sw-household-card');
  card.result = result;
  card.orders = orders;
  card.inputs = tables;
  await Promise.all(
    [...document.querySelectorAll('*')]
      .filter((el) => el.updateComplete)
      .map((el) => el.updateComplete),
  );
})();
