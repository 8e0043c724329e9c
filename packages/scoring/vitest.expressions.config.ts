import { defineConfig } from 'vitest/config';

// The opt-in arquero-expression extension compiles code from strings, which the main suite
// (vitest.config.ts) forbids on purpose. Its real evaluation runs here, WITHOUT
// --disallow-code-generation-from-strings, as on a page whose policy allows 'unsafe-eval'.
// Only test/unsafe-eval/*.spec.ts runs here; those files never run under the main config.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/unsafe-eval/**/*.spec.ts'],
    pool: 'forks',
    env: { TZ: 'Asia/Shanghai' },
  },
});
