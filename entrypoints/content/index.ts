import { defineContentScript } from 'wxt/utils/define-content-script';
import { startLoader } from './loader';

/**
 * The small script that runs on listed news sites (and sites the reader opted in):
 * it decides cheaply whether the page is Persian or Arabic and, only then, asks the
 * background to inject the annotator. Other pages pay for nothing more.
 */
export default defineContentScript({
  // Replaced at build time by the curated site list (wxt.config.ts hook).
  matches: ['*://*.irna.ir/*'],
  runAt: 'document_idle',
  main: () => startLoader(),
});
