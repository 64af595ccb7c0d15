/**
 * Forms that look like an entity followed by a suffix, or contain one, but are
 * something else: a lexicalised word (حلبی "tinplate", ترکی "Turkish", فارسی
 * "Persian"), a demonym (ایرانی), or a longer name that is not in the gazetteer
 * (خلیج فارس, آمریکای لاتین, صلاة المغرب) or a phrase of
 * common words that contains a key (العديد من "many of" ⊃ العديد, Al Udeid). The build folds them into the
 * runtime file; the matcher treats them as keys that win by length and mark
 * nothing.
 */
export const BLOCKED: { fa: string[]; ar: string[] } = {
  fa: [
    'حلبی', 'ترکی', 'عربی', 'ایرانی', 'ایرانیان', 'فارسی', 'عراقی', 'روسی', 'چینی', 'هندی',
    'خلیج فارس', 'استان فارس', 'زبان فارسی',
    'آمریکای لاتین', 'آمریکای شمالی', 'آمریکای جنوبی', 'آمریکای مرکزی',
    'آمریکایی', 'اروپایی',
  ],
  ar: ['صلاة المغرب', 'المغرب العربي', 'بلاد الشام', 'العديد من'],
};
