/**
 * A row's content column → blocks.
 *
 * Crawled content is often one line: paragraphs, captions, bylines and page chrome glued
 * with a single space or with nothing at all ("…và bếp.Lực lượng…", "Quảng BìnhHai bé trai…",
 * "Ảnh: Instagram Elsa HoskNgoài tóc…"). Where the glue left no space we know a paragraph
 * ended ("hard" boundary); elsewhere only sentence ends can be re-inferred. Then:
 *   - a sentence followed by a photo/video credit ("Ảnh: X", "(Ảnh: X)") is a caption;
 *   - sentences carrying page-chrome cues (footer, "Source link", "Độc giả gọi vào số…") are
 *     boilerplate, as are the trailing run of bylines / source lines / URLs;
 *   - a bare name at the end is a byline;
 *   - the rest are paragraphs (one per hard-bounded stretch; a long stretch with no hard
 *     boundary is cut every few sentences).
 */
import type { Block } from '../../types.js';
import type { ContentRules } from './rules.js';
import { hasVietnameseMarks, isVietnameseSyllable } from '../../input/encodings/vietnamese.js';
import { isJsSpace } from '../../normalise/text.js';
import { countWords, isDigitAt, isLetterAt, isLowerAt, isMarkAt, isUpperAt } from './chars.js';

/** paragraph separator used internally to mark hard boundaries */
const HARD = '\u2029';
const HARD_RE = /\u2029+/;
const URL_START = /https?:\/\/|www\./i;

/**
 * A link or an e-mail address: the test /https?:\/\/|www\.|\S+@\S+\.\w/i made, in
 * linear time (that regex backtracks over every "@" of a long run of non-space text). The
 * address part: in one run of non-space characters, an "@" with a character before it,
 * then at least one character, a "." and a letter, digit or "_".
 */
