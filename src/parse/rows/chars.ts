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

/** the code unit is a letter (\p{L}) or a number (\p{N}) */
export const isLetterOrNumberCode = (c: number): boolean => (flagsOfCode(c) & (LETTER | DIGIT)) !== 0;

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
/** the slot's bit in a 64K-bit set (8 KB: it stays in the fastest cache) */
const slotMarked = (bits: Uint32Array, slot: number): boolean => ((bits[slot >>> 5]! >>> (slot & 31)) & 1) !== 0;

/** a set of at most this many phrases is searched with indexOf */
const FEW = 8;
/**
 * A slot in a 64K filter for a word start: its first two code units (lower-cased; 0 for
 * a one-letter word) and its length. Different words may share a slot; a word whose
 * slot no phrase marked cannot open one.
 */
const slotOf = (first: number, second: number, len: number): number => (Math.imul(first, 0x9e37) + Math.imul(second, 0x3b) + Math.min(len, 31)) & 0xffff;

// per code unit, filled lazily (0 = not looked up yet): KNOWN | WORD_BIT when the lower-
// cased unit is a word character | the lower-cased unit; -1 where lower-casing is not a
// plain one-unit map that keeps word-ness (surrogates, final-sigma Σ, "İ" → two units…):
// a text holding such a unit is lower-cased whole instead
const KNOWN = 1 << 20;
const WORD_BIT = 1 << 17;
const caseTable = new Int32Array(65536);

function fillCase(c: number): number {
  const low = String.fromCharCode(c).toLowerCase();
  const l = low.charCodeAt(0);
  const word = (flagsOfCode(l) & WORD) !== 0;
  const simple = !(c >= 0xd800 && c <= 0xdfff) && c !== 0x3a3 && low.length === 1 && ((flagsOfCode(c) & WORD) !== 0) === word;
  const v = simple ? KNOWN | (word ? WORD_BIT : 0) | l : -1;
  caseTable[c] = v;
  return v;
}

/** caseTable entry of the code unit */
function caseOf(c: number): number {
  const v = caseTable[c]!;
  return v !== 0 ? v : fillCase(c);
}

/** a phrase that reads the same in any case and holds no word character ("©") */
const caseless = (p: string): boolean => p.toUpperCase() === p && p.toLowerCase() === p && wordRunLength(p, 0) === 0 && [...p].every((ch) => (flagsOfCode(ch.charCodeAt(0)) & WORD) === 0);

/**
 * A set of literal phrases matched case-insensitively on word boundaries (a phrase that
 * starts or ends with punctuation, like "©" or "Tổng biên tập:", needs no boundary there).
 * A phrase opening with a word can only match where the text's word has the same first
 * code unit and the same length as the phrase's first word, so phrases are bucketed by
 * that pair: a test is one scan of the text, word by word, with few candidates per word
 * (a filter on each word's first two units and length skips most words without a map lookup).
 * The text is lower-cased one code unit at a time while it is scanned, not copied.
 */
export class PhraseSet {
  private readonly byStart = new Map<number, Phrase[]>();
  private readonly odd: Phrase[] = [];
  /** slotOf each phrase's first word, as bits: set where some phrase may start */
  private readonly slots = new Uint32Array(2048);
  /** every odd phrase is caseless, so it is found in the text as written */
  private readonly oddAsWritten: boolean;
  /** the phrases opening with a word, longest first, when there are few of them */
  private readonly few: Phrase[] | null;

