import { browser } from 'wxt/browser';

/** MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function toolbar() {
  return browser.action ?? browser.browserAction;
}

export type BadgeState = 'on' | 'off' | 'idle';

/** The badge says, per tab, whether Negah is on and how many marks it drew. */
export async function setBadge(tabId: number, state: BadgeState, count: number): Promise<void> {
  const action = toolbar();
  const text = state === 'off' ? 'off' : state === 'on' && count > 0 ? String(Math.min(count, 999)) : '';
  await action.setBadgeText({ tabId, text });
  await action.setBadgeBackgroundColor({ tabId, color: state === 'off' ? '#777777' : '#0b6e4f' });
}
