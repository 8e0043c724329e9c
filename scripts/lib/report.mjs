// Shared reporting for the smoke tests: prints one line per check and writes
// {passed, failed, skipped} to SW_COUNT_FILE for scripts/test.mjs to sum.
import { writeFileSync } from 'node:fs';

export function createReport(title) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  console.log(title);
  return {
    pass(name) {
      totals.passed++;
      console.log(`  ✓ ${name}`);
    },
    fail(name, problems) {
      totals.failed++;
      console.log(`  ✗ ${name}`);
      for (const problem of problems) console.log(`      ${problem}`);
    },
    check(name, problems) {
      if (problems.length === 0) this.pass(name);
      else this.fail(name, problems);
    },
    finish() {
      console.log(`${totals.passed} passed, ${totals.failed} failed`);
      if (process.env.SW_COUNT_FILE)
        writeFileSync(process.env.SW_COUNT_FILE, JSON.stringify(totals));
      process.exitCode = totals.failed > 0 ? 1 : 0;
    },
  };
}
