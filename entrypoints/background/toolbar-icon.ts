/**
 * Negah's toolbar icon, drawn at run time (no image files to keep in step): an
 * eye on Negah's green, and — on a page that is in the reading list — a gold
 * bookmark ribbon on its corner.
 */
export type IconState = 'default' | 'saved';

const SIZES = [16, 32] as const;

function draw(size: number, state: IconState): ImageData | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const ctx = new OffscreenCanvas(size, size).getContext('2d');
  if (!ctx) return null;
  const s = size / 16;
  ctx.fillStyle = '#0b6e4f';
  ctx.beginPath();
  ctx.roundRect(0.5 * s, 0.5 * s, 15 * s, 15 * s, 3.5 * s);
  ctx.fill();
  // The eye: two arcs meeting at the corners, and the pupil.
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(2.5 * s, 8.5 * s);
  ctx.quadraticCurveTo(8 * s, 2 * s, 13.5 * s, 8.5 * s);
  ctx.quadraticCurveTo(8 * s, 15 * s, 2.5 * s, 8.5 * s);
  ctx.fill();
  ctx.fillStyle = '#0b6e4f';
  ctx.beginPath();
  ctx.arc(8 * s, 8.5 * s, 2.3 * s, 0, Math.PI * 2);
  ctx.fill();
  if (state === 'saved') {
    ctx.fillStyle = '#f2b705';
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = Math.max(1, s * 0.8);
    ctx.beginPath();
    ctx.moveTo(9.5 * s, 0);
    ctx.lineTo(15.5 * s, 0);
    ctx.lineTo(15.5 * s, 8 * s);
    ctx.lineTo(12.5 * s, 5.6 * s);
    ctx.lineTo(9.5 * s, 8 * s);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  }
  return ctx.getImageData(0, 0, size, size);
}

const cache = new Map<IconState, Record<string, ImageData> | null>();

/** The icon's pixels at each toolbar size, or null where there is no canvas (tests). */
export function iconImage(state: IconState): Record<string, ImageData> | null {
  if (!cache.has(state)) {
    const images: Record<string, ImageData> = {};
    for (const size of SIZES) {
      const img = draw(size, state);
      if (!img) {
        cache.set(state, null);
        return null;
      }
      images[String(size)] = img;
    }
    cache.set(state, images);
  }
  return cache.get(state) ?? null;
}
