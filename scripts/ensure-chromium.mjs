// Makes sure Debian's Chromium is there for the browser tests: uses CHROME_PATH or
// /usr/bin/chromium; installs Debian's `chromium` when running as root with apt-get; otherwise
// stops with the exact command to run. No browser is ever downloaded from anywhere else.
import { execFileSync, spawnSync } from 'node:child_process';
import { chromiumFound, chromiumPath } from './chromium.mjs';

const installCommand = 'apt-get update && apt-get install -y chromium fonts-wqy-microhei';

export function ensureChromium() {
  if (chromiumFound()) return chromiumPath;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    console.error(
      `Chromium not found at ${chromiumPath}. Install Debian's Chromium with:\n  sudo sh -c '${installCommand}'\n` +
        'or set CHROME_PATH to a Chromium or Chrome executable.',
    );
    process.exit(1);
  }
  console.log(`Chromium not found at ${chromiumPath}: installing Debian's chromium…`);
  execFileSync('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${installCommand}`], {
    stdio: 'inherit',
  });
  if (!chromiumFound()) {
    console.error(`apt-get finished but ${chromiumPath} is still missing.`);
    process.exit(1);
  }
  return chromiumPath;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
