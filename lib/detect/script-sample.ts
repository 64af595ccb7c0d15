/** True when at least a third of the letters in `sample` are Arabic script (Persian, Arabic …). */
export function hasArabicScriptContent(sample: string): boolean {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 0x0620 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0xfb50 && c <= 0xfefc)) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff)) letters++;
  }
  return arabic >= 20 && arabic * 3 >= letters;
}
