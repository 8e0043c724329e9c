// Snapshot files for browser tests, as Plot keeps them: normalised HTML/SVG committed in
// __snapshots__/ beside the test; on a mismatch a `-changed` file is written beside the expected
// one and the test fails, so a reviewer can diff the two. SW_UPDATE_SNAPSHOTS=1 rewrites them.
// A missing snapshot is written and passes, except under CI, where it fails.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function snapshotCommand() {
  return {
    name: 'sw-snapshot',
    executeCommand({ command, payload, session }) {
      if (command !== 'sw-snapshot') return undefined;
      const { name, content } = payload;
      if (!/^[\w.-]+$/.test(name)) throw new Error(`bad snapshot name: ${name}`);
      const folder = join(dirname(session.testFile), '__snapshots__');
      const expected = join(folder, `${name}.html`);
      const changed = join(folder, `${name}-changed.html`);
      const update = process.env.SW_UPDATE_SNAPSHOTS === '1';
      if (!existsSync(expected) || update) {
        if (process.env.CI && !update) {
          return { ok: false, message: `missing snapshot ${relative('.', expected)}` };
        }
        mkdirSync(folder, { recursive: true });
        writeFileSync(expected, content);
        rmSync(changed, { force: true });
        return { ok: true };
      }
      if (readFileSync(expected, 'utf8') === content) {
        rmSync(changed, { force: true });
        return { ok: true };
      }
      writeFileSync(changed, content);
      return {
        ok: false,
        message:
          `snapshot ${relative('.', expected)} differs: see ${relative('.', changed)}; ` +
          'if the change is intended, run SW_UPDATE_SNAPSHOTS=1 npm run test:components',
      };
    },
  };
}
