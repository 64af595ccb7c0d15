import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { curatedHostPermissions, curatedMatchPatterns } from './lib/sites';

/**
 * The policy of every extension page (popup, options, reader, the background):
 * nothing may load unless named here, and nothing here reaches the network —
 * a sanitiser bypass in a clip would still run nothing and fetch nothing.
 * Inline styles stay allowed (the tooltip's shadow root carries its own <style>);
 * any url() in them is still held to img-src and font-src. See SECURITY.md.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self'", "connect-src 'self'", "worker-src 'self'", "frame-src 'none'", "media-src 'none'",
  "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

// See README "Permissions" for why each one is needed.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus'],
    host_permissions: curatedHostPermissions(),
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClip__',
      },
      'annotate-page': {
        suggested_key: { default: 'Alt+Shift+M' }, // Alt+Shift+N and Alt+Shift+A are taken by Chromium 156
        description: '__MSG_commandAnnotate__',
      },
    },
    content_security_policy: browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' && {
      // MV2 has no optional_host_permissions: the same grant is an optional permission there.
      optional_permissions: ['*://*/*'],
      browser_specific_settings: {
        gecko: { id: 'negah@example.org', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The loader (entrypoints/loader.ts, an unlisted script so that it carries no
      // framework runtime) is the one content script; it runs on the curated sites,
      // and other sites are opted in at run time (entrypoints/background/site-access.ts).
      // The highlight styles come with it, before the page is laid out: inserting them
      // later restyles the whole document, a long task on a big page.
      manifest.content_scripts = [{ matches: curatedMatchPatterns(), js: ['loader.js'], css: ['highlights.css'], run_at: 'document_idle' }];
    },
  },
});
