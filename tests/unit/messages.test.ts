import { describe, expect, it } from 'vitest';
import { REQUEST_SCHEMAS, checkSender, parseEnvelope } from '@/lib/messages';
import { describeClipError } from '@/utils/clip-errors';

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
    [[{ type: 'ping', payload: {} }], 'message is not an object'],
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
    expect(!r.ok && r.error).toBe("invalid clip:save: page.html: too-large: the article's HTML is 11 MB, more than the 10 MB Negah keeps");
  });

  it('refuses a 50 MB clip with a sentence the reader can act on', () => {
    const page = { url: 'https://irna.ir/a', title: 't', lang: 'fa', html: '<p>x</p>'.repeat(50 * 1024 * 1024 / 8), text: 'x' };
    const r = parseEnvelope(REQUEST_SCHEMAS, { type: 'clip:save', payload: { page } });
    expect(r).toEqual({ ok: false, error: "invalid clip:save: page.html: too-large: the article's HTML is 50 MB, more than the 10 MB Negah keeps" });
    expect(describeClipError(r.ok ? '' : r.error, (key) => key)).toBe('clipErrorTooLarge');
  });

  it.each([
    ['a prototype key in the payload', { type: 'badge:set', payload: JSON.parse('{"count":1,"state":"on","__proto__":{"admin":true}}') }, /^invalid badge:set: __proto__: /],
    ['a constructor key', { type: 'ping', payload: JSON.parse('{"constructor":{"prototype":{"x":1}}}') }, /^invalid ping: constructor: /],
    ['a prototype key beside type and payload', JSON.parse('{"type":"ping","payload":{},"__proto__":{}}'), /^unexpected fields: __proto__$/],
    ['a number where text belongs', { type: 'clip:status', payload: { url: 42 } }, /^invalid clip:status: url: /],
    ['an address longer than any real one', { type: 'clip:status', payload: { url: `https://a.example/${'x'.repeat(9000)}` } }, /^invalid clip:status: url: longer than 8192/],
    ['a tab id that is not a whole number', { type: 'clip:tab', payload: { tabId: 1.5 } }, /^invalid clip:tab: tabId: /],
    ['a badge count beyond any page', { type: 'badge:set', payload: { count: 1e12, state: 'on' } }, /^invalid badge:set: count: /],
    ['a language Negah does not know', { type: 'clip:save', payload: { page: { url: 'https://irna.ir/a', title: 't', lang: 'en', html: '', text: '' } } }, /^invalid clip:save: page.lang: /],
    ['a payload that is an array', { type: 'ping', payload: [] }, /^invalid ping: /],
    ['a type that is not a string', { type: { toString: () => 'ping' }, payload: {} }, /^unknown message type: /],
  ])('refuses %s, and leaves no prototype changed', (_what, raw, error) => {
    const r = parseEnvelope(REQUEST_SCHEMAS, raw);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
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
    expect(checkSender({ ...content, id: 'evil' }, OWN_ID, ORIGIN, 'content')).toEqual({ ok: false, error: 'sender is not this extension' });
  });
  it('refuses a sender with no extension id (a web page, a native app)', () => {
    expect(checkSender({ url: 'https://evil.example/' }, OWN_ID, ORIGIN, 'any').ok).toBe(false);
    expect(checkSender({ url: `${ORIGIN}popup.html` }, OWN_ID, ORIGIN, 'page').ok).toBe(false);
  });
  it('does not take a look-alike origin for its own', () => {
    const lookalike = { id: OWN_ID, url: 'chrome-extension://negah-test-id.evil.example/popup.html', tab: { id: 2 } };
    expect(checkSender(lookalike, OWN_ID, ORIGIN, 'page').ok).toBe(false);
    expect(checkSender({ id: OWN_ID, url: 'https://evil.example/chrome-extension://negah-test-id/' }, OWN_ID, ORIGIN, 'page').ok).toBe(false);
  });
  it('takes a content script without a tab (a service worker, a prerender) for neither kind', () => {
    expect(checkSender({ id: OWN_ID, url: 'https://www.irna.ir/' }, OWN_ID, ORIGIN, 'content').ok).toBe(false);
    expect(checkSender({ id: OWN_ID, url: 'https://www.irna.ir/' }, OWN_ID, ORIGIN, 'page').ok).toBe(false);
  });
});
