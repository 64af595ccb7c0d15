import { defineBackground } from 'wxt/utils/define-background';
import { routeMessages } from '@/utils/router';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  routeMessages(createHandlers());
});