  constructor(phrases: string[]) {
    const uniq = [...new Set(phrases.map((p) => p.trim().replace(/\s+/g, ' ').toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
    for (const p of uniq) {
      const entry = { p, right: isWordAt(p, p.length - 1) };
      if (!isWordAt(p, 0)) {
        this.odd.push(entry);
        continue;
      }
      const first = p.charCodeAt(0);
      const len = wordRunLength(p, 0);
      const k = bucketKey(first, len);
      const list = this.byStart.get(k) ?? [];
      list.push(entry);
      this.byStart.set(k, list);
      const slot = slotOf(first, len > 1 ? p.charCodeAt(1) : 0, len);
      this.slots[slot >>> 5]! |= 1 << (slot & 31);
    }
    this.oddAsWritten = this.odd.every((o) => caseless(o.p));
    const words = uniq.filter((p) => isWordAt(p, 0)).map((p) => ({ p, right: isWordAt(p, p.length - 1) }));
    this.few = words.length <= FEW ? words : null;
  }

  /** the first phrase found in text (lower-cased copy given when the caller has one) */
  find(text: string, lower?: string): string | null {
    if (this.few) {
      // a handful of phrases: a lower-cased copy searched with indexOf beats a word scan
      const low = lower ?? text.toLowerCase();
      return this.findOdd(low) ?? this.findFew(low, this.few);
    }
    if (lower === undefined && !this.oddAsWritten) lower = text.toLowerCase();
    if (lower !== undefined) return this.findOdd(lower) ?? this.findWords(lower);
    const odd = this.findOdd(text);
    if (odd !== null) return odd;
    const got = this.findWordsAnyCase(text);
    // the copy is made here, outside the scan: TurboFan was seen scheduling a toLowerCase
    // from a rarely taken branch into the hot loop (a copy of the text per word)
    return got === undefined ? this.findWords(text.toLowerCase()) : got;
  }

  test(text: string, lower?: string): boolean {
    return this.find(text, lower) !== null;
  }

  /**
   * findWords for a few phrases: the earliest word start where one matches, the longest
   * phrase first at the same start (the order findWords tries them in)
   */
  private findFew(lower: string, phrases: Phrase[]): string | null {
    let best: string | null = null;
    let bestAt = Infinity;
    for (const { p, right } of phrases) {
      for (let i = lower.indexOf(p); i >= 0 && i < bestAt; i = lower.indexOf(p, i + 1)) {
        if (i > 0 && isWordAt(lower, i - 1)) continue;
        if (right && isWordAt(lower, i + p.length)) continue;
        best = p;
        bestAt = i;
        break;
      }
    }
    return best;
  }

  private findOdd(s: string): string | null {
    for (const { p, right } of this.odd) {
      const i = s.indexOf(p);
      if (i >= 0 && (!right || !isWordAt(s, i + p.length))) return p;
    }
    return null;
  }

  /** the phrase opening with a word, in a lower-cased text */
  private findWords(lower: string): string | null {
    const n = lower.length;
    let i = 0;
    while (i < n) {
      if ((flagsOfCode(lower.charCodeAt(i)) & WORD) === 0) {
        i++;
        continue;
      }
      const len = wordRunLength(lower, i);
      const first = lower.charCodeAt(i);
      if (slotMarked(this.slots, slotOf(first, len > 1 ? lower.charCodeAt(i + 1) : 0, len))) {
        const cands = this.byStart.get(bucketKey(first, len));
        if (cands) {
          for (const { p, right } of cands) {
            if (lower.startsWith(p, i) && (!right || !isWordAt(lower, i + p.length))) return p;
          }
        }
      }
      i += len;
    }
    return null;
  }

  /**
   * findWords on the text as written, lower-casing code units as they are read; a unit
   * whose lower case is not a plain one-unit map sends the text to findWords whole (the
   * positions before it are the same either way, so the first match is too): undefined then
   */
  private findWordsAnyCase(text: string): string | null | undefined {
    const n = text.length;
    const slots = this.slots;
    let i = 0;
    while (i < n) {
      const v = caseOf(text.charCodeAt(i));
      if (v < 0) return undefined;
      if ((v & WORD_BIT) === 0) {
        i++;
        continue;
      }
      let j = i + 1;
      let second = 0;
      for (; j < n; j++) {
        const d = caseOf(text.charCodeAt(j));
        if (d < 0) return undefined;
        if ((d & WORD_BIT) === 0) break;
        if (j === i + 1) second = d & 0xffff;
      }
      const first = v & 0xffff;
      const len = j - i;
      if (slotMarked(slots, slotOf(first, second, len))) {
        const cands = this.byStart.get(bucketKey(first, len));
        if (cands) {
          for (const { p, right } of cands) {
            const m = matchesAt(text, i, p, right);
            if (m < 0) return undefined;
            if (m > 0) return p;
          }
        }
      }
      i = j;
    }
    return null;
  }
}

/**
 * the lower-cased phrase p at i of text as written (and no word character right after it
 * when `right`): 1 yes, 0 no, -1 when a unit met has no plain lower case
 */
function matchesAt(text: string, i: number, p: string, right: boolean): number {
  const m = p.length;
  for (let k = 0; k < m; k++) {
    if (i + k >= text.length) return 0;
    const d = caseOf(text.charCodeAt(i + k));
    if (d < 0) return -1;
    if ((d & 0xffff) !== p.charCodeAt(k)) return 0;
  }
  if (!right || i + m >= text.length) return 1;
  const after = caseOf(text.charCodeAt(i + m));
  if (after < 0) return -1;
  return (after & WORD_BIT) !== 0 ? 0 : 1;
}
