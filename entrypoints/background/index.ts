import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { routeMessages } from '@/utils/router';
import { setUpClipTriggers } from './clip-triggers';
import { createHandlers } from './handlers';
import { injectAnnotator } from './inject';
import { warmClipMatcher } from './matcher';
import { paintDefaultIcon, watchTabs } from './saved-indicator';
import { watchOptInSites } from './site-access';

export default defineBackground(() => {
  routeMessages(createHandlers());
  setUpClipTriggers();
  watchTabs();
  watchOptInSites();
  void paintDefaultIcon();
  warmClipMatcher();
  browser.commands.onCommand.addListener((command, tab) => {
    // The shortcut grants activeTab: annotate the page once, whatever the site lists say.
    if (command === 'annotate-page' && tab?.id !== undefined) void injectAnnotator(tab.id, 0, true).catch((e: unknown) => console.warn('Negah could not annotate this page:', e));
  });
});
