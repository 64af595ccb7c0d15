// Plain Node (no dependencies): makes a fresh checkout ready to run, then hands over.
// Used by `npm test` and `npm run demo` so that each is one command on a new machine.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
    return;
  }
  console.error(`Chromium is missing. Install it with:  sudo apt-get install -y --no-install-recommends chromium   (or set CHROMIUM_PATH)`);
  process.exit(1);
}

export function ensureDependencies() {
  if (existsSync('node_modules/.bin/wxt') && existsSync('node_modules/.bin/tsx')) return;
  console.log('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function handOver(script, args = []) {
  run(process.execPath, ['--import', 'tsx', script, ...args]);
}
