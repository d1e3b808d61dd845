/**
 * Reading the number itself: digits as Vietnamese print them ("2.000" = 2000, "19,7" =
 * 19.7, "1.234,5"), ranges ("15-16", "0,2-1"), digits glued to a unit ("2km"), and number
 * words ("ba mươi lăm" = 35, "một trăm lẻ năm" = 105).
 */
import type { FigureRules } from './rules.js';
import type { Tok } from './words.js';

// dot groups of three are thousands, a comma is the decimal mark
const VN_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)$/;
const GLUED_UNIT = /^(\d[\d.,]*?)(\p{L}+\d?)$/u;
/** a bare digit run this long is a code or a phone number, not a quoted amount */
const MAX_PLAIN_DIGITS = 7;

/** "2.000" → 2000, "19,7" → 19.7; null for anything else (codes, "0912…", "3.1") */
export function parseVnNumber(t: string): number | null {
  if (t.length > 24 || !VN_NUMBER.test(t)) return null;
  // a leading zero that is not "0,5" marks a phone number, code or zero-padded day
  if (t.length > 1 && t.charCodeAt(0) === 48 && t.charAt(1) !== ',') return null;
  if (!t.includes('.') && !t.includes(',') && t.length >= MAX_PLAIN_DIGITS) return null;
  const v = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(v) ? v : null;
}

export interface NumberToken {
  value: number;
  max: number | null;
  /** unit glued to the digits ("2km"), as the rules spell it */
  glued: string | null;
  /** "15/15 xã": the whole the count is taken from; such a token is a figure only before a counted noun */
  ofWhole?: number;
  /** "9/11 xã" also reads as a day and month: a figure only after a verb or qualifier ("có 9/11 xã") */
  dateLike?: boolean;
}

/**
 * Classify one token that starts with a digit. Returns null for dates ("8/1", "15-1-2021"),
 * codes ("686-QĐ/TU"), times ("8h30") and anything else that is not a plain amount.
 */
const PART_OF_WHOLE = /^(\d{1,4})\/(\d{1,4})$/;

export function readDigitToken(text: string, r: FigureRules): NumberToken | null {
  if (text.includes('/')) {
    // "15/15 xã": so many of so many; only counted nouns confirm it (the caller checks)
    const m = PART_OF_WHOLE.exec(text);
    const n = Number(m?.[1]);
    const whole = Number(m?.[2]);
    // a day/month pair stays a date unless the count is of the whole ("11/11 huyện")
    const dateLike = n <= 31 && whole <= 12 && n !== whole;
    if (m && n <= whole && whole >= 2 && m[1]!.charCodeAt(0) !== 48) {
      // "1/6 dân số" is a fraction, not one of six
      if (dateLike) return n >= 2 ? { value: n, max: null, glued: null, ofWhole: whole, dateLike: true } : null;
      return { value: n, max: null, glued: null, ofWhole: whole };
    }
    return null; // dates, fractions, document numbers
  }
  const dash = text.indexOf('-');
  if (dash >= 0) {
    const parts = text.split('-');
    if (parts.length !== 2) return null; // "15-1-2021"
    const a = parseVnNumber(parts[0]!);
    const b = parseVnNumber(parts[1]!);
    // a range runs upwards; "2-1" is a score, "11-10" a date: neither has a unit anyway
    if (a === null || b === null || !(b > a)) return null;
    return { value: a, max: b, glued: null };
  }
  const v = parseVnNumber(text);
  if (v !== null) return { value: v, max: null, glued: null };
  const m = GLUED_UNIT.exec(text);
  if (m) {
    const u = r.glued.get(m[2]!);
    const n = parseVnNumber(m[1]!);
    if (u && n !== null) return { value: n, max: null, glued: u };
  }
  return null;
}

/**
 * Read number words from toks[0]: "ba mươi lăm" → 35, "hai mươi tư" → 24, "một trăm lẻ
 * năm" → 105, "mười" → 10, "bảy" → 7. Returns the value and how many tokens it used, or
 * null when toks[0] cannot open a number ("một" alone is the article, "năm" alone "year").
 */
export function readNumberWords(toks: Tok[], r: FigureRules, counted = false): { value: number; n: number } | null {
  const nr = r.numbers;
  const w = (i: number) => toks[i]?.low ?? '';
  const first = w(0);
  // (`counted`: the caller saw a counted noun after it, "năm giáo viên")
  if (nr.noStart.has(first) && !nr.startOnlyBefore.has(w(1)) && !counted) return null;
  // the units digit after mười/mươi: "mốt", "tư", "lăm" or a plain digit, never "năm" (then it
  // is the unit "year": "mười năm" = ten years) nor "không"
  const unitAfterTens = (i: number): number | undefined => {
    const x = w(i);
    if (x === 'năm' || x === 'không') return undefined;
    return nr.afterTens.get(x) ?? nr.digits.get(x);
  };
  let i = 0;
  let v = 0;
  const d0 = nr.digits.get(first);
  if (d0 !== undefined && nr.hundred.has(w(1))) {
    v = d0 * 100;
    i = 2;
    if (nr.zeroLink.has(w(2))) {
      const d = nr.digits.get(w(3)) ?? nr.afterTens.get(w(3));
      if (d !== undefined) return { value: v + d, n: 4 };
      return { value: v, n: 2 };
    }
  }
  if (nr.ten.has(w(i))) {
    v += 10;
    i++;
    const u = unitAfterTens(i);
    if (u !== undefined) return { value: v + u, n: i + 1 };
    return { value: v, n: i };
  }
  const d = nr.digits.get(w(i));
  if (d !== undefined && nr.tens.has(w(i + 1))) {
    v += d * 10;
    i += 2;
    const u = unitAfterTens(i);
    if (u !== undefined) return { value: v + u, n: i + 1 };
    return { value: v, n: i };
  }
  if (i > 0) return { value: v, n: i }; // "hai trăm" (a digit right after trăm is ambiguous: stop)
  if (d0 !== undefined) return { value: d0, n: 1 };
  return null;
}
