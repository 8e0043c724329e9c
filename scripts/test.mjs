// `npm test`: every check and every test runner, in order, continuing past failures so one run
// shows everything. Checks (type-check, lint, format, builds) count as one test each; runners
// report their own counts. Ends with one line `N passed, N failed` and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

// Scripts may be run outside npm: make the local binaries reachable (TOOLCHAIN trap 10).
process.env.PATH = `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`;
process.env.TZ = 'Asia/Shanghai';

const scratch = mkdtempSync(join(tmpdir(), 'shouwang-test-'));
const results = [];

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts(file) {
  const report = readCounts(file);
  if (!report) return undefined;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + (report.numFailedTestSuites ?? 0),
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

/**
 * Runs one step. A `counts` reader turns the step's report into test counts; without one the
 * step is a single check. A runner that fails but reports no failure counts one failure.
 */
function step(name, command, args, counts) {
  const countFile = join(scratch, `${results.length}.json`);
  console.log(`\n━━ ${name}\n$ ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, SW_COUNT_FILE: countFile },
  });
  const seconds = (performance.now() - started) / 1000;
  let tally = counts?.(countFile, args) ?? {
    passed: status === 0 ? 1 : 0,
    failed: status === 0 ? 0 : 1,
    skipped: 0,
  };
  if (status !== 0 && tally.failed === 0) tally = { ...tally, failed: 1 };
  results.push({ name, ok: status === 0, seconds, ...tally });
  return status === 0;
}

function skip(name, reason) {
  console.log(`\n━━ ${name}: skipped (${reason})`);
  results.push({ name, ok: false, seconds: 0, passed: 0, failed: 1, skipped: 0 });
}

ensureChromium();

step('type-check (tsc, strict)', 'tsc', ['-p', 'tsconfig.json', '--noEmit']);
step('lint (eslint)', 'eslint', ['.', '--max-warnings', '0']);
step('format (prettier)', 'prettier', ['--check', '.', '--log-level', 'warn']);
step('lit templates (lit-analyzer)', 'lit-analyzer', [
  'packages/components/src',
  '--strict',
  '--maxWarnings',
  '0',
  // Its CSS checker predates container queries; stylelint-grade CSS checks are not its job.
  '--rules.no-invalid-css',
  'off',
]);
const vitest = (config) => [
  'run',
  '--config',
  config,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(scratch, `${config.replaceAll('/', '_')}.json`)}`,
];
const vitestSuites = [
  [
    'packages/scoring/vitest.config.ts',
    'scoring and ingest (Node, --disallow-code-generation-from-strings)',
  ],
  [
    'packages/scoring/vitest.expressions.config.ts',
    'scoring expressions extension (Node, code generation allowed)',
  ],
  ['data-samples/vitest.config.ts', 'sample counties and generator (Node)'],
];
for (const [config, what] of vitestSuites) {
  step(`vitest: ${what}`, 'vitest', vitest(config), (_, args) =>
    vitestCounts(args.at(-1).split('=')[1]),
  );
}
step(
  'components (web-test-runner, Chromium)',
  'web-test-runner',
  ['--config', 'web-test-runner.config.mjs'],
  readCounts,
);
step(
  'dev server smoke (npm start: demo page, lamps, map)',
  'node',
  ['scripts/smoke-dev.mjs'],
  readCounts,
);
if (step('library build (npm run build)', 'node', ['scripts/build.mjs'])) {
  step(
    'built output smoke (IIFE under strict CSP, manifest, types)',
    'node',
    ['scripts/smoke-build.mjs'],
    readCounts,
  );
  step('docs/api/components.md matches the manifest', 'node', ['scripts/docs-api.mjs', '--check']);
} else {
  skip('built output smoke', 'the build failed');
}
if (
  step('Storybook build', 'storybook', ['build', '--output-dir', 'storybook-static', '--quiet'])
) {
  step(
    'built Storybook smoke (every story in Chromium)',
    'node',
    ['scripts/smoke-storybook.mjs', 'storybook-static'],
    readCounts,
  );
} else {
  skip('built Storybook smoke', 'the Storybook build failed');
}

rmSync(scratch, { recursive: true, force: true });

const sum = (key) => results.reduce((total, result) => total + result[key], 0);
console.log('\n━━ Summary');
for (const r of results) {
  const counts = `${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`;
  console.log(
    `  ${r.ok ? '✓' : '✗'} ${r.name.padEnd(70)} ${counts.padEnd(28)} ${r.seconds.toFixed(1)} s`,
  );
}
const failed = sum('failed');
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || results.some((r) => !r.ok) ? 1 : 0);
