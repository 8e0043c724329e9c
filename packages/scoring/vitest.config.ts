import { defineConfig } from 'vitest/config';

// The scoring package must run under a strict Content-Security-Policy, so its whole suite runs
// with code generation from strings disabled. Only `pool: 'forks'` with a top-level `execArgv`
// applies the flag (TOOLCHAIN trap 4); test/csp-canary.test.ts proves that it did.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    execArgv: ['--disallow-code-generation-from-strings'],
    env: { TZ: 'Asia/Shanghai' },
  },
});
