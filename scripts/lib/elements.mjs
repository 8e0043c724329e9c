import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every element module of @shouwang/components: src/<name>/<name>.ts, keyed by name. */
export function elementEntries(src = 'packages/components/src') {
  const entries = {};
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    const file = join(src, dir.name, `${dir.name}.ts`);
    if (dir.isDirectory() && existsSync(file)) entries[dir.name] = file;
  }
  return entries;
}
