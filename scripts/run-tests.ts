/**
 * npm test: the whole pipeline, in order, stopping at the first failure:
 * typecheck → lint → unit tests → Chrome and Firefox builds → web-ext lint → e2e in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const steps: [string, string[]][] = [
  ['typecheck', ['run', '--silent', 'typecheck']],
  ['lint', ['run', '--silent', 'lint']],
  ['unit tests', ['run', '--silent', 'test:unit']],
  ['build (Chrome)', ['run', '--silent', 'build']],
  ['build (Firefox)', ['run', '--silent', 'build:firefox']],
  ['web-ext lint (Firefox)', ['run', '--silent', 'lint:firefox']],
  ['end-to-end (Chromium)', ['run', '--silent', 'test:e2e']],
];

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium is not installed (${CHROMIUM}). Install it with:  sudo apt-get install -y --no-install-recommends chromium`);
  process.exit(1);
}
for (const [name, args] of steps) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const run = spawnSync('npm', args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`✖ ${name} failed (${seconds} s)`);
    process.exit(run.status ?? 1);
  }
  console.log(`✔ ${name} (${seconds} s)`);
}
console.log('\nAll tests passed.');
