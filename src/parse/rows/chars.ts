/**
 * Cheap character tests and phrase lookup for the row parser and the classifier.
 *
 * Unicode-property regexes with look-behind are slow when run at every position of long
 * glued text, and `s[i]` allocates a string per character in two-byte (Vietnamese) strings.
 * These helpers work on UTF-16 code units: each unit is classified once (a lazily filled
 * table), and phrases are found by scanning word starts of a lower-cased copy.
 */

const LOWER = 1;
const UPPER = 2;
const MARK = 4;
const LETTER = 8;
const DIGIT = 16;

// flags + 1 per UTF-16 code unit, filled lazily (0 = not classified yet)
const table = new Uint8Array(65536);
const RE_LU = /\p{Lu}/u;
const RE_LL = /\p{Ll}/u;
const RE_L = /\p{L}/u;
const RE_M = /\p{M}/u;
const RE_N = /\p{N}/u;

export function flagsOfCode(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return LOWER | LETTER;
    if (c >= 65 && c <= 90) return UPPER | LETTER;
    if (c >= 48 && c <= 57) return DIGIT;
    return 0;
  }
  const t = table[c]!;
  if (t) return t - 1;
  const ch = String.fromCharCode(c);
  const f = (RE_LU.test(ch) ? UPPER | LETTER : 0) | (RE_LL.test(ch) ? LOWER | LETTER : 0) | (RE_L.test(ch) ? LETTER : 0) | (RE_M.test(ch) ? MARK : 0) | (RE_N.test(ch) ? DIGIT : 0);
  table[c] = f + 1;
  return f;
}

/** flags of the code unit at i (0 past either end) */
const at = (s: string, i: number): number => (i >= 0 && i < s.length ? flagsOfCode(s.charCodeAt(i)) : 0);

export const isUpperAt = (s: string, i: number): boolean => (at(s, i) & UPPER) !== 0;
export const isLowerAt = (s: string, i: number): boolean => (at(s, i) & LOWER) !== 0;
export const isMarkAt = (s: string, i: number): boolean => (at(s, i) & MARK) !== 0;
export const isLetterAt = (s: string, i: number): boolean => (at(s, i) & (LETTER | MARK)) !== 0;
export const isDigitAt = (s: string, i: number): boolean => (at(s, i) & DIGIT) !== 0;
export const isWordAt = (s: string, i: number): boolean => (at(s, i) & (LETTER | MARK | DIGIT)) !== 0;

/** the same tests on a one-character string */
export const isUpperCh = (ch: string | undefined): boolean => !!ch && isUpperAt(ch, 0);
export const isWordCh = (ch: string | undefined): boolean => !!ch && isWordAt(ch, 0);

/** number of runs of letters/digits */
export function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const w = (flagsOfCode(s.charCodeAt(i)) & (LETTER | MARK | DIGIT)) !== 0;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

interface Phrase {
  p: string;
  right: boolean;
}

const WORD = LETTER | MARK | DIGIT;

/** length of the run of word characters starting at i */
function wordRunLength(s: string, i: number): number {
  const n = s.length;
  let j = i;
  while (j < n && (flagsOfCode(s.charCodeAt(j)) & WORD) !== 0) j++;
  return j - i;
}

/** bucket key of a word start: its first code unit and the length of its word run */
const bucketKey = (first: number, len: number): number => first * 256 + Math.min(len, 255);

/**
 * A set of literal phrases matched case-insensitively on word boundaries (a phrase that
 * starts or ends with punctuation, like "©" or "Tổng biên tập:", needs no boundary there).
 * A phrase opening with a word can only match where the text's word has the same first
 * code unit and the same length as the phrase's first word, so phrases are bucketed by
 * that pair: a test is one scan of the text, word by word, with few candidates per word.
 */
export class PhraseSet {
  private readonly byStart = new Map<number, Phrase[]>();
  private readonly odd: Phrase[] = [];

  constructor(phrases: string[]) {
    const uniq = [...new Set(phrases.map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
    for (const p of uniq) {
      const entry = { p, right: isWordAt(p, p.length - 1) };
      if (!isWordAt(p, 0)) {
        this.odd.push(entry);
        continue;
      }
      const k = bucketKey(p.charCodeAt(0), wordRunLength(p, 0));
      const list = this.byStart.get(k) ?? [];
      list.push(entry);
      this.byStart.set(k, list);
    }
  }

  /** the first phrase found in text (lower-cased copy given when the caller has one) */
  find(text: string, lower: string = text.toLowerCase()): string | null {
    for (const { p, right } of this.odd) {
      const i = lower.indexOf(p);
      if (i >= 0 && (!right || !isWordAt(lower, i + p.length))) return p;
    }
    const n = lower.length;
    let i = 0;
    while (i < n) {
      if ((flagsOfCode(lower.charCodeAt(i)) & WORD) === 0) {
        i++;
        continue;
      }
      const len = wordRunLength(lower, i);
      const cands = this.byStart.get(bucketKey(lower.charCodeAt(i), len));
      if (cands) {
        for (const { p, right } of cands) {
          if (lower.startsWith(p, i) && (!right || !isWordAt(lower, i + p.length))) return p;
        }
      }
      i += len;
    }
    return null;
  }

  test(text: string, lower?: string): boolean {
    return this.find(text, lower) !== null;
  }
}
