/**
 * Word tokens for place matching, by a hand-written scan (no regex, no match objects):
 * the extractor tokenises every paragraph, so this is on the hot path.
 *
 * A token is a run of digits, a run of lower-case letters with at most one capital in
 * front ("Bình"), or an all-capitals run ("HCM"). Where capitals run straight into
 * lower case, the last capital starts the next word: "HCMĐông" → "HCM" + "Đông",
 * "BìnhHai" → "Bình" + "Hai". That recovers names from dumps that lost their spaces.
 */
import { codeAt } from '../../normalise/text.js';

export interface Tokens {
  t: string[];
  s: number[];
  e: number[];
}

const OTHER = 0;
const UPPER = 1;
const LOWER = 2; // lower-case letters, combining marks and letters without case
const DIGIT = 3;

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function classify(c: number): number {
  if (c < 128) {
    if (c >= 97 && c <= 122) return LOWER;
    if (c >= 65 && c <= 90) return UPPER;
    if (c >= 48 && c <= 57) return DIGIT;
    return OTHER;
  }
  if (c >= 0x300 && c <= 0x36f) return LOWER; // combining marks (text not in NFC)
  if (c >= 0xd800 && c <= 0xdfff) return LOWER; // surrogates: letters of other scripts, or symbols; harmless
  const ch = String.fromCharCode(c);
  if (ch.toLowerCase() !== ch) return UPPER;
  if (ch.toUpperCase() !== ch) return LOWER;
  return LETTER_OR_MARK.test(ch) ? LOWER : OTHER;
}

// Classes of the first 8,192 code points (all of Vietnamese: Latin, Latin-1, Extended-A/B,
// combining marks, Latin Extended Additional), computed once when the module loads; the
// rest (quotes, dashes, other scripts) on first sight (UNSEEN until then).
const TABLE_SIZE = 0x2000;
const TABLE = new Uint8Array(65536);
const UNSEEN = 255;
TABLE.fill(UNSEEN);
for (let c = 0; c < TABLE_SIZE; c++) TABLE[c] = classify(c);


function classAt(text: string, i: number): number {
  return classOf(codeAt(text, i));
}

function classOf(c: number): number {
  const t = TABLE[c]!;
  return t !== UNSEEN ? t : learn(c);
}

/** classify a code unit past the table's first range, once */
function learn(c: number): number {
  const k = classify(c);
  TABLE[c] = k;
  return k;
}

/**
 * A function of one code unit, computed the first time each unit is seen and then read
 * from a table (cell = value + 1; 0 = not computed yet). The case tables below are built
 * this way: filling all 65,536 entries up front would cost more than a batch ever reads.
 */
export function codeTable(table: Uint8Array | Uint16Array | Uint32Array, compute: (c: number) => number): (c: number) => number {
  return (c: number): number => {
    const t = table[c]!;
    if (t !== 0) return t - 1;
    const v = compute(c);
    table[c] = v + 1;
    return v;
  };
}

// 1 when toLowerCase changes the unit
const upperTable = codeTable(new Uint8Array(65536), (c) => {
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() ? 1 : 0;
});

/** the code unit is one toLowerCase changes (the test `ch !== ch.toLowerCase()`, from a table) */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return upperTable(c) === 1;
}

// 1 when toUpperCase changes the unit or makes it longer
const upperChanges = codeTable(new Uint8Array(65536), (c) => {
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase() ? 1 : 0;
});

/**
 * text.slice(s, e) is ALL CAPS: at least two units, toUpperCase leaves it as it is and
 * toLowerCase does not (read unit by unit from tables; a token holding a surrogate is
 * tested on the string).
 */
export function isAllCapsAt(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  let cased = false;
  for (let i = s; i < e; i++) {
    const c = codeAt(text, i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const t = text.slice(s, e);
      return t === t.toUpperCase() && t !== t.toLowerCase();
    }
    if (upperChanges(c)) return false;
    if (!cased && isUpperCode(c)) cased = true;
  }
  return cased;
}

