/**
 * The states that get a generated country entry: the 193 UN members, the two
 * observer states, and states or territories with their own entry in news
 * gazetteers although they are not UN members. Codes are ISO 3166-1 alpha-2
 * (XK is the user-assigned code everyone uses for Kosovo).
 */

/** UN member states (193). Source: un.org/en/about-us/member-states. */
export const UN_MEMBERS = `
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CR CI HR CU CY CZ KP CD DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ
FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI
KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA
NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA KR RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TH TL TG TO TT TN TR TM TV UG
UA AE GB TZ US UY UZ VU VE VN YE ZM ZW`.trim().split(/\s+/);

/** Non-member observer states. */
export const UN_OBSERVERS = ['VA', 'PS'];

/**
 * Not UN members, but states (or claimed states) that news treats as countries.
 * Territories with their own line in data/gazetteer/countries.json (HK, GL …) are
 * added by the build too.
 */
export const OTHER_STATES = ['XK', 'TW', 'EH'];

export type StateStatus = 'member' | 'observer' | 'other';

export function stateStatus(code: string): StateStatus {
  if (UN_OBSERVERS.includes(code)) return 'observer';
  return UN_MEMBERS.includes(code) ? 'member' : 'other';
}

/** Every code that gets a country entry: the states above plus `curated` (codes in countries.json). */
export function stateCodes(curated: Iterable<string> = []): Set<string> {
  return new Set([...UN_MEMBERS, ...UN_OBSERVERS, ...OTHER_STATES, ...curated]);
}
