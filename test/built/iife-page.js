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
