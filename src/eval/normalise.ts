/**
 * SPEC §3 comparison keys. Every string is normalised before it is compared:
 * NFC, "Ð" → "Đ", odd and zero-width spaces removed, spaces collapsed, trimmed,
 * trailing ".,:;" removed, lower-cased with the vi locale, tone placement folded.
 *
 * Why not foldKey from src/normalise/text.ts directly: it folds the tone per run of
 * non-space characters, so "hòa," and "hòa" get different keys (the comma sits inside
 * the run and the tone is appended after it). Here the tone is folded per run of
 * letters, so punctuation next to a word does not change the word's key, and
 * containment tests ("one contains the other") stay word-aligned.
 */

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const TONE_CHARS = '\u0300\u0301\u0303\u0309\u0323';
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Move a word's tone mark to its end, so "hoà" and "hòa" (and "thuỷ"/"thủy") get one key. */
function foldWordTone(word: string): string {
  const nfd = word.normalize('NFD');
  let tone = '';
  for (const ch of nfd) if (TONE_CHARS.includes(ch)) tone = ch;
  if (!tone) return word;
  return nfd.replace(TONE_MARKS, '').normalize('NFC') + '~' + tone;
}

/** Fold tone placement in every letter run of an already lower-cased string. */
export function foldTones(s: string): string {
  return s.replace(LETTER_RUN, foldWordTone);
}

/** Basic clean-up shared by keys and tokens: NFC, Đ, zero-width gone, whitespace collapsed. */
function clean(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\u00d0/g, '\u0110')
    .replace(/\u00f0/g, '\u0111')
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The SPEC §3 comparison key of a string. */
export function normKey(s: string): string {
  const t = clean(s).replace(/[\s.,:;]+$/u, '');
  return foldTones(t.toLocaleLowerCase('vi'));
}

/** normKey for a nullable value (null stays null). */
export function normKeyOrNull(s: string | null | undefined): string | null {
  return s == null ? null : normKey(s);
}

/**
 * Word tokens for the paragraphs score: runs of letters and digits (`[\p{L}\p{N}]+`),
 * lower-cased, tone placement folded. Combining marks count as part of a word so a
 * string that escaped NFC is not split inside a letter.
 */
export function tokens(s: string): string[] {
  const lower = clean(s).toLocaleLowerCase('vi');
  const out: string[] = [];
  for (const m of lower.matchAll(TOKEN)) out.push(foldWordTone(m[0]));
  return out;
}

/** Document numbers are compared without spaces ("30/2020/NĐ- CP" = "30/2020/NĐ-CP"). */
export function numberKey(s: string | null | undefined): string | null {
  return s == null ? null : normKey(s).replace(/\s+/g, '');
}

/** True when a is b or b starts a at a word boundary ("điểm cầu" ~ "điểm", not "điểmx" ~ "điểm"). */
export function unitsMatch(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short) || short.length === 0) return false;
  return !/[\p{L}\p{M}\p{N}~]/u.test(long.charAt(short.length));
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}~]/u;

/**
 * True when `needle` occurs in `hay` at word boundaries (keys of normKey): "bí thư" is in
 * "phó bí thư tỉnh ủy", but "an" is not in "ban". A side of the needle that is not a word
 * character ("ảnh:", "(028)") needs no boundary there.
 */
export function containsWords(hay: string, needle: string): boolean {
  if (!needle) return false;
  const wordStart = WORD_CHAR.test(needle.charAt(0));
  const wordEnd = WORD_CHAR.test(needle.charAt(needle.length - 1));
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const before = i === 0 ? '' : hay.charAt(i - 1);
    const after = hay.charAt(i + needle.length);
    if ((!wordStart || !before || !WORD_CHAR.test(before)) && (!wordEnd || !after || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** "one contains the other" (at word boundaries) over keys; null only matches null. */
export function eitherContains(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return containsWords(a, b) || containsWords(b, a);
}
