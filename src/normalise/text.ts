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
  // one scan to see whether any of the rarer replacements is needed at all (a regex
  // character class scans faster than a hand-written loop here)
  if (NEEDS_WORK.test(s)) {
    s = s.replace(/\r\n?/g, '\n').replace(LINE_SEPARATORS, '\n');
    s = s.replace(/\u00d0/g, '\u0110').replace(/\u00f0/g, '\u0111');
    s = s.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ');
  }
  return s.replace(RUNS_OF_SPACES, ' ');
}

/**
 * s.replace(/\s+/g, ' ') would change s: it holds whitespace other than a lone plain
 * space (a tab, a newline, two spaces in a row…)
 */
export function hasFoldableSpace(s: string): boolean {
  const n = s.length;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
      continue;
    }
    if (c > 32 && c < 0x80) {
      prevSpace = false;
      continue;
    }
    if (isJsSpace(c)) return true;
    prevSpace = false;
  }
  return false;
}

/** the whitespace of the regex class \s (for one UTF-16 code unit) */
export function isJsSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Normalise one line or field: as normaliseText, and every whitespace (incl. newlines) → one space, trimmed. */
export function normaliseInline(input: string): string {
  const s = normaliseText(input);
  return (hasFoldableSpace(s) ? s.replace(/\s+/g, ' ') : s).trim();
}

// Vietnamese tone marks as combining characters (NFD).
const TONE_CHARS = '\u0300\u0301\u0303\u0309\u0323';

// Tone marks as char codes (the same five as TONE_CHARS).
const isToneCode = (c: number): boolean => c === 0x300 || c === 0x301 || c === 0x303 || c === 0x309 || c === 0x323;

/**
 * For every precomposed letter that carries a tone mark: the letter without its tone
 * and the tone mark, indexed by code unit from U+00C0. Built once at load from Unicode's
 * own decompositions, so foldKey needs no NFD pass per word.
 */
const TONE_FIRST = 0xc0;
const TONE_LAST = 0x1ef9;
const TONE_BASE: (string | undefined)[] = [];
const TONE_MARK: string[] = [];
for (let cp = TONE_FIRST; cp <= TONE_LAST; cp++) {
  const nfd = String.fromCharCode(cp).normalize('NFD');
  if (nfd.length < 2) continue;
  let tone = '';
  let rest = '';
  for (const c of nfd) {
    if (TONE_CHARS.includes(c)) tone = c;
    else rest += c;
  }
  if (!tone) continue;
  TONE_BASE[cp - TONE_FIRST] = rest.normalize('NFC');
  TONE_MARK[cp - TONE_FIRST] = tone;
}

/** the whitespace foldKey splits words on */
const isFoldSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;

/**
 * A comparison key: NFC, lower case (vi), spaces collapsed, and tone-mark placement
 * folded ("hoà" = "hòa", "thuỷ" = "thủy"): each word's tone mark is moved to the end
 * of the word (written "~" + the mark). Not for storing, only for comparing.
 * One pass over the code units, with a table built once, copying runs of untouched
 * letters as slices: this runs on hot paths. (Vietnamese has no locale-specific case
 * rules, so plain toLowerCase gives exactly what toLocaleLowerCase('vi') gives, several
 * times faster in V8; the same holds everywhere in the pipeline.)
 * A stray tone mark with no letter before the next space is carried to the next word.
 */
export function foldKey(input: string): string {
  const lower = input.normalize('NFC').toLowerCase();
  const n = lower.length;
  let out = '';
  let word = '';
  let runStart = 0;
  let tone = '';
  let pendingSpace = false;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? lower.charCodeAt(i) : 32;
    if (isFoldSpace(c)) {
      if (runStart < i) word += lower.slice(runStart, i);
      if (word) {
        if (pendingSpace && out) out += ' ';
        out += tone ? word + '~' + tone : word;
        word = '';
        tone = '';
        pendingSpace = false;
      }
      pendingSpace = true;
      runStart = i + 1;
      continue;
    }
    if (c < TONE_FIRST) continue;
    const base = c <= TONE_LAST ? TONE_BASE[c - TONE_FIRST] : undefined;
    if (base !== undefined) {
      word += lower.slice(runStart, i) + base;
      tone = TONE_MARK[c - TONE_FIRST]!;
      runStart = i + 1;
    } else if (isToneCode(c)) {
      // a stray combining tone mark NFC could not compose
      if (runStart < i) word += lower.slice(runStart, i);
      tone = lower.charAt(i);
      runStart = i + 1;
    }
  }
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
      const isUpper = letters.length > 0 && letters === letters.toUpperCase();
      const isLower = letters.length > 0 && letters === letters.toLowerCase();
      if (!isUpper && !isLower) return w;
      const lower = w.toLowerCase();
      // capitalise the first letter, and the letter after a hyphen or apostrophe
      return lower.replace(/(^|[-'’])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
    })
    .join(' ');
}

/** True when the text's letters are all upper case (and there are at least two). */
export function isAllCaps(input: string): boolean {
  const letters = input.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * text.charCodeAt(i) without looking the method up on the string: article strings come in
 * many internal representations (flat, sliced out of a whole file, concatenated; one- or
 * two-byte), which makes a `text.charCodeAt` call site megamorphic, so the optimiser stops
 * inlining it and every character costs a generic call (measured: tokenising 2.3× slower
 * once the rules were compiled). Called through a constant, the optimiser emits the
 * character load directly whatever the representation.
 */
const charCodeAt = String.prototype.charCodeAt;
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}
