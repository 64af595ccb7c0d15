import { describe, expect, it } from 'vitest';
import { InvalidUrlError, canonicalUrl, cleanUrl, displayUrl } from '@/lib/clip/canonical-url';

describe('the address a clip is filed under', () => {
  it.each([
    ['https://www.irna.ir/news/85123?utm_source=telegram&utm_medium=social', 'https://www.irna.ir/news/85123'],
    // Found by npm run fuzz: the empty query went, and so did the "?" of the #! route after it.
    ['http://a.aa?#!?', 'http://a.aa/#!?'],
    ['https://x.ir/?#!/news?id=1', 'https://x.ir/#!/news?id=1'],
    ['https://www.isna.ir/news/1403?fbclid=IwAR0x&gclid=abc', 'https://www.isna.ir/news/1403'],
    ['https://www.spa.gov.sa/N123?utm_campaign=x&lang=ar', 'https://www.spa.gov.sa/N123?lang=ar'],
    ['https://x.ir/a?mc_cid=1&mc_eid=2&_ga=3&msclkid=4&igshid=5&yclid=6', 'https://x.ir/a'],
    ['https://x.ir/a?UTM_SOURCE=caps', 'https://x.ir/a'],
    ['https://x.ir/a#comments', 'https://x.ir/a'],
    ['HTTPS://WWW.IRNA.IR:443/news/1', 'https://www.irna.ir/news/1'],
    ['http://user:pass@x.ir/a', 'http://x.ir/a'],
  ])('strips tracking from %s', (input, expected) => {
    expect(cleanUrl(input)).toBe(expected);
  });

  it.each([
    'https://www.mfa.gov.ir/portal/NewsView/12345?NewsID=987',
    'https://www.alriyadh.com/article.php?id=1099',
    'https://news.example.ir/index.aspx?siteid=1&pageid=2&newsview=55',
    'https://x.ir/#!/news/77',
  ])('keeps what identifies the article in %s', (url) => {
    expect(cleanUrl(url)).toBe(url);
  });

  it('keeps Persian paths, encoded once', () => {
    const url = cleanUrl('https://www.farsnews.ir/news/13990723000980/کنایه-توئیتری');
    expect(displayUrl(url)).toBe('https://www.farsnews.ir/news/13990723000980/کنایه-توئیتری');
    expect(cleanUrl(url)).toBe(url);
  });

  it('prefers the page’s canonical link when it is on the same site', () => {
    expect(canonicalUrl('https://m.isna.ir/news/1?utm_medium=a', 'https://www.isna.ir/news/1')).toBe('https://www.isna.ir/news/1');
    expect(canonicalUrl('https://www.irna.ir/amp/85123', '/news/85123')).toBe('https://www.irna.ir/news/85123');
  });

  it('ignores a canonical link to another site or to the home page', () => {
    expect(canonicalUrl('https://www.irna.ir/news/5', 'https://evil.example/news/5')).toBe('https://www.irna.ir/news/5');
    expect(canonicalUrl('https://www.irna.ir/news/5', 'https://www.irna.ir/')).toBe('https://www.irna.ir/news/5');
    expect(canonicalUrl('https://www.irna.ir/news/5', 'javascript:alert(1)')).toBe('https://www.irna.ir/news/5');
  });

  it('refuses what is not a web page', () => {
    for (const url of ['chrome://extensions', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
      expect(() => cleanUrl(url)).toThrow(InvalidUrlError);
    }
  });
});
