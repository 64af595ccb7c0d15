import { defineBackground } from 'wxt/utils/define-background';
import { routeMessages } from '@/utils/router';
import { setUpClipTriggers } from './clip-triggers';
import { createHandlers } from './handlers';
import { paintDefaultIcon, watchTabs } from './saved-indicator';

export default defineBackground(() => {
  routeMessages(createHandlers());
  setUpClipTriggers();
  watchTabs();
  void paintDefaultIcon();
});
