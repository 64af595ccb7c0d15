/**
 * Which origins the reader opted in to, beyond the curated list: the granted
 * host permissions minus the ones the manifest already covers.
 */
import { curatedHostPermissions } from './sites';

/** Origin match patterns for the loader's dynamic registration. */
export function optInPatterns(granted: readonly string[]): string[] {
  const curated = new Set(curatedHostPermissions());
  return granted.filter((o) => !curated.has(o) && /^(\*|https?):\/\/[^/]+\/\*$/.test(o));
}

/** The permission pattern for the site of a page URL ('https://example.org/a' → '*://example.org/*'). */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `*://${u.hostname}/*`;
  } catch {
    return null;
  }
}

/** Is this URL on a curated site (where Negah runs without asking)? */
export function isCuratedUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return curatedHostPermissions().some((p) => {
      const domain = p.slice('*://*.'.length, -2);
      return host === domain || host.endsWith(`.${domain}`);
    });
  } catch {
    return false;
  }
}
