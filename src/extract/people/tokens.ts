import { foldKey } from '../../normalise/text.js';

/**
 * A word or punctuation token of one text field, with its offsets (JS string indices,
 * end exclusive) and the flags the person/position grammar looks at.
 */
export interface Tok {
  s: string;
  /** comparison key: lower case, tone placement folded ("Uỷ" = "Ủy") */
  k: string;
  start: number;
  end: number;
  /** a word (letters/digits), not punctuation */
  w: boolean;
  /** a word whose first character is an upper-case letter */
  cap: boolean;
  /** every letter upper case (UBND, TP.HCM, BS.CK2); implies cap */
  upper: boolean;
  /** starts with a digit */
  num: boolean;
}

// Atoms: runs of letters/marks/digits, or one other non-space character.
const ATOM = /([\p{L}\p{M}\p{N}]+)|(\S)/gu;
// Only syllables with "oa", "oe", "uy" can differ in where the tone mark sits
// ("hoà"/"hòa", "thuỷ"/"thủy"); other words skip the costly NFD fold.
const TONE_PLACEMENT = /[oòóỏõọ][aàáảãạeèéẻẽẹ]|[uùúủũụ][yỳýỷỹỵ]/;

/** The comparison key of one word or phrase. */
export function wordKey(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return TONE_PLACEMENT.test(lower) ? foldKey(lower) : lower;
}

function isUpperLetter(ch: string): boolean {
  return ch !== ch.toLocaleLowerCase('vi') && ch === ch.toLocaleUpperCase('vi');
}

function allUpper(s: string): boolean {
  let letters = 0;
  for (const ch of s) {
    const lo = ch.toLocaleLowerCase('vi');
    const up = ch.toLocaleUpperCase('vi');
    if (lo === up) continue; // digit or mark or punctuation
    if (ch !== up) return false;
    letters++;
  }
  return letters > 0;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

interface Atom {
  s: string;
  start: number;
  end: number;
  word: boolean;
}

/**
 * Should `left` + joiner + `right` (written with no spaces) be one token?
 * "Rịa-Vũng", "GD-ĐT", "2021-2026", "TP.HCM", "BS.CK2", "H'Hen", "3,6", "686-QĐ/TU";
 * but "bếp.Lực" (two sentences glued by a crawler) stays apart.
 */
function joins(left: string, joiner: string, right: string): boolean {
  const l0 = left[0]!;
  const r0 = right[0]!;
  switch (joiner) {
    case '-':
    case '–':
      return joiner === '-';
    case "'":
    case '’':
      return !isDigit(l0) && !isDigit(r0) && left.length <= 2;
    case '.': {
      if (isDigit(left[left.length - 1]) && isDigit(r0)) return true;
      const piece = left.slice(left.lastIndexOf('.') + 1);
      return isUpperLetter(piece[0]!) && piece.length <= 4 && (allUpper(right) || isDigit(r0)) && (isUpperLetter(r0) || isDigit(r0));
    }
    case '&':
      return allUpper(left) && allUpper(right);
    case ',':
      return isDigit(left[left.length - 1]) && isDigit(r0);
    case '/':
      return (isDigit(l0) || allUpper(left)) && (isDigit(r0) || allUpper(right));
    default:
      return false;
  }
}

/** Split one field into tokens. Linear in the length of the text. */
export function tokenize(text: string): Tok[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM.exec(text)) !== null) {
    atoms.push({ s: m[0], start: m.index, end: m.index + m[0].length, word: m[1] !== undefined });
  }
  // merge word + joiner + word written without spaces
  const merged: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const prev = merged[merged.length - 1];
    const next = atoms[i + 1];
    if (
      !a.word &&
      prev &&
      prev.word &&
      next &&
      next.word &&
      prev.end === a.start &&
      a.end === next.start &&
      joins(prev.s, a.s, next.s)
    ) {
      prev.s = text.slice(prev.start, next.end);
      prev.end = next.end;
      i++;
      continue;
    }
    merged.push({ ...a });
  }
  return merged.map((a) => {
    const c0 = a.s[0]!;
    const cap = a.word && isUpperLetter(c0);
    return {
      s: a.s,
      k: a.word ? wordKey(a.s) : a.s,
      start: a.start,
      end: a.end,
      w: a.word,
      cap,
      upper: cap && allUpper(a.s),
      num: isDigit(c0),
    };
  });
}

/** keys of a phrase as the tokenizer would give them ("Bà Rịa - Vũng Tàu" → 4 keys + "-") */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.k);
}
