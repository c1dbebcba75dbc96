// Character references a page printed as text (issue 16): pages that escape twice show the reader "&#151;" or
// "&amp;nbsp;" in paragraphs. Cleaning decodes them before anything reads the text.

// Windows-1252's characters at 128–159, which pages still write as "&#151;" meaning a dash.
const CP1252: Record<number, string> = { 128: '€', 130: '‚', 131: 'ƒ', 132: '„', 133: '…', 134: '†', 135: '‡', 136: 'ˆ', 137: '‰', 138: 'Š', 139: '‹', 140: 'Œ', 142: 'Ž', 145: '‘', 146: '’', 147: '“', 148: '”', 149: '•', 150: '–', 151: '—', 152: '˜', 153: '™', 154: 'š', 155: '›', 156: 'œ', 158: 'ž', 159: 'Ÿ' };
const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', lt: '<', gt: '>', shy: '' };

/**
 * Character references a page printed as text (escaped twice, so the reader sees "&#151;" or "&amp;nbsp;"), turned into
 * the characters they name: `decodeCharacterReferences('1999&#151;2001')` gives "1999—2001".
 */
export function decodeCharacterReferences(text: string): string {
  return text.replace(/&(?:amp;)?(#\d{2,7}|#x[\da-f]{2,6}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    if (CP1252[code]) return CP1252[code]!;
    return code >= 32 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && !(code >= 127 && code < 160) ? String.fromCodePoint(code) : whole;
  });
}

