/** Offices on the article's date, from partial dates (entities.md §5.4). */
import { describe, expect, it } from 'vitest';
import { dayBounds, formerRoles, holdersOn, rolesOn, type RoleOnDate } from '@/lib/entities/roles';
import { Gazetteer } from '@/lib/entities/gazetteer';
import { fixtureGazetteer } from './fixture';

const g = new Gazetteer(fixtureGazetteer());
const roles = (id: string) => g.entryById(id)!.r;
const spokesperson = (date: string) =>
  ['person:saeed-khatibzadeh', 'person:nasser-kanaani', 'person:esmaeil-baghaei'].flatMap((id) =>
    rolesOn(roles(id), date).filter((h) => h.role.o === 'mfa-spokesperson').map((h) => ({ id, approximate: h.approximate })));
const titles = (held: RoleOnDate[]) => held.map((h) => g.titles[h.role.t]![0]);

describe('partial dates', () => {
  it('reads a start or end month as the whole month, a year as the whole year', () => {
    expect(dayBounds('2024-08')).toEqual(['2024-08-01', '2024-08-31']);
    expect(dayBounds('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(dayBounds('2013')).toEqual(['2013-01-01', '2013-12-31']);
    expect(dayBounds('2022-06-27')).toEqual(['2022-06-27', '2022-06-27']);
  });
});

describe('who was the Iranian foreign ministry spokesperson', () => {
  it('in autumn 2020: Saeed Khatibzadeh, for certain', () => {
    expect(spokesperson('2020-10-14')).toEqual([{ id: 'person:saeed-khatibzadeh', approximate: false }]);
  });

  it('before 16 Aug 2020 none of the three', () => {
    expect(spokesperson('2020-08-15')).toEqual([]);
  });

  it('in September 2022: Nasser Kanaani', () => {
    expect(spokesperson('2022-09-19')).toEqual([{ id: 'person:nasser-kanaani', approximate: false }]);
  });

  it('in August 2024, the month of the handover: both, each marked approximate', () => {
    expect(spokesperson('2024-08-15')).toEqual([
      { id: 'person:nasser-kanaani', approximate: true },
      { id: 'person:esmaeil-baghaei', approximate: true },
    ]);
  });

  it('from September 2024: Esmaeil Baghaei alone', () => {
    expect(spokesperson('2024-09-05')).toEqual([{ id: 'person:esmaeil-baghaei', approximate: false }]);
  });
});

describe('offices of one person', () => {
  it('Araghchi was deputy foreign minister in 2015 (start known only by year: approximate only in 2013)', () => {
    expect(titles(rolesOn(roles('person:abbas-araghchi'), '2015-05-01'))).toEqual(['Deputy Foreign Minister of Iran']);
    expect(rolesOn(roles('person:abbas-araghchi'), '2013-03-01')[0]!.approximate).toBe(true);
  });

  it('Araghchi held no office on file in 2023 and is foreign minister today', () => {
    expect(rolesOn(roles('person:abbas-araghchi'), '2023-01-01')).toEqual([]);
    expect(titles(rolesOn(roles('person:abbas-araghchi'), '2026-11-01'))).toEqual(['Foreign Minister of Iran']);
  });

  it('lists former offices: those that had ended by the date', () => {
    expect(formerRoles(roles('person:nasser-kanaani'), '2026-01-01').map((r) => r.o)).toEqual(['ambassador', 'mfa-spokesperson']);
    expect(formerRoles(roles('person:nasser-kanaani'), '2023-01-01').map((r) => r.o)).toEqual(['ambassador']);
  });
});

describe('the holder of an office on a date', () => {
  const holders = (date: string) => holdersOn(g.entries, 'mfa-spokesperson', 'country:IR', date).map((h) => `${g.entries[h.entity]!.n[0]}${h.approximate ? ' (≈)' : ''}`);

  it('answers «who was the spokesperson» for a position phrase, around a handover with both', () => {
    expect(holders('2020-10-14')).toEqual(['Saeed Khatibzadeh']);
    expect(holders('2024-08-20')).toEqual(['Nasser Kanaani (≈)', 'Esmaeil Baghaei (≈)']);
    expect(holders('2025-03-01')).toEqual(['Esmaeil Baghaei']);
  });
});
