// `npm run build`: per package ESM + .d.ts; custom-elements.json for the components; one IIFE
// bundle that registers every element; then a table of every output's size, raw and gzip.
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'vite';
import { elementEntries } from './lib/elements.mjs';
import { printSizes } from './lib/sizes.mjs';

const run = (command, args) => execFileSync(command, args, { stdio: 'inherit' });
const quiet = { logLevel: 'warn', configFile: false };

/** Bare imports a library build leaves to the host's bundler. */
const isDependency = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

async function buildEsm(pkg, entry) {
  await build({
    ...quiet,
    build: {
      outDir: `packages/${pkg}/dist`,
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: { external: isDependency, output: { entryFileNames: '[name].js' } },
    },
  });
  run('npx', ['tsc', '-p', `packages/${pkg}/tsconfig.build.json`]);
}

/**
 * In the IIFE bundle, maplibre-gl cannot be code-split: swap in the loader that imports the
 * maplibre files shipped beside the bundle (see maplibre-loader.iife.ts).
 */
const iifeMaplibreLoader = {
  name: 'sw-iife-maplibre-loader',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer && source === './maplibre-loader.js') {
      return join(dirname(importer), 'maplibre-loader.iife.ts');
    }
    return undefined;
  },
};

const maplibreFiles = ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css'];

/** The scoring module for pages without a bundler: `window.ShouwangScoring`, arquero inside. */
async function buildScoringIife() {
  await build({
    ...quiet,
    build: {
      outDir: 'packages/scoring/dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      lib: {
        entry: 'packages/scoring/src/index.ts',
        formats: ['iife'],
        name: 'ShouwangScoring',
        fileName: () => 'shouwang-scoring.iife.js',
      },
    },
  });
}

async function buildIife() {
  await build({
    ...quiet,
    plugins: [iifeMaplibreLoader],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: 'packages/components/dist',
      emptyOutDir: false,
      sourcemap: true,
      minify: true,
      target: 'es2022',
      lib: {
        entry: 'packages/components/src/index.ts',
        formats: ['iife'],
        name: 'Shouwang',
        fileName: () => 'shouwang.iife.js',
      },
    },
  });
  // The PMTiles reader, for basemaps the host serves: one ES module beside the bundle too.
  await build({
    ...quiet,
    build: {
      outDir: 'packages/components/dist',
      emptyOutDir: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: 'node_modules/pmtiles/dist/esm/index.js',
        formats: ['es'],
        fileName: () => 'pmtiles.mjs',
      },
    },
  });
  for (const file of maplibreFiles) {
    copyFileSync(`node_modules/maplibre-gl/dist/${file}`, `packages/components/dist/${file}`);
  }
}

rmSync('packages/components/custom-elements.json', { force: true });
await buildEsm('scoring', {
  index: 'packages/scoring/src/index.ts',
  // The opt-in arquero-expression evaluator: its own entry, never imported by index.
  expressions: 'packages/scoring/src/expressions/index.ts',
});
await buildEsm('components', { index: 'packages/components/src/index.ts', ...elementEntries() });
await buildScoringIife();
await buildIife();
run('npx', [
  'custom-elements-manifest',
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
await printSizes();
