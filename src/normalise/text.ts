/**
 * SPEC section 1: text normalisation, done once, before anything else.
 *
 * - Unicode NFC
 * - "Ð" (U+00D0, Icelandic eth) used as "Đ" → "Đ" (U+0110); "ð" → "đ"
 * - NBSP, zero-width and other odd spaces → plain space (zero-width ones removed)
 * - runs of spaces collapsed (line breaks kept: parsers need them)
 * - quotes kept as written
 */

// Spaces that are not U+0020: NBSP, en/em spaces, thin, ideographic, narrow NBSP, tabs…
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Zero-width characters and BOM: removed outright
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const RUNS_OF_SPACES = / {2,}/g;
// soft hyphen also removed (above); line separators become newlines
const LINE_SEPARATORS = /\u2028|\u2029|\u0085/g;
const NEEDS_WORK = /[\r\u2028\u2029\u0085\u00d0\u00f0\u200b-\u200d\u2060\ufeff\u00ad\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;

/** Normalise a whole document string. Keeps "\n" line structure (CRLF/CR → LF). */
export function normaliseText(input: string): string {
  let s = input;
  if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
  s = s.normalize('NFC');
  // one scan to see whether any of the rarer replacements is needed at all
  if (NEEDS_WORK.test(s)) {
    s = s.replace(/\r\n?/g, '\n').replace(LINE_SEPARATORS, '\n');
    s = s.replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111');
    s = s.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  }
  return s.replace(RUNS_OF_SPACES, ' ');
}

/** Normalise one line or field: as normaliseText, and every whitespace (incl. newlines) → one space, trimmed. */
export function normaliseInline(input: string): string {
  return normaliseText(input).replace(/\s+/g, ' ').trim();
}

// Vietnamese tone marks as combining characters (NFD).
const TONE_CHARS = '\u0300\u0301\u0303\u0309\u0323';

/**
 * For every precomposed letter that carries a tone mark: the letter without its tone
 * and the tone mark (as a precomposed-safe combining character). Built once at load
 * from Unicode's own decompositions, so foldKey needs no NFD pass per word.
 */
const TONE_TABLE: Map<string, { base: string; tone: string }> = (() => {
  const table = new Map<string, { base: string; tone: string }>();
  for (let cp = 0xc0; cp <= 0x1ef9; cp++) {
    const ch = String.fromCharCode(cp);
    const nfd = ch.normalize('NFD');
    if (nfd.length < 2) continue;
    let tone = '';
    let rest = '';
    for (const c of nfd) {
      if (TONE_CHARS.includes(c)) tone = c;
      else rest += c;
    }
    if (!tone) continue;
    table.set(ch, { base: rest.normalize('NFC'), tone });
  }
  return table;
})();

/**
 * A comparison key: NFC, lower case (vi), spaces collapsed, and tone-mark placement
 * folded ("hoà" = "hòa", "thuỷ" = "thủy"): each word's tone mark is moved to the end
 * of the word (written "~" + the mark). Not for storing, only for comparing.
 * One pass over the characters, with a table built once: this runs on hot paths.
 */
export function foldKey(input: string): string {
  const lower = input.normalize('NFC').toLocaleLowerCase('vi');
  let out = '';
  let word = '';
  let tone = '';
  let pendingSpace = false;
  const flush = () => {
    if (!word) return;
    if (pendingSpace && out) out += ' ';
    out += tone ? word + '~' + tone.normalize('NFC') : word;
    word = '';
    tone = '';
    pendingSpace = false;
  };
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0') {
      flush();
      pendingSpace = true;
      continue;
    }
    const entry = ch.charCodeAt(0) >= 0xc0 ? TONE_TABLE.get(ch) : undefined;
    if (entry) {
      word += entry.base;
      tone = entry.tone;
    } else if (TONE_CHARS.includes(ch)) {
      tone = ch; // a stray combining tone mark NFC could not compose
    } else word += ch;
  }
  flush();
  return out;
}

/** Remove Vietnamese diacritics entirely (for loose matching of slugs/URLs). */
export function stripDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * "THANH THY" → "Thanh Thy", "nguyễn văn a" → "Nguyễn Văn A". Words already in mixed
 * case are kept ("McCain", "Lê Ánh"). Used for bylines and photo credits.
 */
export function titleCaseName(input: string): string {
  return input
    .trim()
    .split(/\s+/)
    .map((w) => {
      const letters = w.replace(/[^\p{L}]/gu, '');
      const isUpper = letters.length > 0 && letters === letters.toLocaleUpperCase('vi');
      const isLower = letters.length > 0 && letters === letters.toLocaleLowerCase('vi');
      if (!isUpper && !isLower) return w;
      const lower = w.toLocaleLowerCase('vi');
      // capitalise the first letter, and the letter after a hyphen or apostrophe
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toLocaleUpperCase('vi'));
    })
    .join(' ');
}

/** True when the text's letters are all upper case (and there are at least two). */
export function isAllCaps(input: string): boolean {
  const letters = input.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}
