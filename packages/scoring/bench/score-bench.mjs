// Runs the scoring benchmark: bundles score-bench-main.mjs with the TypeScript sources (esbuild),
// then starts it under --disallow-code-generation-from-strings, as a strict-CSP page would run.
// Usage: node packages/scoring/bench/score-bench.mjs [--only=county|city] [--households=N --records=N]
//   [--runs=5] [--duckdb=no] [--settle=no]
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
// One process per scenario, so that each peak RSS is its own.
const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='));
for (const scenario of only ? [only.slice(7)] : ['county', 'city']) {
  const run = spawnSync(
    process.execPath,
    [
      '--disallow-code-generation-from-strings',
      '--expose-gc',
      '--max-old-space-size=4096',
      outfile,
      ...args.filter((a) => a !== only),
      `--only=${scenario}`,
    ],
    { stdio: 'inherit', cwd: here },
  );
  if (run.status !== 0) process.exit(run.status ?? 1);
}
