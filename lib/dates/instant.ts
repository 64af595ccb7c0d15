/**
 * A written local date and time → the UTC instant, in the page's time zone
 * (Asia/Tehran by default: +03:30 since 2023, +04:30 in summer up to 2022). Uses
 * Intl's zone data; never the reader's own zone (dates.md §2.6 trap 10).
 */

/** Offset of `timeZone` from UTC at the instant `ms`, in minutes. */
function offsetMinutes(ms: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(ms));
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** 'YYYY-MM-DD' + 'HH:MM' in `timeZone` → ISO instant 'YYYY-MM-DDTHH:MM:00Z', or undefined. */
export function instantOf(gregorian: string, time: string, timeZone = 'Asia/Tehran'): string | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(gregorian);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return undefined;
  const local = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  // The offset at the local wall time, corrected once for a change of offset in between.
  let ms = local - offsetMinutes(local, timeZone) * 60_000;
  ms = local - offsetMinutes(ms, timeZone) * 60_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
