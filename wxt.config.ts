import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { curatedHostPermissions, curatedMatchPatterns } from './lib/sites';

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
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandAnnotate__',
      },
    },
    content_security_policy:
      browser === 'firefox'
        ? "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none';"
        : {
            extension_pages:
              "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; connect-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'",
          },
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
