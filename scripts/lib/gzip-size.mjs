// The size of some built code, raw and gzip (level 9): one measure for the build's printout
// (sizes.mjs) and the built-output smoke's budgets (smoke-build.mjs), so that they agree.
import { gzipSync } from 'node:zlib';

/** Raw and gzip bytes of `code` (a string or bytes). */
export function sizeOf(code) {
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
