/**
 * npm run --silent annotate -- [--published YYYY-MM-DD] FILE|-
 * Prints one JSON object: language, diplomatic, score, dates, entities (lib/types.ts).
 * Bad arguments or an unreadable file: one line on stderr and exit code 2.
 */
import { readFileSync } from 'node:fs';
import { annotateText } from '../lib/annotate';
import { loadNodeMatcher } from './node-gazetteer';

const USAGE = 'usage: npm run --silent annotate -- [--published YYYY-MM-DD] FILE|-';

function fail(message: string): never {
  process.stderr.write(`annotate: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; published?: string } {
  let published: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--published') {
      const value = argv[++i];
      if (value === undefined) fail(`--published needs a date. ${USAGE}`);
      published = value;
    } else if (arg.startsWith('--published=')) published = arg.slice('--published='.length);
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option ${arg}. ${USAGE}`);
    else files.push(arg);
  }
  if (files.length !== 1) fail(files.length === 0 ? `no file given. ${USAGE}` : `one file at a time. ${USAGE}`);
  if (published !== undefined && !isValidDate(published)) fail(`--published must be a real date YYYY-MM-DD, not "${published}"`);
  return { file: files[0]!, published };
}

function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === s;
}

function readInput(file: string): string {
  try {
    const bytes = readFileSync(file === '-' ? 0 : file);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT') fail(`no such file: ${file}`);
    if (e.code === 'EISDIR') fail(`is a directory: ${file}`);
    if (e.code === 'EACCES') fail(`permission denied: ${file}`);
    if (err instanceof TypeError) fail(`not UTF-8 text: ${file}`);
    fail(`cannot read ${file}: ${e.message.split('\n')[0]}`);
  }
}

const { file, published } = parseArgs(process.argv.slice(2));
const text = readInput(file);
const result = annotateText(text, { published, matcher: loadNodeMatcher() });
process.stdout.write(`${JSON.stringify(result)}\n`);
