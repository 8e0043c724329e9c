// Runs the scoring benchmark: bundles score-bench-main.mjs with the TypeScript sources (esbuild),
// then starts it under --disallow-code-generation-from-strings, as a strict-CSP page would run.
// Usage: node packages/scoring/bench/score-bench.mjs [--only=county|city] [--households=N --records=N] [--runs=3]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Inside node_modules/.cache so that the bundle resolves arquero like the package does.
const cache = join(here, '..', '..', '..', 'node_modules', '.cache', 'sw-bench');
mkdirSync(cache, { recursive: true });
const outfile = join(cache, 'bench.mjs');
await build({
  entryPoints: [join(here, 'score-bench-main.mjs')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(
  process.execPath,
  [
    '--disallow-code-generation-from-strings',
    '--max-old-space-size=4096',
    outfile,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', cwd: here },
);
process.exit(run.status ?? 1);
