// Benchmark sizes, streamed: rows go to CSV files through 1 MB buffers as each village is made,
// so 770k households and 2.5M people need no more memory than one village.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { generateCounty, readGeography } from './county.mjs';
import { setup } from './setup.mjs';
import { COLUMNS, csvLine } from './tables.mjs';

class CsvFile {
  /** @param {string} path @param {readonly string[]} columns */
  constructor(path, columns) {
    this.fd = openSync(path, 'w');
    this.columns = columns;
    /** @type {string[]} */
    this.parts = [`${columns.join(',')}\n`];
    this.length = 0;
    this.rows = 0;
  }

  /** @param {Record<string, unknown>} row */
  write(row) {
    const line = csvLine(row, this.columns);
    this.parts.push(line);
    this.length += line.length;
    this.rows += 1;
    if (this.length > 1 << 20) this.flush();
  }

  flush() {
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.length = 0;
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Generates counties into one folder of CSV files (plus regions.geojson and story.json),
 * splitting `households` across the counties in proportion to their village counts.
 * @param {{codes: string[], households: number, out: string, seed: string | number}} options
 * @returns {Record<string, number>} rows written per table
 */
export function streamCounties({ codes, households, out, seed }) {
  mkdirSync(out, { recursive: true });
  const shared = setup(seed);
  /** @type {Record<string, CsvFile>} */
  const files = {};
  for (const [table, columns] of Object.entries(COLUMNS)) {
    files[table] = new CsvFile(
      join(out, `${table.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.csv`),
      columns,
    );
  }
  const geographies = codes.map(readGeography);
  const villageCounts = geographies.map((g) =>
    g.townships.reduce((n, t) => n + t.villages.length, 0),
  );
  const allVillages = villageCounts.reduce((a, b) => a + b, 0);
  let assigned = 0;
  const features = [];
  const stories = [];
  geographies.forEach((geography, i) => {
    const share =
      i === geographies.length - 1
        ? households - assigned
        : Math.round((households * /** @type {number} */ (villageCounts[i])) / allVillages);
    assigned += share;
    const { story } = generateCounty(
      geography,
      { ...shared, households: share },
      {
        region: (row) => files.regions?.write(row),
        feature: (f) => features.push(f),
        generated: (g) => {
          files.households?.write(g.household);
          for (const m of g.household.members) files.members?.write(m);
          for (const r of g.records) files.departmentRecords?.write(r);
          for (const e of g.events) files.workEvents?.write(e);
          for (const m of g.measures) files.measures?.write(m);
        },
      },
    );
    stories.push(story);
  });
  const fd = openSync(join(out, 'regions.geojson'), 'w');
  writeSync(fd, `${JSON.stringify({ type: 'FeatureCollection', features })}\n`);
  closeSync(fd);
  const counts = Object.fromEntries(Object.entries(files).map(([t, f]) => [t, f.rows]));
  const storyFd = openSync(join(out, 'story.json'), 'w');
  writeSync(
    storyFd,
    `${JSON.stringify({ asOf: shared.asOf, seed: String(seed), counts, counties: stories }, null, 2)}\n`,
  );
  closeSync(storyFd);
  for (const f of Object.values(files)) f.close();
  return counts;
}
