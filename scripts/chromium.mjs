// Where Debian's Chromium lives, and the flags that make it work as root in a container with
// software WebGL (TOOLCHAIN.md). Shared by web-test-runner and the smoke tests.
import { existsSync } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function chromiumFound() {
  return existsSync(chromiumPath);
}
