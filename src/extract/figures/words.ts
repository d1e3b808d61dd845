/**
 * Small word-level helpers shared by the figure and document extractors. They look at
 * a few words around a position instead of tokenising whole paragraphs: extractors only
 * inspect the neighbourhood of a candidate, so the cost stays proportional to the number
 * of candidates, and every loop is bounded (no regex backtracking on long lines).
 */

/** A word or a punctuation mark, with its offsets in the source string. */
export interface Tok {
  text: string;
  /** lower-cased (vi) text, for comparisons */
  low: string;
  start: number;
  end: number;
  /** true for a run of letters/digits, false for a single punctuation mark */
  word: boolean;
  /** the char code of the first character of the lower-cased text (see lowFirstCode) */
  lowFirst: number;
}

/**
 * A token as read: its text and lower-cased text are made on first use. Callers read a
 * few tokens ahead of each candidate, but mostly look at the first one or two, so most
 * tokens are never sliced or lower-cased.
 */
class LazyTok implements Tok {
  private t: string | undefined = undefined;
  private l: string | undefined = undefined;

  constructor(
    private readonly src: string,
    readonly start: number,
    readonly end: number,
    readonly word: boolean,
  ) {}

  get text(): string {
    return (this.t ??= this.src.slice(this.start, this.end));
  }

  get low(): string {
    // a punctuation mark is its own lower case
    return (this.l ??= this.word ? this.text.toLowerCase() : this.text);
  }

  get lowFirst(): number {
    const c = this.src.charCodeAt(this.start);
    return this.word ? lowFirstCode(c) : c;
  }
}

/** code units below this have their lower case's first unit in a table */
const LOW_TABLE_SIZE = 0x2000;
const LOW_TABLE = Uint16Array.from({ length: LOW_TABLE_SIZE }, (_, c) => String.fromCharCode(c).toLowerCase().charCodeAt(0));

/**
 * The first code unit of a word's lower case, from its first code unit alone (lower-casing
 * looks at no context at a word's start); -1 for a surrogate, whose pair decides.
 */
export function lowFirstCode(c: number): number {
  if (c < LOW_TABLE_SIZE) return LOW_TABLE[c]!;
  if (c >= 0xd800 && c <= 0xdfff) return -1;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** a set of char codes: flat bits below LOW_TABLE_SIZE, a Set above */
class CodeSet {
  private readonly bits = new Uint8Array(LOW_TABLE_SIZE);
  private readonly far = new Set<number>();

  add(c: number): void {
    if (c < LOW_TABLE_SIZE) this.bits[c] = 1;
    else this.far.add(c);
  }

  has(c: number): boolean {
    // -1 (a surrogate): unknown, so maybe
    if (c < 0) return true;
    return c < LOW_TABLE_SIZE ? this.bits[c] === 1 : this.far.has(c);
  }
}

/** letters (incl. Vietnamese and combining marks) and digits */
export function isWordCode(c: number): boolean {
  // a table for the scripts met in practice: this runs for every character a token holds
  if (c < WORD_TABLE_SIZE) return WORD_TABLE[c] === 1;
  return isWordCodeByRange(c);
}

function isWordCodeByRange(c: number): boolean {
  if (c !== c) return false; // NaN: past the end of the string
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 97 && c <= 122) return true; // a-z
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false; // × ÷
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false; // CJK punctuation
  if (c === 0xfeff) return false;
  return true;
}

const WORD_TABLE_SIZE = 0x2000;
const WORD_TABLE = Uint8Array.from({ length: WORD_TABLE_SIZE }, (_, c) => (isWordCodeByRange(c) ? 1 : 0));

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/** Inner connectors kept inside a word when a word character follows ("TP.HCM", "Covid-19", "0,5"). */
function isInnerJoin(c: number): boolean {
  return c === 46 /* . */ || c === 44 /* , */ || c === 47 /* / */ || c === 45 /* - */ || c === 39 /* ' */ || c === 0x2019;
}

/** Read the token that starts at or after `pos` (skipping spaces); null at the end. */
export function tokenAt(s: string, pos: number): Tok | null {
  let i = pos;
  const n = s.length;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  if (i >= n) return null;
  const start = i;
  const c = s.charCodeAt(i);
  if (!isWordCode(c)) return new LazyTok(s, start, i + 1, false);
  let sawDigit = isDigitCode(c);
  i++;
  // words are letters/digits; a comma joins only digits ("3,6"); a slash joins only what
  // holds a digit ("8/1", "686-QĐ/TU"), so "đồng/m2" and "km/h" stay apart
  while (i < n) {
    const d = s.charCodeAt(i);
    if (isWordCode(d)) {
      if (!sawDigit && isDigitCode(d)) sawDigit = true;
      i++;
      continue;
    }
    if (i + 1 < n && isInnerJoin(d) && isWordCode(s.charCodeAt(i + 1))) {
      if (d === 44 && !(isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1)))) break;
      if (d === 47 && !sawDigit) break;
      i++;
      continue;
    }
    break;
  }
  return new LazyTok(s, start, i, true);
}

/** Up to `max` tokens starting at `pos`. */
export function tokensAfter(s: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < max) {
    const t = tokenAt(s, p);
    if (!t) break;
    out.push(t);
    p = t.end;
  }
  return out;
}

