import { codeAt, foldKey, stripDiacritics } from '../../normalise/text.js';
import type { Entry } from './lexicon.js';

/**
 * A word or punctuation token of one text field: the facts about the word, shared by every
 * token of the same word (the word table's entry). A field's tokens are these entries in
 * order, and their offsets are a separate array of numbers (see `FieldTokens`): no object
 * is made per token (a 2.5 KB article has ~700 tokens).
 */
export type Tok = WordEntry;

// Only a syllable that ends in "oa", "oe" or "uy" can carry its tone mark on either vowel
// ("hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe"); other words skip the costlier NFD fold.
const TONE_PLACEMENT = /(?:[òóỏõọ][ae]|[ùúủũụ]y|o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])$/;

/** The comparison key of one word or phrase. */
export function wordKey(s: string): string {
  // plain toLowerCase: Vietnamese has no locale-specific case pairs, and it is much faster
  const lower = s.toLowerCase();
  // the regex only when the word ends in a toned a/e/y or in an o/u + a/e/y pair
  const last = lower.charCodeAt(lower.length - 1);
  if (last < 0x80 && last !== 97 && last !== 101 && last !== 121) return lower;
  return TONE_PLACEMENT.test(lower) ? foldKey(lower) : lower;
}

/**
 * Case of one UTF-16 code by ranges: ASCII, Latin-1, Latin Extended-A (even = upper),
 * Ơ/Ư, and Vietnamese Latin Extended Additional (even = upper). Other scripts fall back
 * to toLowerCase. Called for every character of a word, so no string is allocated.
 */
function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c < 0x100) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  if (c < 0x180) return (c & 1) === 0;
  if (c === 0x1a0 || c === 0x1af) return true;
  if (c < 0x300) return false;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 0;
  if (c >= 0x300 && c < 0x370) return false; // combining marks
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

function isLowerCode(c: number): boolean {
  if (c < 0x80) return c >= 97 && c <= 122;
  if (c < 0x100) return c >= 0xdf && c !== 0xf7;
  if (c < 0x180) return (c & 1) === 1;
  if (c === 0x1a1 || c === 0x1b0) return true;
  if (c < 0x300) return false;
  if (c >= 0x1ea0 && c <= 0x1ef9) return (c & 1) === 1;
  if (c >= 0x300 && c < 0x370) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toUpperCase();
}

function isUpperLetter(ch: string): boolean {
  return isUpperCode(ch.charCodeAt(0));
}

/** every cased letter upper case, and at least one letter */
function allUpper(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLowerCode(c)) return false;
    if (isUpperCode(c)) letters++;
  }
  return letters > 0;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
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
      // "Rịa-Vũng", "GD-ĐT", "COVID-19", but not "Nghĩa-ĐBQH" (a name and a tag)
      return joiner === '-' && !(allUpper(right) && right.length > 1 && !allUpper(left) && !isDigit(l0));
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

/**
 * A letter, combining mark or digit. A char loop with code-point ranges is several times
 * faster than a Unicode-property regex, and this runs over every character of every field.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x2000) return true; // Latin-1 letters, Latin Extended, combining marks, Greek, Cyrillic…
  if (c < 0x2c00) return false; // general punctuation, symbols, arrows…
  if (c >= 0x3000 && c < 0x3040) return false; // CJK punctuation
  if (c >= 0xd800 && c < 0xe000) return true; // surrogates: letters of the astral planes
  if (c >= 0xfe00 && c < 0xfe70) return false;
  if (c >= 0xff00 && c < 0xff10) return false;
  return true;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f;
}

// Vietnamese syllable shape, checked on the diacritic-free lower-case form.
export const VI_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/;
const GLUED = /\p{Ll}\p{Lu}/u;

function viSyllable(s: string): boolean {
  return VI_SYLLABLE.test(stripDiacritics(s.toLowerCase()));
}

/**
 * Where two words were glued by a crawler ("ThanhÔng", "NộiChủ", "IranMột"): the offset
 * of the second word inside w, or -1. Both halves must be Vietnamese syllables (or the
 * left a longer word), so "MacGregor", "iPhone" and "ThS" stay whole.
 */
function gluedAt(w: string): number {
  const m = GLUED.exec(w);
  if (!m) return -1;
  const p = m.index + 1;
  const left = w.slice(0, p);
  const right = w.slice(p);
  if (left.length < 2 || right.length < 2) return -1;
  if (viSyllable(left) && viSyllable(right)) return p;
  return left.length >= 4 && right.length >= 3 ? p : -1; // "KitcoMarc" 
}