export function hasUrlOrMail(t: string): boolean {
  if (URL_START.test(t)) return true;
  const n = t.length;
  let runStart = 0;
  let at = -1; // the first "@" of the current run that has a character before it
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (isJsSpace(c)) {
      runStart = i + 1;
      at = -1;
      continue;
    }
    if (c === 64 /* @ */) {
      if (at < 0 && i > runStart) at = i;
      continue;
    }
    if (c === 46 /* . */ && at >= 0 && i >= at + 2 && isAsciiWordCode(t.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** [A-Za-z0-9_] */
function isAsciiWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

// code units: sentence stops, closing and opening quotes, bullets
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 0x201d || c === 0x2019; // ” ’
const isOpener = (c: number) => c === 34 || c === 0x201c || c === 0x2018; // " “ ‘
const isBullet = (c: number) => c === 0xbb || c === 0x2022 || c === 0x25aa || c === 0x25ba; // » • ▪ ►
const SPACE = 32;

/**
 * Mark the places where the glue left no space, in one pass over the line:
 *   "bếp.Lực", "2023.Năm", "nữa”.Lực"  a sentence end glued to a capitalised word
 *   "tân.\"Bị", "Trang\"Hôm"            an opening quote glued to what came before
 *   "…ra quân.» Xem lại"                a related-article bullet after a sentence
 *   "BìnhHai", "nhấtThuộc", "IDFĐường"  a capital inside a word where a Vietnamese syllable
 *                                       meets another (brand names like "VnExpress" stay)
 */
export function markHardBoundaries(line: string): string {
  const n = line.length;
  let out = '';
  let last = 0;
  for (let i = 1; i < n; i++) {
    const c = line.charCodeAt(i);
    // lower-case ASCII letters, digits and spaces (most of the text) open no boundary
    if ((c >= 97 && c <= 122) || c === SPACE || (c >= 48 && c <= 57)) continue;
    let cut = false;
    if (isUpperAt(line, i)) {
      if (!(isLowerAt(line, i + 1) || isMarkAt(line, i + 1))) continue;
      const prev = line.charCodeAt(i - 1);
      if (isStop(prev) || (isCloser(prev) && i >= 2 && isStop(line.charCodeAt(i - 2)))) cut = afterSentenceWord(line, i);
      else if (isLowerAt(line, i - 1) || isMarkAt(line, i - 1)) cut = camelCut(line, i, false);
      else if (isUpperAt(line, i - 1) && isUpperAt(line, i - 2)) cut = camelCut(line, i, true);
    } else if (isOpener(c)) {
      if (!isUpperAt(line, i + 1)) continue;
      const prev = line.charCodeAt(i - 1);
      if (isStop(prev)) cut = afterSentenceWord(line, i);
      else if ((isLowerAt(line, i - 1) || isMarkAt(line, i - 1)) && isLowerAt(line, i + 2)) cut = true;
    } else if (isBullet(c)) {
      let j = i - 1;
      while (j >= 0 && line.charCodeAt(j) === SPACE) j--;
      let k = i + 1;
      while (k < n && line.charCodeAt(k) === SPACE) k++;
      if (j < 0 || !isUpperAt(line, k)) continue;
      const b = line.charCodeAt(j);
      cut = isStop(b) || isCloser(b) || b === 34 || isLowerAt(line, j) || isDigitAt(line, j);
    } else continue;
    if (cut) {
      out += line.slice(last, i) + HARD;
      last = i;
    }
  }
  return last === 0 ? line : out + line.slice(last);
}

/** the punctuation before position i closes a sentence: the word before it ends in a lower-case letter, digit, bracket, % or quote */
function afterSentenceWord(line: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (isStop(line.charCodeAt(j)) || isCloser(line.charCodeAt(j)))) j--;
  if (j < 0) return false;
  const c = line.charCodeAt(j);
  return isLowerAt(line, j) || isMarkAt(line, j) || isDigitAt(line, j) || c === 41 || c === 93 || c === 37 || c === 34 || c === 39 || isCloser(c);
}

/** a capital at i inside a word: cut when a Vietnamese syllable meets another there */
function camelCut(w: string, i: number, upperRun: boolean): boolean {
  let j = i - 1;
  if (upperRun) while (j > 0 && isUpperAt(w, j - 1)) j--;
  else while (j > 0 && isLetterAt(w, j - 1) && !isUpperAt(w, j)) j--;
  let k = i + 1;
  while (k < w.length && isLetterAt(w, k) && !isUpperAt(w, k)) k++;
  const right = w.slice(i, k);
  if (upperRun) return i - j >= 2 && hasVietnameseMarks(right) && isVietnameseSyllable(right);
  const left = w.slice(j, i);
  const vi = hasVietnameseMarks(left) || hasVietnameseMarks(right);
  return vi && (isVietnameseSyllable(left) || isVietnameseSyllable(right));
}

export function wordCount(s: string): number {
  return countWords(s);
}

// sentence stops (isStop); the splitter visits these, not every character
const STOPS = /[.!?\u2026]/g;

/**
 * Split a stretch of text into sentences, not after abbreviations ("TP. HCM", "ThS. Lan").
 * A break is a space right after a stop (or after a stop and one closing mark) before a
 * capital or digit; the stops are found by a regex scan and only their neighbourhood is read.
 */
export function splitSentences(text: string, r: ContentRules): string[] {
  const out: string[] = [];
  let start = 0;
  const n = text.length;
  STOPS.lastIndex = 0;
  for (let m = STOPS.exec(text); m !== null; m = STOPS.exec(text)) {
    const p = m.index;
    // the space: right after the stop, or after a closing quote/bracket that follows it
    let i = p + 1;
    const pc = text.charCodeAt(i);
    if (isCloser(pc) || pc === 34 || pc === 41 || pc === 93 || pc === 39) i++;
    if (i >= n || text.charCodeAt(i) !== SPACE) continue;
    // …before a capital or digit (an opening quote or bracket may stand first)
    let k = i + 1;
    while (k < n && text.charCodeAt(k) === SPACE) k++;
    let q = k;
    const qc = text.charCodeAt(q);
    if (isOpener(qc) || qc === 40 || qc === 39) q++;
    if (!(isUpperAt(text, q) || isDigitAt(text, q))) continue;
    if (text.charCodeAt(p) === 46 && noBreak(text, p, r)) continue;
    const s = text.slice(start, i).trim();
    if (s) out.push(s);
    start = k;
  }
  const tail = text.slice(start).trim();
  if (tail) out.push(tail);
  return out;
}

/** the full stop at p follows an abbreviation or an initial ("TP.", "ThS.", "A.") */
function noBreak(text: string, p: number, r: ContentRules): boolean {
  let j = p - 1;
  while (j >= 0 && text.charCodeAt(j) !== SPACE) j--;
  if (p - j - 1 === 1) return isUpperAt(text, p - 1);
  const word = text.slice(j + 1, p);
  return !!word && r.noBreakAfter.has(word);
}

interface Piece {
  text: string;
  /** this piece starts after a hard boundary (or at the start of a line) */
  hard: boolean;
  /** the very first piece of the content */
  first: boolean;
  /** the article's date line */
  dateline: boolean;
}

/**
 * Every piece is made here, with all four properties in one order: pieces of several
 * shapes made the optimised code of piecesToBlocks deoptimise and recompile again and
 * again on a long batch.
 */
const piece = (text: string, hard: boolean, first = false, dateline = false): Piece => ({ text, hard, first, dateline });

/**
 * A location stamp glued to the first word ("Quảng BìnhHai bé trai…", "Hà NộiKhoa Cấp cứu…")
 * becomes a dateline-style "Quảng Bình - Hai bé trai…". Only a short capitalised run at the
 * very start counts.
 */
export function joinLocationStamp(text: string): string {
  const marked = markHardBoundaries(text.slice(0, 60));
  const k = marked.indexOf(HARD);
  if (k <= 0) return text;
  const head = marked.slice(0, k).trim();
  if (!/^(?:\p{Lu}[\p{L}\p{M}.]*\s?){1,4}$/u.test(head) || /[!?]/.test(head) || /\.$/.test(head)) return text;
  // k counts characters of the marked head; the original text has no marker, so cut at k
  return head + ' - ' + text.slice(k).trimStart();
}

/** Content text (already normalised) → blocks (paragraph, caption, byline, boilerplate). */
export function contentBlocks(content: string, r: ContentRules): Block[] {
  const pieces: Piece[] = [];
  let first = true;
  for (const rawLine0 of content.split('\n')) {
    const rawLine = first && rawLine0.trim() ? joinLocationStamp(rawLine0.trim()) : rawLine0;
    if (rawLine0.trim()) first = false;
    const line = rawLine.trim();
    if (!line) continue;
    const chunks = markHardBoundaries(line).split(HARD_RE);
    for (const chunk of chunks) {
      const sentences = splitSentences(chunk.trim(), r);
      for (let i = 0; i < sentences.length; i++) pieces.push(piece(sentences[i]!, i === 0, pieces.length === 0));
    }
  }
  return piecesToBlocks(splitDateline(pieces, r), r);
}

/** a date line glued to the start of the content becomes a piece of its own (kind decided later) */
function splitDateline(pieces: Piece[], r: ContentRules): Piece[] {
  const first = pieces[0];
  if (!first) return pieces;
  const m = r.dateline.exec(first.text);
  if (!m) return pieces;
  const out = [piece(m[0].trim(), true, false, true), piece(first.text.slice(m[0].length).trim(), true)];
  for (let i = 1; i < pieces.length; i++) out.push(pieces[i]!);
  return out;
}

type Kind = Block['kind'];

function piecesToBlocks(input: Piece[], r: ContentRules): Block[] {
  // credits split off into caption pieces
  const pieces: Piece[] = [];
  const kinds: Kind[] = [];
  for (const p of input) {
    if (p.dateline) {
      pieces.push(p);
      kinds.push('dateline');
      continue;
    }
    for (const part of splitCredits(p, r)) {
      pieces.push(part.piece);
      kinds.push(part.kind);
    }
  }
  // flags per piece in typed arrays: one fixed shape whatever the count (an empty array made
  // by map() has another elements kind than a full one, and costs a deoptimisation)
  const dropped = new Uint8Array(pieces.length);

  // a bare credit ("Video: IDF") takes the sentences before it as its caption: back to the start
  // of the glued stretch when that is close (≤ 3 sentences), else only the last sentence
  for (let i = 0; i < pieces.length; i++) {
    if (kinds[i] !== 'caption' || !isCreditOnly(pieces[i]!.text, r)) continue;
    const taken: number[] = [];
    let reachedStart = false;
    for (let j = i - 1; j >= 0 && kinds[j] === 'paragraph' && !dropped[j] && taken.length < 3; j--) {
      taken.unshift(j);
      if (pieces[j]!.hard) {
        // the start of the whole text is no evidence of where a caption begins
        reachedStart = !pieces[j]!.first || taken.length === 1;
        break;
      }
    }
    const use = reachedStart ? taken : taken.slice(-1);
    if (!use.length) {
      kinds[i] = 'boilerplate';
      continue;
    }
    for (const j of use) dropped[j] = 1;
    pieces[i] = piece(use.map((j) => pieces[j]!.text).join(' ') + ' ' + pieces[i]!.text, pieces[use[0]!]!.hard);
  }

  // chrome sentences anywhere; related-article bullets
  const noChrome = new Uint8Array(pieces.length); // holds no chrome cue (tested, none found)
  for (let i = 0; i < pieces.length; i++) {
    if (kinds[i] !== 'paragraph' || dropped[i]) continue;
    const t = pieces[i]!.text;
    if (r.bullet.test(t)) {
      kinds[i] = 'boilerplate';
      continue;
    }
    if (!r.chrome.test(t)) {
      noChrome[i] = 1;
      continue;
    }
    if (wordCount(t) < 40 || hasUrlOrMail(t)) kinds[i] = 'boilerplate';
  }

  // the page footer: from a footer cue in the last third on, everything but captions is chrome
  // (a sentence with no chrome cue can only hold the footer cues that are not chrome cues)
  const third = Math.floor((pieces.length * 2) / 3);
  for (let i = third; i < pieces.length; i++) {
    if (dropped[i] || kinds[i] === 'caption') continue;
    const t = pieces[i]!.text;
    if (!(noChrome[i] ? r.footerOnly.test(t) : r.footer.test(t))) continue;
    for (let j = i; j < pieces.length; j++) if (kinds[j] === 'paragraph') kinds[j] = 'boilerplate';
    break;
  }

  // the trailing run: bylines, source lines, links, short debris
  for (let i = pieces.length - 1; i >= 0; i--) {
    if (dropped[i] || kinds[i] === 'boilerplate') continue;
    if (kinds[i] !== 'paragraph') break;
    const t = pieces[i]!.text;
    if (bylineLike(t)) kinds[i] = 'byline';
    else if (r.trailingSource.test(t) || hasUrlOrMail(t) || (wordCount(t) < 8 && !/[.!?…"”]$/u.test(t))) kinds[i] = 'boilerplate';
    else break;
  }
  // a byline right before page chrome (video pages open with "Name - Name" then the footer)
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (kinds[i] === 'paragraph' && !dropped[i] && kinds[i + 1] === 'boilerplate' && bylineLike(pieces[i]!.text)) kinds[i] = 'byline';
  }

  // sentences → paragraphs: a new paragraph at each hard boundary, and every few sentences
  // when a stretch has none
  const blocks: Block[] = [];
  // crawled galleries repeat each text twice: a paragraph or caption seen before is dropped
  // (one set of texts per kind: no "kind|text" key to build and hash)
  const seenParagraphs = new Set<string>();
  const seenCaptions = new Set<string>();
  const push = (kind: Kind, text: string) => {
    if (kind === 'paragraph' || kind === 'caption') {
      const seen = kind === 'paragraph' ? seenParagraphs : seenCaptions;
      if (text.length > 30 && seen.has(text)) return;
      seen.add(text);
    }
    blocks.push({ kind, text });
  };
  let cur: string[] = [];
  let curLen = 0;
  const flush = () => {
    if (cur.length) push('paragraph', cur.join(' '));
    cur = [];
    curLen = 0;
  };
  for (let i = 0; i < pieces.length; i++) {
    if (dropped[i]) continue;
    const k = kinds[i]!;
    const p = pieces[i]!;
    if (k === 'paragraph') {
      if (p.hard || cur.length >= 4 || curLen > 600) flush();
      cur.push(p.text);
      curLen += p.text.length;
      continue;
    }
    flush();
    push(k, p.text);
  }
  flush();
  return blocks;
}

interface CreditPart {
  piece: Piece;
  kind: Kind;
}

/**
 * Cut a sentence at photo/video credits: "… ngày 7/2. Video: IDF" → caption part; the credit's
 * name runs over capitalised words and stops where a new sentence starts ("Ảnh: Pinterest Chỉ
 * cần…": "Chỉ cần" opens the next sentence).
 */
function splitCredits(p: Piece, r: ContentRules): CreditPart[] {
  // a credit needs a colon and a marker word: most sentences have neither, and the
  // marker regex (look-behinds, Unicode classes) is slow to run over them
  if (!p.text.includes(':') || !r.creditFirstWords.some((w) => p.text.includes(w))) return [{ piece: p, kind: 'paragraph' }];
  const re = r.credit;
  const out: CreditPart[] = [];
  let rest = p.text;
  let hard = p.hard;
  for (let guard = 0; guard < 10; guard++) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) break;
    const afterLabel = m.index + m[0].length;
    const nameEnd = creditNameEnd(rest, afterLabel, r.creditNameStops);
    if (nameEnd <= afterLabel) break;
    const before = rest.slice(0, m.index).trim();
    const credit = rest.slice(m.index, nameEnd).trim();
    const text = (before ? before + ' ' : '') + credit;
    out.push({ piece: piece(text.trim(), hard, p.first && !out.length), kind: 'caption' });
    rest = rest.slice(nameEnd).trim();
    hard = true;
    if (!rest) break;
  }
  if (rest) out.push({ piece: piece(rest, hard, p.first && !out.length), kind: 'paragraph' });
  return out;
}

/** where the credited name(s) after "Ảnh:" end */
function creditNameEnd(s: string, from: number, stops: Set<string>): number {
  const tail = s.slice(from);
  // parenthesised credit: up to the closing bracket
  if (s.slice(0, from).includes('(') && /^[^()]*\)/.test(tail)) return from + tail.indexOf(')') + 1;
  const tokenRe = /\s*([^\s]+)/gy;
  let end = from;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = tokenRe.exec(tail)) && count < 8) {
    const tok = m[1]!;
    const next = /^\s*([^\s]+)/.exec(tail.slice(tokenRe.lastIndex))?.[1] ?? '';
    if (/^[-–—,&\/+;]$/.test(tok) || /^(?:và|and|\/)$/i.test(tok)) {
      end = from + tokenRe.lastIndex;
      continue;
    }
    // an opening quote starts the next sentence ("Ảnh: Kiev Post “Nếu …")
    if (/^["“‘]/u.test(tok)) break;
    const cap = /^\(?[\p{Lu}\d]/u.test(tok);
    if (!cap) break;
    // a form of address or a sentence opener after the name starts the next sentence
    // ("Ảnh: An Phương Ông Nguyễn Văn B, Chủ tịch …", "Ảnh: Lê Tuyết Ngoài ra, …")
    if (count > 0 && stops.has(tok.replace(/[,;]$/, ''))) break;
    // a capitalised word followed by a lower-case word opens a sentence
    if (count > 0 && /^\p{Ll}/u.test(next) && !/[,;]$/.test(tok)) break;
    end = from + tokenRe.lastIndex;
    count++;
    if (/[.!?…)]$/.test(tok)) break;
  }
  return end;
}

function isCreditOnly(text: string, r: ContentRules): boolean {
  const re = r.credit;
  re.lastIndex = 0;
  const m = re.exec(text);
  return !!m && text.slice(0, m.index).trim() === '';
}

/** a bare byline: one to a few capitalised names, with "-", ",", "(T/h)" between them */
export function bylineLike(t: string): boolean {
  const s = t.replace(/\((?:t\/h|th|tổng hợp|tổng hợp\s*\/\s*[^)]*)\)/giu, '').trim();
  if (!s || /[.!?…:;"”]$/u.test(s) && !/\.$/.test(s)) return false;
  const words = s.replace(/\.$/, '').split(/\s+/).filter((w) => !/^[-–—,&]$/.test(w));
  if (words.length < 1 || words.length > 9) return false;
  if (words.length === 1 && words[0]!.length < 3) return false;
  return words.every((w) => /^\p{Lu}[\p{L}\p{M}'’.]*,?$/u.test(w)) && words.some((w) => hasVietnameseMarks(w) || isVietnameseSyllable(w.replace(/[,.]/g, '')));
}
