import { describe, expect, it } from 'vitest';
import { createArticleSanitizer, isWebUrl, prepareForReading } from '@/lib/clip/sanitize';

// DOMPurify itself is tested where it runs, in real Chromium (tests/e2e/sanitize.spec.ts):
// happy-dom, the unit tests' DOM, is one it cannot work in.
describe('the article sanitiser', () => {
  it('refuses to run in a DOM where it cannot really sanitise', () => {
    expect(() => createArticleSanitizer(window)).toThrow(/cannot sanitise/);
  });

  it('accepts only http(s) addresses for links and images', () => {
    expect(isWebUrl('https://www.irna.ir/x')).toBe(true);
    expect(isWebUrl(' http://x.ir')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '/relative', 'mailto:a@b.c', 'https://', '', null]) expect(isWebUrl(bad)).toBe(false);
  });

  it('prepares an article for reading: each paragraph finds its own direction, images become placeholders', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>متن فارسی</p><p>English</p><img alt="نقشه" data-src="https://x.ir/m.png"><img alt=""><div>مستقیم</div><div><p>x</p></div>';
    prepareForReading(root, (alt) => (alt ? `Image: ${alt}` : 'Image'), 'open image');
    expect([...root.querySelectorAll('p')].map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto', 'auto']);
    expect([...root.querySelectorAll('div')].map((d) => d.getAttribute('dir'))).toEqual(['auto', null]);
    expect(root.querySelector('img')).toBeNull();
    const [first, second] = root.querySelectorAll('.clip-image');
    expect(first?.getAttribute('role')).toBe('img');
    expect(first?.getAttribute('aria-label')).toBe('Image: نقشه');
    const link = first?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://x.ir/m.png');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(second?.getAttribute('aria-label')).toBe('Image');
    expect(second?.querySelector('a')).toBeNull();
  });
});
