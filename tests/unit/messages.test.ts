import { describe, expect, it } from 'vitest';
import { REQUEST_SCHEMAS, checkSender, parseEnvelope } from '@/lib/messages';

const OWN_ID = 'negah-test-id';
const ORIGIN = 'chrome-extension://negah-test-id/';

describe('message validation', () => {
  it('accepts a well-formed message and returns its payload', () => {
    const r = parseEnvelope(REQUEST_SCHEMAS, { type: 'badge:set', payload: { count: 3, state: 'on' } });
    expect(r).toEqual({ ok: true, value: { type: 'badge:set', payload: { count: 3, state: 'on' } } });
  });

  it.each([
    [null, 'message is not an object'],
    ['ping', 'message is not an object'],
    [{ type: 'steal-cookies', payload: {} }, 'unknown message type: steal-cookies'],
    [{ type: '__proto__', payload: {} }, 'unknown message type: __proto__'],
    [{ type: 'ping', payload: {}, extra: 1 }, 'unexpected fields: extra'],
  ])('rejects %j with a clear error', (raw, error) => {
    expect(parseEnvelope(REQUEST_SCHEMAS, raw)).toEqual({ ok: false, error });
  });

  it('names the field that is wrong', () => {
    const r = parseEnvelope(REQUEST_SCHEMAS, { type: 'badge:set', payload: { count: -1, state: 'on' } });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^invalid badge:set: count: /);
  });

  it('refuses unknown payload fields and oversized clips', () => {
    expect(parseEnvelope(REQUEST_SCHEMAS, { type: 'ping', payload: { x: 1 } }).ok).toBe(false);
    const big = 'x'.repeat(11 * 1024 * 1024);
    const page = { url: 'https://irna.ir/a', title: 't', lang: 'fa', html: big, text: '' };
    const r = parseEnvelope(REQUEST_SCHEMAS, { type: 'clip:save', payload: { page } });
    expect(!r.ok && r.error).toMatch(/html: longer than/);
  });
});

describe('sender checks', () => {
  const content = { id: OWN_ID, url: 'https://www.irna.ir/news/1', tab: { id: 7 } };
  const page = { id: OWN_ID, url: `${ORIGIN}popup.html` };
  it('lets a content script send content messages and not page messages', () => {
    expect(checkSender(content, OWN_ID, ORIGIN, 'content').ok).toBe(true);
    expect(checkSender(content, OWN_ID, ORIGIN, 'page')).toEqual({ ok: false, error: 'only an extension page may send this' });
  });
  it('lets an extension page (also open in a tab) send page messages', () => {
    expect(checkSender(page, OWN_ID, ORIGIN, 'page').ok).toBe(true);
    expect(checkSender({ ...page, tab: { id: 3 } }, OWN_ID, ORIGIN, 'page').ok).toBe(true);
    expect(checkSender(page, OWN_ID, ORIGIN, 'content').ok).toBe(false);
  });
  it('refuses another extension whatever it claims', () => {
    expect(checkSender({ ...page, id: 'evil' }, OWN_ID, ORIGIN, 'any')).toEqual({ ok: false, error: 'sender is not this extension' });
  });
});
