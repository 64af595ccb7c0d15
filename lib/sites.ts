/**
 * The news and government sites where Negah runs without being asked.
 * Each entry is a registrable domain; the manifest turns it into `*://*.<domain>/*`,
 * which also matches the bare domain. Sites that publish Persian or Arabic only under
 * a path of a multilingual domain list that path.
 */
export interface CuratedSite {
  readonly domain: string;
  /** Only this path prefix carries Persian or Arabic (bbc.com/persian …). */
  readonly path?: string;
  readonly lang: 'fa' | 'ar';
  readonly name: string;
}

export const CURATED_SITES: readonly CuratedSite[] = [
  // Persian: Iranian agencies, papers and government
  { domain: 'irna.ir', lang: 'fa', name: 'IRNA' },
  { domain: 'isna.ir', lang: 'fa', name: 'ISNA' },
  { domain: 'tasnimnews.com', lang: 'fa', name: 'Tasnim' },
  { domain: 'mehrnews.com', lang: 'fa', name: 'Mehr' },
  { domain: 'farsnews.ir', lang: 'fa', name: 'Fars' },
  { domain: 'ilna.ir', lang: 'fa', name: 'ILNA' },
  { domain: 'ilna.news', lang: 'fa', name: 'ILNA' },
  { domain: 'borna.news', lang: 'fa', name: 'Borna' },
  { domain: 'khabaronline.ir', lang: 'fa', name: 'Khabaronline' },
  { domain: 'hamshahrionline.ir', lang: 'fa', name: 'Hamshahri' },
  { domain: 'irib.ir', lang: 'fa', name: 'IRIB' },
  { domain: 'iribnews.ir', lang: 'fa', name: 'IRIB News' },
  { domain: 'yjc.ir', lang: 'fa', name: 'Young Journalists Club' },
  { domain: 'asriran.com', lang: 'fa', name: 'Asr-e Iran' },
  { domain: 'tabnak.ir', lang: 'fa', name: 'Tabnak' },
  { domain: 'entekhab.ir', lang: 'fa', name: 'Entekhab' },
  { domain: 'fararu.com', lang: 'fa', name: 'Fararu' },
  { domain: 'etemadonline.com', lang: 'fa', name: 'Etemad' },
  { domain: 'donya-e-eqtesad.com', lang: 'fa', name: 'Donya-e Eqtesad' },
  { domain: 'jamaran.news', lang: 'fa', name: 'Jamaran' },
  { domain: 'kayhan.ir', lang: 'fa', name: 'Kayhan' },
  { domain: 'ettelaat.com', lang: 'fa', name: 'Ettelaat' },
  { domain: 'mfa.ir', lang: 'fa', name: 'Iran MFA' },
  { domain: 'mfa.gov.ir', lang: 'fa', name: 'Iran MFA' },
  { domain: 'president.ir', lang: 'fa', name: 'Iranian Presidency' },
  { domain: 'khamenei.ir', lang: 'fa', name: "Leader's office" },
  // Persian: outlets abroad and Afghan media
  { domain: 'bbc.com', path: '/persian', lang: 'fa', name: 'BBC Persian' },
  { domain: 'parsi.euronews.com', lang: 'fa', name: 'Euronews Persian' },
  { domain: 'independentpersian.com', lang: 'fa', name: 'Independent Persian' },
  { domain: 'iranintl.com', lang: 'fa', name: 'Iran International' },
  { domain: 'radiofarda.com', lang: 'fa', name: 'Radio Farda' },
  { domain: 'dw.com', path: '/fa-ir', lang: 'fa', name: 'DW Persian' },
  { domain: 'tolonews.com', lang: 'fa', name: 'TOLOnews' },
  { domain: '8am.media', lang: 'fa', name: 'Hasht-e Subh' },
  // Arabic
  { domain: 'aljazeera.net', lang: 'ar', name: 'Al Jazeera' },
  { domain: 'alarabiya.net', lang: 'ar', name: 'Al Arabiya' },
  { domain: 'aawsat.com', lang: 'ar', name: 'Asharq Al-Awsat' },
  { domain: 'spa.gov.sa', lang: 'ar', name: 'Saudi Press Agency' },
  { domain: 'wam.ae', lang: 'ar', name: 'WAM' },
  { domain: 'qna.org.qa', lang: 'ar', name: 'QNA' },
  { domain: 'kuna.net.kw', lang: 'ar', name: 'KUNA' },
  { domain: 'sana.sy', lang: 'ar', name: 'SANA' },
  { domain: 'ahram.org.eg', lang: 'ar', name: 'Al-Ahram' },
  { domain: 'aa.com.tr', path: '/ar', lang: 'ar', name: 'Anadolu Agency' },
  { domain: 'arabic.rt.com', lang: 'ar', name: 'RT Arabic' },
  { domain: 'skynewsarabia.com', lang: 'ar', name: 'Sky News Arabia' },
  { domain: 'bbc.com', path: '/arabic', lang: 'ar', name: 'BBC Arabic' },
  { domain: 'independentarabia.com', lang: 'ar', name: 'Independent Arabia' },
  { domain: 'alaraby.co.uk', lang: 'ar', name: 'Al-Araby Al-Jadeed' },
  { domain: 'almayadeen.net', lang: 'ar', name: 'Al Mayadeen' },
  { domain: 'alalam.ir', lang: 'ar', name: 'Al-Alam' },
  { domain: 'france24.com', path: '/ar', lang: 'ar', name: 'France 24 Arabic' },
  { domain: 'dw.com', path: '/ar', lang: 'ar', name: 'DW Arabic' },
  { domain: 'arabic.cnn.com', lang: 'ar', name: 'CNN Arabic' },
  { domain: 'youm7.com', lang: 'ar', name: 'Youm7' },
  { domain: 'annahar.com', lang: 'ar', name: 'An-Nahar' },
  { domain: 'alquds.co.uk', lang: 'ar', name: 'Al-Quds Al-Arabi' },
  { domain: 'mofa.gov.sa', lang: 'ar', name: 'Saudi MFA' },
  { domain: 'mofa.gov.qa', lang: 'ar', name: 'Qatar MFA' },
  { domain: 'mofa.gov.ae', lang: 'ar', name: 'UAE MFA' },
  { domain: 'ina.iq', lang: 'ar', name: 'Iraqi News Agency' },
  { domain: 'petra.gov.jo', lang: 'ar', name: 'Petra' },
  { domain: 'omannews.gov.om', lang: 'ar', name: 'Oman News Agency' },
  { domain: 'bna.bh', lang: 'ar', name: 'Bahrain News Agency' },
  { domain: 'sabanew.net', lang: 'ar', name: 'Saba' },
  { domain: 'mena.org.eg', lang: 'ar', name: 'MENA' },
];

/** Match patterns for the manifest: one per domain (and path where the site is multilingual). */
export function curatedMatchPatterns(): string[] {
  const patterns = CURATED_SITES.map((s) => `*://*.${s.domain}${s.path ?? ''}/*`);
  return [...new Set(patterns)];
}

/** The host part of each match pattern, for host permissions (paths are not allowed there). */
export function curatedHostPermissions(): string[] {
  return [...new Set(CURATED_SITES.map((s) => `*://*.${s.domain}/*`))];
}
