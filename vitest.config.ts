import { realpathSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // A git worktree's node_modules may be a symlink to another checkout's: let Vite serve files from there.
  server: { fs: { allow: ['.', realpathSync('node_modules')] } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    // Tests reset the fake browser and IndexedDB themselves; sharing the module graph halves the run time.
    isolate: false,
    testTimeout: 60_000,
  },
});
