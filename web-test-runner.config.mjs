// Browser tests of @shouwang/components, in Debian's Chromium (headless), TypeScript through
// esbuild. Plot's CommonJS dependency needs the commonjs plugin (TOOLCHAIN trap 6).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { viteQueryImports } from './scripts/wtr-vite-imports.mjs';
import { snapshotCommand } from './scripts/wtr-snapshots.mjs';

const commonjs = fromRollup(rollupCommonjs);

export default {
  rootDir: '.',
  files: ['packages/components/src/**/*.test.ts'],
  // `browser: true`: arquero's browser entry, not its Node one (which imports node:fs).
  nodeResolve: { exportConditions: ['development', 'browser'], browser: true },
  // One page at a time: background pages get no animation frames, and mouse and keyboard
  // commands need the focused page.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    viteQueryImports(),
    snapshotCommand(),
    // `json: true`: scoring imports its presets as JSON modules.
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    commonjs({
      include: ['**/node_modules/interval-tree-1d/**', '**/node_modules/binary-search-bounds/**'],
      strictRequires: false,
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [
    defaultReporter(),
    summaryReporter({ flatten: false }),
    countReporter(process.env.SW_COUNT_FILE),
  ],
};