export function tokenize(text: string): Tokens {
  const buf = new SpanBuffer();
  tokenSpansInto(text, buf, null);
  const t: string[] = [];
  for (let i = 0; i < buf.n; i++) t.push(text.slice(buf.s[i]!, buf.e[i]!));
  return { t, s: buf.s.slice(0, buf.n), e: buf.e.slice(0, buf.n) };
}

/**
 * Token offsets of one text at a time; one buffer serves every field of an article, so
 * tokenising allocates little. Plain arrays, written in order (they stay packed small
 * integers): a typed array this small costs more to allocate than it saves.
 */
export class SpanBuffer {
  /** token i runs from s[i] to e[i] (entries past n are stale) */
  readonly s: number[];
  readonly e: number[];
  /** the tokens that open with a capital or that the gate admits, in order (nCand of them) */
  readonly cand: number[];
  n = 0;
  nCand = 0;

  /** room for `capacity` tokens up front (growing an array token by token costs more); more still fit */
  constructor(capacity = 0) {
    this.s = new Array<number>(capacity);
    this.e = new Array<number>(capacity);
    this.cand = new Array<number>(capacity);
  }
}

/** A cheap test on a token's offsets: false when it is surely not one of some words. */
export interface TokenGate {
  /** per code unit, length bits (lengthBit) of the listed words that open with it */
  readonly firstUnits: Uint8Array;
  /** per code unit, length bits of the listed words that end with it */
  readonly lastUnits: Uint8Array;
  admits(text: string, s: number, e: number): boolean;
}

/**
 * Tokenise `text` into `buf` (token offsets only: the scanner slices the few tokens it
 * looks at). Tokens opening with a capital, or admitted by `gate`, are also listed in
 * buf.cand: the scanner only starts a reading at those.
 */
export function tokenSpansInto(text: string, buf: SpanBuffer, gate: TokenGate | null): void {
  const n = text.length;
  const S = buf.s;
  const E = buf.e;
  const cand = buf.cand;
  // the gate's test, inline: first and last unit by length
  const firsts = gate !== null ? gate.firstUnits : null;
  const lasts = gate !== null ? gate.lastUnits : null;
  let k = 0;
  let m = 0;
  let i = 0;
  // the unit at i and its class, read once: a run's end is the next token's start
  let u = n > 0 ? codeAt(text, 0) : 0;
  let c = n > 0 ? classOf(u) : OTHER;
  while (i < n) {
    if (c === OTHER) {
      if (++i < n) c = classOf((u = codeAt(text, i)));
      continue;
    }
    const u0 = u;
    let j = i + 1;
    let d = OTHER;
    if (j < n) d = classOf((u = codeAt(text, j)));
    let start = i;
    if (c === DIGIT) {
      while (d === DIGIT) d = ++j < n ? classOf((u = codeAt(text, j))) : OTHER;
    } else {
      if (c === UPPER) {
        while (d === UPPER) d = ++j < n ? classOf((u = codeAt(text, j))) : OTHER;
        if (d === LOWER) {
          // capitals then lower case: the last capital opens the word
          if (j - 1 > i) {
            cand[m++] = k;
            S[k] = i;
            E[k++] = j - 1;
          }
          start = j - 1;
        }
      }
      while (d === LOWER) d = ++j < n ? classOf((u = codeAt(text, j))) : OTHER;
    }
    if (c === UPPER) cand[m++] = k;
    else if (firsts !== null) {
      const f = firsts[u0]!;
      if (f !== 0) {
        const len = j - start;
        const bit = len >= 8 ? 128 : 1 << (len - 1);
        if ((f & bit) !== 0 && (lasts![codeAt(text, j - 1)]! & bit) !== 0) cand[m++] = k;
      }
    }
    S[k] = start;
    E[k++] = j;
    i = j;
    c = d;
  }
  buf.n = k;
  buf.nCand = m;
}

/** The tokens of a short phrase (rules data). */
export function splitTokens(phrase: string): string[] {
  return tokenize(phrase).t;
}
