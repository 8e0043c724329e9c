// Lets web-test-runner (no Vite) load the two Vite import forms the elements use:
// `x?url` (the served URL of a file) and `x?inline` (a file's text). Both become small modules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const prefix = '/__sw-vite-import__/';

export function viteQueryImports(rootDir = '.') {
  const root = resolve(rootDir);
  return {
    name: 'sw-vite-query-imports',
    resolveImport({ source }) {
      const match = /^(.*)\?(url|inline)$/.exec(source);
      if (!match || match[1].startsWith('.')) return undefined;
      return `${prefix}${match[2]}/${match[1]}`;
    },
    serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const [kind, ...rest] = context.path.slice(prefix.length).split('/');
      const file = require.resolve(rest.join('/'));
      const value =
        kind === 'url'
          ? `/${relative(root, file).replaceAll('\\', '/')}`
          : readFileSync(file, 'utf8');
      return { body: `export default ${JSON.stringify(value)};`, type: 'js' };
    },
  };
}
