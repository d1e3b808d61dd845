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

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const t = TABLE[c]!;
  if (t !== 0) return t - 1;
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
  const { s, e } = tokenSpans(text);
  return { t: s.map((a, i) => text.slice(a, e[i]!)), s, e };
}

/** Token offsets only: the scanner slices the few tokens it looks at. */
export function tokenSpans(text: string): { s: number[]; e: number[] } {
  const s: number[] = [];
  const e: number[] = [];
  const n = text.length;
  const push = (a: number, b: number) => {
    s.push(a);
    e.push(b);
  };
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
      push(i, j);
      i = j;
      continue;
    }
    let start = i;
    if (c === UPPER) {
      while (j < n && classAt(text, j) === UPPER) j++;
      if (j >= n || classAt(text, j) !== LOWER) {
        push(i, j);
        i = j;
        continue;
      }
      // capitals then lower case: the last capital opens the word
      if (j - 1 > i) push(i, j - 1);
      start = j - 1;
    }
    while (j < n && classAt(text, j) === LOWER) j++;
    push(start, j);
    i = j;
  }
  return { s, e };
}

/** The tokens of a short phrase (rules data). */
export function splitTokens(phrase: string): string[] {
  return tokenize(phrase).t;
}
