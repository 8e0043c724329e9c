// Runs in the benchmark page: builds N square villages in a grid over 南昌县's extent, then
// measures time to the first `idle` (loading maplibre included) and the time to recolour.
window.runBenchmark = async (count, seed = 1, given = null) => {
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const side = Math.ceil(Math.sqrt(count));
  const size = 0.6 / side;
  const features =
    given ??
    Array.from({ length: count }, (_, i) => {
      const west = 115.7 + (i % side) * size;
      const south = 28.3 + Math.floor(i / side) * size;
      return {
        type: 'Feature',
        properties: { regionCode: String(360121000000 + i), name: `村${i}` },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [west, south],
              [west + size, south],
              [west + size, south + size],
              [west, south + size],
              [west, south],
            ],
          ],
        },
      };
    });
  const flags = (share) =>
    features
      .filter(() => random() < share)
      .map((f) => ({
        regionCode: f.properties.regionCode,
        flag: random() < 0.3 ? 'red' : 'yellow',
      }));
  const map = document.createElement('sw-village-map');
  const started = performance.now();
  map.villages = { type: 'FeatureCollection', features };
  map.flags = flags(0.1);
  document.body.append(map);
  await map.whenIdle();
  const firstIdle = performance.now() - started;
  const recolourTimes = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    map.flags = flags(0.1);
    await map.whenIdle();
    recolourTimes.push(performance.now() - t);
  }
  map.remove();
  recolourTimes.sort((a, b) => a - b);
  return { count, firstIdle, recolourMedian: recolourTimes[2] };
};
