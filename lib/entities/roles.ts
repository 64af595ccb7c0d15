/**
 * Which offices a person held on a date, from roles with partial dates
 * (entities.md §5.4). A start "2024-08" means from 2024-08-01 at the earliest
 * and 2024-08-31 at the latest; an end "2024-08" until 2024-08-31 at the latest.
 * A date inside such a month is "approximate": around a handover both the
 * outgoing and the incoming holder are returned, each marked approximate.
 */
import type { CompactEntry, CompactRole } from './compact';
import type { Office } from './gazetteer-source';

/** [earliest, latest] ISO day a partial date 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD' may stand for. */
export function dayBounds(partial: string): [string, string] {
  const [y, m, d] = partial.split('-');
  if (d !== undefined) return [partial, partial];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export interface RoleOnDate {
  role: CompactRole;
  /** The date falls inside an imprecise start or end (a handover month), or the end is unknown. */
  approximate: boolean;
}

/** Whether `role` was held on `date` ('YYYY-MM-DD'), and how sure that is; undefined if not held. */
export function roleOn(role: CompactRole, date: string): RoleOnDate | undefined {
  const start = role.s ? dayBounds(role.s) : undefined;
  const end = typeof role.e === 'string' ? dayBounds(role.e) : undefined;
  if (start && date < start[0]) return undefined;
  if (end && date > end[1]) return undefined;
  if (!start && !end && role.e !== null) return undefined; // nothing known
  const approximate = (start !== undefined && date <= start[1] && start[0] !== start[1])
    || (end !== undefined && date >= end[0] && end[0] !== end[1])
    || role.e === undefined
    || start === undefined;
  return { role, approximate };
}

/** The roles held on `date`, in the order given (sorted by start at build time). */
export function rolesOn(roles: readonly CompactRole[] | undefined, date: string): RoleOnDate[] {
  return (roles ?? []).flatMap((r) => roleOn(r, date) ?? []);
}

/** Roles that had certainly ended by `date`. */
export function formerRoles(roles: readonly CompactRole[] | undefined, date: string): CompactRole[] {
  return (roles ?? []).filter((r) => typeof r.e === 'string' && dayBounds(r.e)[1] < date);
}

/** Did the person hold any office on `date`? (Used to choose between people with the same surname.) */
export function heldOfficeOn(roles: readonly CompactRole[] | undefined, date: string): boolean {
  return rolesOn(roles, date).length > 0;
}

/** Today as 'YYYY-MM-DD' (UTC). */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** 'country:IR' and 'IR' name the same office holder's state. */
const sameRef = (a: string, b: string) => a.replace(/^country:/, '') === b.replace(/^country:/, '');

/**
 * Who held `office` of `of` on `date` («سخنگوی وزارت خارجه» in an Iranian article →
 * the spokesperson then), each with how sure; both holders around a handover.
 */
export function holdersOn(entries: readonly CompactEntry[], office: Office, of: string, date: string): { entity: number; approximate: boolean }[] {
  const out: { entity: number; approximate: boolean }[] = [];
  entries.forEach((e, entity) => {
    for (const r of e.r ?? []) {
      if (r.o !== office || !sameRef(r.of, of)) continue;
      const held = roleOn(r, date);
      if (held) out.push({ entity, approximate: held.approximate });
    }
  });
  return out;
}
