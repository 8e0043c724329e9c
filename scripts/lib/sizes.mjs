// Prints the size of every built output, raw and gzip, and the weight each element adds beyond
// the shared dependencies (lit, Plot, d3, maplibre-gl, arquero), measured by bundling it alone.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { elementEntries } from './elements.mjs';
import { sizeOf } from './gzip-size.mjs';

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

function table(title, rows) {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, { raw, gzip }] of rows) {
    console.log(`  ${name.padEnd(width)}  ${kB(raw).padStart(10)}  ${kB(gzip).padStart(9)} gzip`);
  }
}

const shared = /^(lit|@lit\/|@lit-labs\/|d3|@observablehq\/plot|maplibre-gl|arquero|@shouwang\/)/;

/** Minified size of one element module with its shared dependencies left out. */
async function elementWeight(file) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: file, formats: ['es'] },
      rolldownOptions: { external: (id) => shared.test(id) },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return sizeOf(
    outputs
      .filter((o) => o.type === 'chunk')
      .map((o) => o.code)
      .join(''),
  );
}

export async function printSizes() {
  for (const pkg of ['scoring', 'components']) {
    const dir = `packages/${pkg}/dist`;
    const rows = [...files(dir)]
      .filter((file) => /\.(m?js|css)$/.test(file))
      .map((file) => [relative('.', file), sizeOf(readFileSync(file))]);
    table(`@shouwang/${pkg} outputs`, rows);
  }
  const manifest = 'packages/components/custom-elements.json';
  console.log(`\n  ${manifest}  ${kB(statSync(manifest).size)}`);
  const rows = [];
  for (const [name, file] of Object.entries(elementEntries())) {
    rows.push([`<sw-${name}>`, await elementWeight(file)]);
  }
  table('Each element beyond the shared lit/Plot/d3/maplibre chunk (minified)', rows);
}
