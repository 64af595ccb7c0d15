// npm test: set up what is missing, then run the whole pipeline (scripts/run-tests.ts).
import { ensureChromium, ensureDependencies, handOver } from './bootstrap.mjs';

ensureChromium();
ensureDependencies();
handOver('scripts/run-tests.ts', process.argv.slice(2));
