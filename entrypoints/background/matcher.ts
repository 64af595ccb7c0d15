import type { CompactGazetteer } from '@/lib/entities/compact';
import { annotateText } from '@/lib/annotate';
import { createMatcher, type EntityMatcher } from '@/lib/entities/matcher';
import gazetteerJson from '@/.generated/gazetteer.json?raw';

let matcher: EntityMatcher | undefined;

/**
 * The entity matcher for clipping, built at once: a service worker has no page to
 * keep responsive, so the annotator's slicing would only add waiting.
 */
export function clipMatcher(): EntityMatcher {
  matcher ??= createMatcher(JSON.parse(gazetteerJson) as CompactGazetteer);
  return matcher;
}

/** A line of news that goes through every stage of the analysis. */
const WARM_UP = 'وزیر امور خارجه ایران، عباس عراقچی، روز دوشنبه ۱۲ آذر ۱۴۰۳ در آنکارا با هاکان فیدان دیدار کرد. قال وزير الخارجية في 11 أغسطس 2015 م إن المباحثات مستمرة.';

/**
 * Builds it soon after the worker wakes, and runs it once on a line of text, so
 * that the first clip waits neither for the gazetteer nor for the engine to compile
 * the analysis code.
 */
export function warmClipMatcher(): void {
  setTimeout(() => annotateText(WARM_UP, { matcher: clipMatcher() }), 300);
}