/** What the tokenizer records about one word: a pure function of the word (and the rules). */
export interface WordInfo {
  k: string;
  cap: boolean;
  upper: boolean;
  num: boolean;
  f: number;
  p: Entry[] | null;
  m: number;
}

/** what the rules know about a word: the lexicon's phrases starting with its key, and marks */
export interface WordClasses {
  startFlags(key: string): number;
  phrasesAt(key: string): Entry[] | null;
  /** marks of the word as written (s) with key k */
  marksOf(s: string, k: string): number;
  /** the lexicon's flags of offices and their prefixes ("Phó", "Giám đốc"): a hyphen glued before a whole one separates ("Mưới-Phó Giám đốc") */
  officeFlags?: number;
}

/** the facts about word w; without rules its classes and marks are 0 */
export function wordInfo(w: string, classes?: WordClasses): WordInfo {
  const k = wordKey(w);
  const c0 = w.charCodeAt(0);
  const cap = isUpperCode(c0);
  const f = classes ? classes.startFlags(k) : 0;
  return {
    k,
    cap,
    upper: cap && allUpper(w),
    num: c0 >= 48 && c0 <= 57,
    f,
    p: f !== 0 ? classes!.phrasesAt(k) : null,
    m: classes ? classes.marksOf(w, k) : 0,
  };
}

/** a word as written, with its facts: one per distinct word in a `WordTable` */
export interface WordEntry extends WordInfo {
  s: string;
  /** a word, not punctuation */
  w: boolean;
}

/** a punctuation mark: no key of its own, no classes (the lexicon never matches one) */
function punctEntry(p: string): WordEntry {
  return { s: p, k: p, w: false, cap: false, upper: false, num: false, f: 0, p: null, m: 0 };
}

const PUNCT_ARRAY_SIZE = 0x2100; // ASCII, Latin-1 and general punctuation (dashes, quotes, ellipsis)

const LONG_WORD = 12; // longer words are not kept: V8 slices of 13+ chars would pin the field's text

/**
 * The words seen so far, looked up straight from the text (hash of the characters, open
 * addressing) so a word seen before costs no substring, no lower-casing and no Map lookup.
 * Vietnamese has a few thousand syllables, so after the first articles nearly every word
 * hits. Bounded: when full it starts over. It only caches pure facts about a word.
 */
export class WordTable {
  /** per slot: [hash, entry id + 1, offset of the word's characters in `chars`, length] */
  private readonly cells: Int32Array;
  /** the characters of every word kept, one after another: a probe compares against these */
  private chars: Uint16Array;
  private used = 0;
  private entries: WordEntry[] = [];
  /** punctuation marks by character code */
  private readonly puncts = new Map<number, WordEntry>();
  /** the same for codes below PUNCT_ARRAY_SIZE (null: not seen yet) */
  private readonly punctArr: (WordEntry | null)[] = new Array<WordEntry | null>(PUNCT_ARRAY_SIZE).fill(null);
  private readonly mask: number;
  private readonly maxEntries: number;
  /** the article whose tokens `lastTokens` holds (see tokensOf) */
  lastArticle: object | null = null;
  lastTokens: Map<string, FieldTokens> | null = null;

  constructor(
    private readonly classes: WordClasses,
    bits = 16,
  ) {
    this.cells = new Int32Array(4 << bits);
    this.mask = (1 << bits) - 1;
    this.maxEntries = 1 << (bits - 1); // at most half full: short probe runs
    this.chars = new Uint16Array(this.maxEntries * 4);
  }

  clear(): void {
    if (this.entries.length === 0) return;
    this.cells.fill(0);
    this.entries = [];
    this.used = 0;
  }

  /**
   * Does a whole office or prefix (rules: offices.json titles and prefixes) start at text[i]?
   * Its words are read on past spaces ("Giám đốc"); "Wen-Chi" opens none ("Chi" alone is no
   * office, only the first word of "Chi cục trưởng"). Only on the rare path of a glued hyphen.
   */
  officeAt(text: string, i: number): boolean {
    const mask = this.classes.officeFlags ?? 0;
    if (mask === 0) return false;
    const words = text.slice(i, i + 60).split(/[^\p{L}\p{N}]+/u, 5).map(wordKey);
    const entries = this.classes.phrasesAt(words[0]!);
    if (!entries) return false;
    return entries.some((e) => (e.flags & mask) !== 0 && e.keys.every((k, n) => words[n] === k));
  }

