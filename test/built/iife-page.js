// Data for the map on the IIFE test page, set through properties as a portal script would.
// Three square villages in a row; the first is flagged red.
const square = (west) => ({
  type: 'Polygon',
  coordinates: [
    [
      [west, 28.5],
      [west + 0.02, 28.5],
      [west + 0.02, 28.52],
      [west, 28.52],
      [west, 28.5],
    ],
  ],
});
const villages = {
  type: 'FeatureCollection',
  features: ['八一村', '园艺场村', '塔城村'].map((name, i) => ({
    type: 'Feature',
    properties: { regionCode: `36012110100${i + 1}`, name },
    geometry: square(115.9 + 0.02 * i),
  })),
};
const map = document.getElementById('map');
map.villages = villages;
map.flags = [{ regionCode: '360121101001', flag: 'red' }];
document.getElementById('basemap-map').villages = villages;

// Scoring in the page, as a portal without a bundler does it: read a CSV export, score it with
// a preset, and show the lamps. Runs under the page's strict CSP (no eval, no new Function).
window.scored = (async () => {
  const { readTables, score, presets } = window.ShouwangScoring;
  const csv = [
    'householdId,regionCode,headName,size,incomePerCapita,incomeWage,incomeProduction,incomeTransfer,incomeProperty',
    'H1,360121101001,张一,3,4000,6000,3000,3000,0',
    'H2,360121101001,李二,4,20000,60000,16000,4000,0',
  ].join('\n');
  const records = [
    'key,keyType,department,indicator,value,period',
    'H1,household,water,safeDrinkingWater,0,2025-06',
  ].join('\n');
  window.scoringInput = { households: csv, departmentRecords: records };
  const { tables } = await readTables(window.scoringInput);
  const result = score(tables, presets['ankang-five-lamps'], { asOf: '2025-06-30' });
  const lamps = Array.from(result.table.array('lamps'));
  const lampsElement = document.createElement('sw-lamps');
  lampsElement.id = 'scored';
  lampsElement.lit = lamps[0];
  document.body.append(lampsElement);
  return lamps;
})();
