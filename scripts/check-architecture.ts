/**
 * Architecture rules that a linter config cannot say:
 * - lib/ is pure: no `browser`/`wxt` imports and no `document`/`window` at module level;
 * - components/ are presentational: no `browser` and no storage or IndexedDB access;
 * - nothing in the project reads the shared fixtures into a shipped file.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

const problems: string[] = [];
for (const file of files('lib')) {
  const src = readFileSync(file, 'utf8');
  if (/from ['"](wxt|webextension-polyfill)/.test(src)) problems.push(`${file}: lib/ must not import wxt or the browser API`);
  // Module level = lines that start at column 0 and are not inside a function body.
  src.split('\n').forEach((line, i) => {
    if (/^(const|let|var|export const|export let)\s.*\b(document|window|browser|chrome)\./.test(line)) {
      problems.push(`${file}:${i + 1}: uses document/window/browser at module level`);
    }
  });
}
for (const file of files('components')) {
  const src = readFileSync(file, 'utf8');
  if (/from ['"](wxt|webextension-polyfill)|\bbrowser\.|\bchrome\.|indexedDB|@\/lib\/store\/db/.test(src)) {
    problems.push(`${file}: components/ must be presentational (no browser, storage or IndexedDB)`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('architecture OK');
