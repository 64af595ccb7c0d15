import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../../scripts/eval/corpus';

function annotate(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { encoding: 'utf8', input });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run annotate', () => {
  it('prints one JSON object of the documented shape for a seed article', () => {
    const { code, out } = annotate([`${SEEDS_DIR}002_18702bf0e7dcb9b4.txt`]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(Object.keys(result).sort()).toEqual(['dates', 'diplomatic', 'entities', 'language', 'score']);
    expect(result.language).toBe('fa');
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
    expect(Array.isArray(result.dates) && Array.isArray(result.entities)).toBe(true);
  });

  it('reads standard input when the file is -', () => {
    const { code, out } = annotate(['--published', '2025-01-16', '-'], 'هل تستمر المفاوضات في فيينا؟');
    expect(code).toBe(0);
    expect(JSON.parse(out).language).toBe('ar');
  });

  it.each([
    [['/no/such/file.txt'], /^annotate: no such file: \/no\/such\/file.txt\n$/],
    [[], /^annotate: no file given/],
    [['--published', '2025-02-30', '-'], /^annotate: --published must be a real date/],
    [['--frobnicate', 'x'], /^annotate: unknown option --frobnicate/],
    [['a', 'b'], /^annotate: one file at a time/],
  ])('%j: one line on stderr, exit code 2', (args, message) => {
    const { code, err, out } = annotate(args as string[]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
