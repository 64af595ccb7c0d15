// npm run demo: set up what is missing, build, serve the sample articles and open Chromium with Negah.
import { ensureChromium, ensureDependencies, handOver } from './bootstrap.mjs';

ensureChromium();
ensureDependencies();
handOver('scripts/demo.ts', process.argv.slice(2));