/** Read the token that ends at or before `pos` (skipping spaces backwards); null at the start. */
export function tokenBefore(s: string, pos: number): Tok | null {
  let i = pos - 1;
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  if (i < 0) return null;
  const end = i + 1;
  const c = s.charCodeAt(i);
  if (!isWordCode(c)) return new LazyTok(s, i, end, false);
  let digitSeen = isDigitCode(c);
  i--;
  while (i >= 0) {
    const d = s.charCodeAt(i);
    if (isWordCode(d)) {
      if (!digitSeen && isDigitCode(d)) digitSeen = true;
      i--;
      continue;
    }
    if (i > 0 && isInnerJoin(d) && isWordCode(s.charCodeAt(i - 1))) {
      if (d === 44 && !(isDigitCode(s.charCodeAt(i - 1)) && isDigitCode(s.charCodeAt(i + 1)))) break;
      // same rule as tokenAt: a slash joins only a token that holds a digit (seen on the
      // right already, or close on the left)
      if (d === 47 && !digitSeen && !hasDigitBefore(s, i)) break;
      i--;
      continue;
    }
    break;
  }
  return new LazyTok(s, i + 1, end, true);
}

/** a digit in the word-run that ends at i (exclusive), back to the previous space */
function hasDigitBefore(s: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k > i - 40; k--) {
    const c = s.charCodeAt(k);
    if (isDigitCode(c)) return true;
    if (isSpaceCode(c)) return false;
  }
  return false;
}

/** Up to `max` tokens ending before `pos`, nearest first. */
export function tokensBefore(s: string, pos: number, max: number): Tok[] {
  const out: Tok[] = [];
  let p = pos;
  while (out.length < max) {
    const t = tokenBefore(s, p);
    if (!t) break;
    out.push(t);
    p = t.start;
  }
  return out;
}

/**
 * A set of phrases (lower-cased, single-spaced) looked up word by word. `matchAfter`
 * returns the longest phrase that starts at token i of a token list; `matchBefore`
 * the longest phrase that ends at token i of a nearest-first (reversed) token list.
 * Punctuation inside a phrase ("xã, phường") is a token of its own.
 */
export class PhraseSet {
  private byFirst = new Map<string, string[][]>();
  private byLast = new Map<string, string[][]>();
  /**
   * first code units of the first / last words: most tokens looked up open with none of
   * them, and are refused without their lower case being made or hashed
   */
  private firstCodes = new CodeSet();
  private lastCodes = new CodeSet();
  readonly maxLen: number;

  constructor(phrases: Iterable<string>) {
    let maxLen = 1;
    for (const p of phrases) {
      const parts = splitPhrase(p);
      if (parts.length === 0) continue;
      maxLen = Math.max(maxLen, parts.length);
      push(this.byFirst, parts[0]!, parts);
      push(this.byLast, parts[parts.length - 1]!, parts);
    }
    for (const m of [this.byFirst, this.byLast]) for (const list of m.values()) list.sort((a, b) => b.length - a.length);
    for (const k of this.byFirst.keys()) this.firstCodes.add(k.charCodeAt(0));
    for (const k of this.byLast.keys()) this.lastCodes.add(k.charCodeAt(0));
    this.maxLen = maxLen;
  }

  has(phrase: string): boolean {
    const parts = splitPhrase(phrase);
    const list = this.byFirst.get(parts[0] ?? '');
    return !!list?.some((l) => l.length === parts.length && l.every((w, k) => w === parts[k]));
  }

  /** number of tokens of the longest phrase starting at toks[i], or 0 */
  matchAfter(toks: Tok[], i: number): number {
    const first = toks[i];
    if (!first || !this.firstCodes.has(first.lowFirst)) return 0;
    const list = this.byFirst.get(first.low);
    if (!list) return 0;
    outer: for (const parts of list) {
      if (i + parts.length > toks.length) continue;
      for (let k = 1; k < parts.length; k++) if (toks[i + k]!.low !== parts[k]) continue outer;
      return parts.length;
    }
    return 0;
  }

  /** number of tokens of the longest phrase ending at rev[i] (rev is nearest-first), or 0 */
  matchBefore(rev: Tok[], i: number): number {
    const last = rev[i];
    if (!last || !this.lastCodes.has(last.lowFirst)) return 0;
    const list = this.byLast.get(last.low);
    if (!list) return 0;
    outer: for (const parts of list) {
      if (i + parts.length > rev.length) continue;
      for (let k = 1; k < parts.length; k++) if (rev[i + k]!.low !== parts[parts.length - 1 - k]) continue outer;
      return parts.length;
    }
    return 0;
  }
}

function push(m: Map<string, string[][]>, k: string, v: string[]) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** "xã, phường" → ["xã", ",", "phường"]; lower-cased */
export function splitPhrase(p: string): string[] {
  const low = p.normalize('NFC').toLowerCase().trim();
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    const t = tokenAt(low, pos);
    if (!t) break;
    out.push(t.text);
    pos = t.end;
  }
  return out;
}

/** true when the word starts with an upper-case letter */
export function isCapitalised(w: string): boolean {
  const ch = w.charAt(0);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Start of the sentence/clause boundary search: is the char at i a clause-ending mark? */
export function isSentenceEnd(s: string, i: number): boolean {
  // char codes, not charAt: a one-letter string would be made for each Vietnamese letter
  const c = s.charCodeAt(i);
  if (c === 33 /* ! */ || c === 63 /* ? */ || c === 59 /* ; */) return true;
  if (c === 46 /* . */ || c === 0x2026 /* … */) {
    // "3.000" and "TP.HCM" are not sentence ends
    const next = s.charCodeAt(i + 1);
    return !(i + 1 < s.length && isWordCode(next));
  }
  return false;
}
