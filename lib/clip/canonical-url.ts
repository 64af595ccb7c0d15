/**
 * The address a clip is filed under: the same article saved from a newsletter
 * link, a share button or the address bar must land on one clip. Tracking
 * parameters go; every other parameter stays, because on many news sites the
 * query string is what identifies the article (`?NewsID=123`, `/news.aspx?id=9`).
 */

/** Parameters that record how a visit arrived, never which article it is. */
const TRACKERS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid',
  'li_fat_id', 'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi', '__hstc',
  '__hssc', '__hsfp', 'hsctatracking', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv',
  'rb_clickid', 's_cid', 'wickedid', 'ref_src', 'ref_url', 'fb_action_ids', 'fb_action_types',
  'fb_source', 'fb_ref', 'action_object_map', 'action_type_map', 'action_ref_map', 'guce_referrer',
  'guce_referrer_sig', 'guccounter', 'xtor', 'cmpid', 'ncid', 'sr_share', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'spm', 'scid', 'srsltid',
]);
/** Families of tracking parameters, by prefix. */
const TRACKER_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'matomo_', 'piwik_'];

export class InvalidUrlError extends Error {
  override name = 'InvalidUrlError';
}

function isTracker(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKERS.has(n) || TRACKER_PREFIXES.some((p) => n.startsWith(p));
}

function parseWeb(url: string): URL | null {
  try {
    const u = new URL(url.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** The page's own address, cleaned: no trackers, no fragment (except `#!` routes), no empty `?`. */
export function cleanUrl(url: string): string {
  const u = parseWeb(url);
  if (!u) throw new InvalidUrlError(`not a web address: ${url.slice(0, 200)}`);
  u.username = '';
  u.password = '';
  // Copied first: deleting while iterating the live list skips names.
  for (const name of Array.from(u.searchParams.keys())) if (isTracker(name)) u.searchParams.delete(name);
  // A hash-bang route (old single-page sites) is the article's address; any other fragment is a place in it.
  if (!u.hash.startsWith('#!')) u.hash = '';
  // Built from its parts: an empty query ("?") is dropped, and a "?" inside a #! route stays.
  return `${u.origin}${u.pathname}${u.search}${u.hash}`;
}

/** Host without the prefixes that serve the same site to phones or AMP. */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(www\d?|m|mobile|amp)\./, '');
}

/**
 * The canonical address of an article: the page's `<link rel="canonical">` (or
 * og:url) when it is believable — a web address on the same site that does not
 * point at the home page from an article — otherwise the page's own address;
 * cleaned either way.
 */
export function canonicalUrl(pageUrl: string, hint?: string): string {
  const page = cleanUrl(pageUrl);
  const candidate = hint ? parseWeb(new URL(hint, page).href) : null;
  if (!candidate) return page;
  const pageUrlObj = new URL(page);
  if (siteOf(candidate.hostname) !== siteOf(pageUrlObj.hostname)) return page;
  const toHome = (candidate.pathname === '/' || candidate.pathname === '') && candidate.search === '';
  if (toHome && pageUrlObj.pathname !== '/') return page;
  return cleanUrl(candidate.href);
}

/** The address to show people: percent-escapes decoded where that is safe. */
export function displayUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
