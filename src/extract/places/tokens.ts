/**
 * Word tokens for place matching, by a hand-written scan (no regex, no match objects):
 * the extractor tokenises every paragraph, so this is on the hot path.
 *
 * A token is a run of digits, a run of lower-case letters with at most one capital in
 * front ("Bình"), or an all-capitals run ("HCM"). Where capitals run straight into
 * lower case, the last capital starts the next word: "HCMĐông" → "HCM" + "Đông",
 * "BìnhHai" → "Bình" + "Hai". That recovers names from dumps that lost their spaces.
 */

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
// rest (quotes, dashes, other scripts) on first sight, class + 1 (0 = not seen yet).
const TABLE_SIZE = 0x2000;
const TABLE = new Uint8Array(65536);
for (let c = 0; c < TABLE_SIZE; c++) TABLE[c] = classify(c) + 1;

/**
 * text.charCodeAt(i) without looking the method up on the string: the strings passed
 * here come in many internal representations (flat, sliced, concatenated; one- or
 * two-byte), which makes a `text.charCodeAt` call site megamorphic, so the optimiser
 * stops inlining it and every character costs a generic call (measured: tokenising
 * 2.3× slower after the rules were compiled). Called through a constant, the optimiser
 * emits the character load directly whatever the representation.
 */
const charCodeAt = String.prototype.charCodeAt;
export function codeAt(text: string, i: number): number {
  return charCodeAt.call(text, i);
}

function classAt(text: string, i: number): number {
  const c = codeAt(text, i);
  const t = TABLE[c]!;
  return t !== 0 ? t - 1 : learn(c);
}

/** classify a code unit past the table's first range, once */
function learn(c: number): number {
  const k = classify(c);
  TABLE[c] = k + 1;
  return k;
}

// per code unit: 1 + (1 when the unit changes under toLowerCase), filled on first sight
const UPPER_TABLE = new Uint8Array(65536);

/** the code unit is one toLowerCase changes (the test `ch !== ch.toLowerCase()`, from a table) */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let t = UPPER_TABLE[c]!;
  if (t === 0) {
    const ch = String.fromCharCode(c);
    t = ch !== ch.toLowerCase() ? 2 : 1;
    UPPER_TABLE[c] = t;
  }
  return t === 2;
}

export function tokenize(text: string): Tokens {
  const { s, e } = spanBuffer(text.length);
  const n = tokenSpansInto(text, { s, e });
  const t: string[] = [];
  for (let i = 0; i < n; i++) t.push(text.slice(s[i]!, e[i]!));
  return { t, s: Array.from(s.subarray(0, n)), e: Array.from(e.subarray(0, n)) };
}

/** Room for the token offsets of a text of `length` code units (a text has at most that many tokens). */
export interface SpanBuffer {
  s: Int32Array;
  e: Int32Array;
}

export function spanBuffer(length: number): SpanBuffer {
  return { s: new Int32Array(length), e: new Int32Array(length) };
}

/**
 * Token offsets only, written into `buf` (which must have room for text.length tokens):
 * the scanner slices the few tokens it looks at, and one buffer serves every field of an
 * article, so tokenising allocates nothing. Returns the number of tokens.
 */
export function tokenSpansInto(text: string, buf: SpanBuffer): number {
  const { s, e } = buf;
  const n = text.length;
  let k = 0;
  let i = 0;
  while (i < n) {
    const c = classAt(text, i);
    if (c === OTHER) {
      i++;
      continue;
    }
    let j = i + 1;
    if (c === DIGIT) {
      while (j < n && classAt(text, j) === DIGIT) j++;
      s[k] = i;
      e[k++] = j;
      i = j;
      continue;
    }
    let start = i;
    if (c === UPPER) {
      while (j < n && classAt(text, j) === UPPER) j++;
      if (j >= n || classAt(text, j) !== LOWER) {
        s[k] = i;
        e[k++] = j;
        i = j;
        continue;
      }
      // capitals then lower case: the last capital opens the word
      if (j - 1 > i) {
        s[k] = i;
        e[k++] = j - 1;
      }
      start = j - 1;
    }
    while (j < n && classAt(text, j) === LOWER) j++;
    s[k] = start;
    e[k++] = j;
    i = j;
  }
  return k;
}

/** The tokens of a short phrase (rules data). */
export function splitTokens(phrase: string): string[] {
  return tokenize(phrase).t;
}
