import { defineConfig } from 'vitest/config';

// The sample data's own suite: the generator is Node-only (it reads the presets and writes
// files), so it runs in forks with the time zone pinned, like the scoring suite.
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    testTimeout: 60000,
    hookTimeout: 60000,
    env: { TZ: 'Asia/Shanghai' },
  },
});