  /** the entry of the punctuation mark with code c (a pure function of c: kept across clears) */
  punct(c: number): WordEntry {
    // common marks (, . : " – …) from a packed array by code: no Map hashing per mark
    if (c < PUNCT_ARRAY_SIZE) {
      let e = this.punctArr[c]!;
      if (e === null) this.punctArr[c] = e = punctEntry(String.fromCharCode(c));
      return e;
    }
    let e = this.puncts.get(c);
    if (e === undefined) {
      e = punctEntry(String.fromCharCode(c));
      if (this.puncts.size < 4096) this.puncts.set(c, e);
    }
    return e;
  }

  /** the entry of the word text[start, end) */
  lookup(text: string, start: number, end: number): WordEntry {
    let h = FNV_BASIS;
    for (let i = start; i < end; i++) h = Math.imul(h ^ codeAt(text, i), FNV_PRIME);
    return this.lookupHashed(text, start, end, h);
  }

  /** as `lookup`, with the FNV-1a hash of the word's UTF-16 codes already computed */
  lookupHashed(text: string, start: number, end: number, h: number): WordEntry {
    const cells = this.cells;
    const chars = this.chars;
    const len = end - start;
    let slot = (h ^ (h >>> 15)) & this.mask;
    for (;;) {
      const at = 4 * slot;
      const id = cells[at + 1]!;
      if (id === 0) break;
      if (cells[at] === h && cells[at + 3] === len) {
        const off = cells[at + 2]!;
        let k = 0;
        while (k < len && chars[off + k] === codeAt(text, start + k)) k++;
        if (k === len) return this.entries[id - 1]!;
      }
      slot = (slot + 1) & this.mask;
    }
    const s = text.slice(start, end);
    const x = wordInfo(s, this.classes);
    if (len > LONG_WORD) return { s, k: x.k, w: true, cap: x.cap, upper: x.upper, num: x.num, f: x.f, p: x.p, m: x.m };
    const e: WordEntry = { s: intern(s), k: intern(x.k), w: true, cap: x.cap, upper: x.upper, num: x.num, f: x.f, p: x.p, m: x.m };
    if (this.entries.length >= this.maxEntries || this.used + len > this.chars.length) {
      this.clear();
      slot = (h ^ (h >>> 15)) & this.mask;
    }
    this.entries.push(e);
    const at = 4 * slot;
    cells[at] = h;
    cells[at + 1] = this.entries.length;
    cells[at + 2] = this.used;
    cells[at + 3] = len;
    for (let k = 0; k < len; k++) chars[this.used + k] = codeAt(text, start + k);
    this.used += len;
    return e;
  }
}

/**
 * The engine's single copy of a string (V8 keeps one copy of each property name). The
 * word table's strings are looked up in Sets and Maps (surnames, abbreviations…) and
 * compared with the lexicon's keys many times per word; as such copies those lookups and
 * comparisons measured several times faster. Only for strings kept in the table.
 */
export function intern(s: string): string {
  const o: Record<string, number> = {};
  o[s] = 0;
  for (const k in o) return k;
  return s;
}

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

// Character classes of the first 8,192 code points (all of Vietnamese), from the functions
// above, once at load: the tokenizer reads one byte per character instead of branching.
const CW = 1; // letter, mark or digit
const CS = 2; // space
const CU = 4; // upper-case letter
const CL = 8; // lower-case letter
const CHAR_TABLE_SIZE = 0x2000;

function charBitsOf(c: number): number {
  return (isWordChar(c) ? CW : 0) | (isSpace(c) ? CS : 0) | (isUpperCode(c) ? CU : 0) | (isLowerCode(c) ? CL : 0);
}

const CHAR_TABLE = new Uint8Array(CHAR_TABLE_SIZE);
for (let c = 0; c < CHAR_TABLE_SIZE; c++) CHAR_TABLE[c] = charBitsOf(c);

function charBits(c: number): number {
  return c < CHAR_TABLE_SIZE ? CHAR_TABLE[c]! : charBitsOf(c);
}

/**
 * Split one field into tokens, in one pass. Linear in the length of the text. With
 * `starts`, each token's offset in the text is appended to it (its end is the offset plus
 * the length of its `s`: a token is written exactly as in the text).
 * With a `WordTable` (the lexicon's, in the extractors) a word's key, case and lexicon
 * classes come from the table; without one they are computed and the classes are 0.
 */
