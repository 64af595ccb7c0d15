import type { DateAnnotation, EntityAnnotation } from '@/lib/types';

export type MarkCardProps = { mark: { kind: 'date'; data: DateAnnotation } | { kind: 'entity'; data: EntityAnnotation } };

/** A plain card: what was found and its values (the date and entity issues give richer cards). */
export function MarkCard({ mark }: MarkCardProps) {
  if (mark.kind === 'date') {
    const d = mark.data;
    return (
      <dl>
        <dt>Gregorian</dt><dd>{d.gregorian}</dd>
        <dt>Jalali</dt><dd>{d.jalali}</dd>
        {d.hijri && <><dt>Hijri</dt><dd>≈ {d.hijri}</dd></>}
      </dl>
    );
  }
  const e = mark.data;
  return <p><bdi>{e.name.fa}</bdi> · <bdi>{e.name.ar}</bdi> · {e.name.en}</p>;
}