export function tokenize(text: string, table?: WordTable, starts?: number[]): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = codeAt(text, i);
    const bits = charBits(c);
    if (bits & CS) {
      i++;
      continue;
    }
    if ((bits & CW) === 0) {
      out.push(table ? table.punct(c) : punctEntry(text[i]!));
      if (starts) starts.push(i);
      i++;
      continue;
    }
    const start = i;
    let j = i + 1;
    let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME); // the word's hash, for the table
    // a lower-case letter followed by an upper-case one inside the word, without a branch:
    // CL is CU's next bit, so (previous bits >> 1) & bits has CU set exactly then
    let glueBits = 0;
    let prevBits = bits;
    while (j < n) {
      const d = codeAt(text, j);
      const db = charBits(d);
      if ((db & CW) === 0) break;
      glueBits |= (prevBits >> 1) & db;
      prevBits = db;
      h = Math.imul(h ^ d, FNV_PRIME);
      j++;
    }
    const glue = (glueBits & CU) !== 0;
    const scanned = j;
    // word + joiner + word written without spaces: "Rịa-Vũng", "TP.HCM", "H'Hen", "3,6"
    while (j + 1 < n && (charBits(codeAt(text, j)) & (CS | CW)) === 0 && charBits(codeAt(text, j + 1)) & CW) {
      let k = j + 2;
      while (k < n && charBits(codeAt(text, k)) & CW) k++;
      if (!joins(text.slice(start, j), text[j]!, text.slice(j + 1, k))) break;
      // "Phạm Văn Mưới-Phó Giám đốc Sở …": a name and an office glued by a hyphen
      if (table && text[j] === '-' && isUpperCode(codeAt(text, j + 1)) && table.officeAt(text, j + 1)) break;
      j = k;
    }
    if (glue) {
      const glued = gluedAt(text.slice(start, j));
      if (glued > 0) j = start + glued;
    }
    let x: WordEntry;
    if (table) x = j === scanned ? table.lookupHashed(text, start, j, h) : table.lookup(text, start, j);
    else {
      const w = text.slice(start, j);
      const info = wordInfo(w);
      x = { s: w, k: info.k, w: true, cap: info.cap, upper: info.upper, num: info.num, f: 0, p: null, m: 0 };
    }
    out.push(x);
    if (starts) starts.push(start);
    i = j;
  }
  return out;
}

/** comparison key of a phrase: each word's key, single spaces ("Uỷ ban  X" = "ủy ban x") */
export function phraseKey(s: string): string {
  return s.trim().split(/\s+/).map(wordKey).join(' ');
}

/** the characters JS's \s (and trim) treat as white space */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `phraseKey(s)`, each space-separated piece's key taken from the word table: the same
 * string, without splitting, lower-casing or the tone check for pieces seen before.
 */
export function phraseKeyIn(table: WordTable, s: string): string {
  let first: string | null = null; // the key of a one-word phrase: the table's own string
  let keys: string[] | null = null;
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && isJsSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    let j = i + 1;
    while (j < n && !isJsSpace(s.charCodeAt(j))) j++;
    const k = table.lookup(s, i, j).k;
    if (keys) keys.push(k);
    else if (first === null) first = k;
    else keys = [first, k];
    i = j;
  }
  // join makes a flat string (no chain of concatenations): these keys are hashed and compared
  return keys ? keys.join(' ') : (first ?? '');
}

/** keys of a phrase as the tokenizer would give them ("Bà Rịa - Vũng Tàu" → 4 keys + "-") */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.k);
}

/** Fill the rules' classes of tokens made without a word table (as the table would give them). */
export function classify(toks: Tok[], classes: WordClasses): Tok[] {
  // without a table every token has an entry of its own, so filling it touches no other token
  for (const e of toks) {
    if (!e.w) continue;
    e.f = classes.startFlags(e.k);
    e.p = e.f !== 0 ? classes.phrasesAt(e.k) : null;
    e.m = classes.marksOf(e.s, e.k);
  }
  return toks;
}

/** One field's text and its tokens (the tokens' offsets index this text). */
export interface FieldTokens {
  /** the field's text (the tokens' offsets index it) */
  text: string;
  toks: Tok[];
  /** offset of each token in `text` */
  starts: number[];
}

/**
 * The fields of one article tokenized once for both the officials and the organisations
 * extractors (the pipeline hands both the same ArticleText object). The table keeps the
 * tokens of the last article only, keyed by that object's identity: another object (the
 * next article, or a caller that builds a new one) gets fresh tokens. One slot instead of
 * a WeakMap: weak entries cost the garbage collector work for every article.
 */
export function tokensOf(article: object, text: string, table: WordTable): FieldTokens {
  let m = table.lastArticle === article ? table.lastTokens : null;
  if (!m) {
    m = new Map();
    table.lastArticle = article;
    table.lastTokens = m;
  }
  let field = m.get(text);
  if (!field) {
    const starts: number[] = [];
    field = { text, toks: tokenize(text, table, starts), starts };
    m.set(text, field);
  }
  return field;
}
