/**
 * Quoted figures (SPEC §2 "figures"): every count or amount the text quotes, with its unit,
 * multiplier, qualifier and what is counted.
 *
 * One pass per text field: a compiled regex finds the next digit or number word, and the
 * few words around it decide the rest. A number becomes a figure only when a unit or a
 * counted noun from rules/units.json (or a multiplier word, or "%") follows it, and no
 * word before it makes it a date, an ordinal, a name or a document number ("ngày 8/1",
 * "khóa XI", "số 120", "Điều 328"); reporting periods ("6 tháng đầu năm") are left out.
 */
import type { ArticleText, Span } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Figure } from '../../record/schema.js';
import type { FigureRules, UnitKind } from './rules.js';
import { readDigitToken, readNumberWords, parseVnNumber } from './numbers.js';
import {
  tokenAt,
  tokensAfter,
  tokensBefore,
  tokenBefore,
  isWordCode,
  isDigitCode,
  isCapitalised,
  isSentenceEnd,
  type Tok,
} from './words.js';

type Field = Span['field'];

export function extractFigures(text: ArticleText, rules: Rules): Figure[] {
  const r = rules.figures;
  const out: Figure[] = [];
  if (text.title) scanField(text.title, 'title', 0, r, out);
  text.paragraphs.forEach((p, i) => scanField(p, 'paragraphs', i, r, out));
  text.captions.forEach((c, i) => scanField(c, 'captions', i, r, out));
  return out;
}

/** A number read at some position, before its unit is looked at. */
interface NumberRead {
  value: number;
  max: number | null;
  start: number;
  /** where the unit search starts */
  end: number;
  glued: string | null;
  words: boolean;
  /** written as a bare year-like number: four digits, 1900-2100, no range */
  plainYear: boolean;
  /** "15/15": needs a counted noun after it, else it is a date */
  partOfWhole: boolean;
  /** "9/11": a part of a whole that also reads as a date (needs a verb or qualifier before it too) */
  dateLike?: boolean;
}

/**
 * Scan one string; push the figures found. A figure may start at any digit, or where a
 * number word opens a word (a number word inside a word is not one: "hai" in "khai").
 * The scan position always moves forward.
 */
export function scanField(s: string, field: Field, index: number, r: FigureRules, out: Figure[]): void {
  const words = r.numberStarts;
  let prevEnd = -1;
  let pos = 0;
  while ((pos = words.nextStart(s, pos)) >= 0) {
    const isDigit = isDigitCode(s.charCodeAt(pos));
    let len = 1;
    if (!isDigit) {
      // the number word the rules list first among those written here ("bảy" before "ba")
      const a = words.matchAt(s, pos);
      if (a < 0) {
        pos++;
        continue;
      }
      len = words.lengths[a]!;
    }
    let next = pos + len;
    let num: NumberRead | null = null;
    if (isDigit) {
      const tok = tokenAt(s, pos)!;
      next = tok.end;
      if (!gluedLeft(s, pos)) num = readDigits(s, tok, r);
    } else if (!isWordCode(s.charCodeAt(next))) {
      // a number word standing as a whole word, not "ba" opening "bao"
      num = readWords(s, pos, r);
    }
    if (num) {
      const fig = buildFigure(s, field, index, num, prevEnd, r);
      if (fig) {
        // "364.000 tỉ đồng, tương đương 120.000 tỉ đồng/năm": the same amount restated
        const last = out[out.length - 1];
        if (fig.figure.object === null && last && last.object !== null && last.span.field === field && last.span.index === index && restates(s, last.span.end, fig.figure, r)) {
          fig.figure.object = last.object;
        }
        out.push(fig.figure);
        prevEnd = fig.figure.span.end;
        next = Math.max(next, fig.figure.span.end);
      }
    }
    pos = Math.max(next, pos + 1);
  }
}

/**
 * Does only a restating word ("tương đương", "tức"; rules: units.json restateWords) stand
 * between the previous figure's end and this one (its qualifier aside)?
 */
function restates(s: string, prevEnd: number, fig: Figure, r: FigureRules): boolean {
  let end = fig.span.start;
  if (fig.qualifier !== null && s.endsWith(fig.qualifier, end - 1)) end = s.lastIndexOf(fig.qualifier, end);
  if (end <= prevEnd || end - prevEnd > 40) return false;
  const toks = tokensAfter(s, prevEnd, 8).filter((t) => t.start < end && t.text !== ',' && t.text !== '(');
  return toks.length > 0 && r.restateWords.matchAfter(toks, 0) === toks.length;
}

/**
 * Tokens of the borrowed counted noun (office, body head, document kind) at after[i], or 0.
 * These words are common nouns only in some places, so each guard says where they are not:
 * - capitalised ("Giám đốc Sở …") the word opens a name or a title;
 * - after a capitalised word ("Chuyên đề 5 hướng dẫn", "Nexus 5 sở hữu") the number is part
 *   of a label, and the word after it is the verb of the sentence (numStart < 0: not asked);
 * - one syllable followed by another word may open a longer word ("sở hữu", "hội thi",
 *   "cục tiền"), so it counts only before punctuation, a name, or a word that ends a phrase
 *   ("80 trạm tại …", "38 khoa, phòng").
 */
function borrowedAt(s: string, numStart: number, after: Tok[], i: number, r: FigureRules): number {
  const t = after[i];
  if (!t || !t.word || isCapitalised(t.text)) return 0;
  const n = r.borrowedNouns.matchAfter(after, i);
  if (n === 0) return 0;
  if (n === 1) {
    const nx = after[i + 1];
    if (nx && nx.word && !isCapitalised(nx.text) && r.afterStops.matchAfter(after, i + 1) === 0 && r.afterStartOnly.matchAfter(after, i + 1) === 0) return 0;
  }
  if (numStart >= 0) {
    const prev = tokenBefore(s, numStart);
    if (prev && prev.word && isCapitalised(prev.text) && !atSentenceStart(s, prev.start)) return 0;
  }
  return n;
}

/**
 * Tokens of a noun no list holds, counted by a plain number ("10 công nghệ", "3 động lực"),
 * or 0. Only after digits (not a year, range, fraction or 0), where what stands before the
 * number says it counts (countCueBefore), and when the word is none of the closed classes the
 * rules list (verbs, function words, stop words, labels, modifiers: isClosedWord).
 */
function openNounAt(s: string, numStart: number, after: Tok[], i: number, r: FigureRules, listed = false): number {
  const t = after[i];
  if (!t || !t.word || t.text.length < 2 || isCapitalised(t.text) || hasDigit(t.text)) return 0;
  // the context first: it refuses most bare numbers (labels, dates) in one short look back
  if (!countCueBefore(s, numStart, r, listed)) return 0;
  if (r.notOpenNouns.matchAfter(after, i) > 0 || isClosedWord(after, i, r)) return 0;
  // "2 nam thanh niên", "4 dòng sản phẩm": a word before a listed counted noun is one unit with it
  const known = r.units.matchAfter(after, i + 1);
  if (known > 0 && r.unitKind.get(after.slice(i + 1, i + 1 + known).map((x) => x.low).join(' ')) === 'noun') return 1 + known;
  // most Vietnamese nouns are two syllables ("động lực", "công nghệ", "chiến thắng"): the next
  // syllable belongs to the noun unless it is a function word, a modifier or a verb phrase
  const nx = after[i + 1];
  const two = !!nx && nx.word && !isCapitalised(nx.text) && !hasDigit(nx.text) && !isFunctionWord(after, i + 1, r) && r.notOpenNouns.matchAfter(after, i + 1) === 0 && r.verbs.matchAfter(after, i + 1) < 2;
  return two ? 2 : 1;
}

/** the number opens the next item of a list of figures: one comma and at most a word or two (a qualifier) since the last figure */
function listItemAfterFigure(s: string, prevEnd: number, numStart: number): boolean {
  if (prevEnd < 0 || numStart - prevEnd > 16) return false;
  let commas = 0;
  for (let k = prevEnd; k < numStart; k++) {
    const c = s.charCodeAt(k);
    if (c === 44) commas++;
    else if (c === 46 || c === 59 || c === 58 || c === 40 || c === 41) return false;
  }
  return commas === 1 && s.slice(prevEnd, numStart).trimStart().startsWith(',');
}

/** a word no noun is made of: a preposition, conjunction, qualifier, copula or number word */
function isFunctionWord(after: Tok[], j: number, r: FigureRules): boolean {
  const t = after[j]!;
  return (
    r.afterStops.matchAfter(after, j) > 0 ||
    r.afterStartOnly.matchAfter(after, j) > 0 ||
    r.beforeStops.matchAfter(after, j) > 0 ||
    r.qualifiers.matchAfter(after, j) > 0 ||
    r.periodAfter.matchAfter(after, j) > 0 ||
    r.copulas.matchAfter(after, j) > 0 ||
    r.copulaAdverbs.matchAfter(after, j) > 0 ||
    r.multipliers.has(t.low) ||
    r.numbers.digits.has(t.low)
  );
}

/**
 * What stands before the number says it counts: a verb or a preposition ("có 10 …",
 * "thúc đẩy 3 …", "với 45 …"), past any qualifiers, or a sentence start. A noun there makes
 * the number part of a label ("hình 37", "ngõ 123", "Dự án 8", "Nexus 5").
 */
function countCueBefore(s: string, numStart: number, r: FigureRules, listed = false): boolean {
  // two tokens decide most cases; more are read only past a qualifier ("có hơn 10 …")
  let rev = tokensBefore(s, numStart, 2);
  if (rev.length === 2 && r.qualifiers.matchBefore(rev, 0) > 0) rev = tokensBefore(s, numStart, 6);
  let k = 0;
  for (let q = r.qualifiers.matchBefore(rev, k); q > 0 && k < 4; q = r.qualifiers.matchBefore(rev, k)) k += q;
  const prev = rev[k];
  if (!prev) return true;
  // "tầng 2 và 3 …", "từ tháng 4 đến 10 …": the second of two bare numbers shares the first's
  // label, and the word after it is not counted
  if (k === 0 && (r.rangeWords.has(prev.low) || prev.low === 'và' || prev.low === 'hoặc' || prev.text === ',') && rev[1]?.word && isDigitCode(rev[1].text.charCodeAt(0))) return false;
  // ("…; 100 trứng", "200 nhà tình nghĩa, trên 20.000 sổ tiết kiệm": a clause after a
  // semicolon, or the next item of a list of figures, counts like a sentence start)
  if (!prev.word) return prev.text === '.' || prev.text === '!' || prev.text === '?' || prev.text === '"' || prev.text === '“' || prev.text === ';' || (listed && prev.text === ',');
  if (k === 0 && isCapitalised(prev.text)) return false;
  return r.verbs.matchBefore(rev, k) > 0 || r.countVerbs.matchBefore(rev, k) > 0 || r.beforeStops.matchBefore(rev, k) > 0 || (k > 0 && isCapitalised(prev.text) === false);
}

function isClosedWord(after: Tok[], j: number, r: FigureRules): boolean {
  return (
    isFunctionWord(after, j, r) ||
    r.verbs.matchAfter(after, j) > 0 ||
    r.notUnits.matchAfter(after, j) > 0 ||
    r.timeOfDay.matchAfter(after, j) > 0 ||
    r.changeVerbs.matchAfter(after, j) > 0 ||
    r.notBefore.matchAfter(after, j) > 0 ||
    r.numbers.vague.matchAfter(after, j) > 0
  );
}

/** digits glued to a word on their left: "COVID-19", "BS.CK2", "G20", "U23" */
function gluedLeft(s: string, pos: number): boolean {
  if (pos === 0) return false;
  const c = s.charCodeAt(pos - 1);
  if (isWordCode(c)) return true;
  // "-", ".", "/", "_", ":" after a word, and "+" after digits ("Km 48+200")
  if (pos >= 2 && (c === 45 || c === 46 || c === 47 || c === 95 || c === 58) && isWordCode(s.charCodeAt(pos - 2))) return true;
  if (pos >= 2 && c === 43 && isDigitCode(s.charCodeAt(pos - 2))) return true;
  return false;
}

function readDigits(s: string, tok: Tok, r: FigureRules): NumberRead | null {
  const t = readDigitToken(tok.text, r);
  if (!t) return null;
  let end = tok.end;
  let max = t.max;
  if (max === null && t.glued === null) {
    // a range written with spaces or words: "50 – 70 người", "từ 15 đến 20 người"
    // (the second token is read only after a range word)
    const dash = tokenAt(s, tok.end);
    const second = dash && r.rangeWords.has(dash.low) ? tokenAt(s, dash.end) : null;
    if (dash && second && second.word && isDigitCode(second.text.charCodeAt(0))) {
      const b = parseVnNumber(second.text);
      if (b !== null && b > t.value) {
        max = b;
        end = second.end;
      }
    }
  }
  const plainYear = max === null && /^(19|20)\d\d$/.test(tok.text);
  // a minus sign stuck to the digits after a space or bracket: "-4,3 độ C", "(-3,1%)"
  // (a dash between two numbers was already read as a range by the number before it)
  const sign = s.charAt(tok.start - 1);
  if ((sign === '-' || sign === '−') && (tok.start < 2 || ' ('.includes(s.charAt(tok.start - 2)))) {
    return { value: -t.value, max: max === null ? null : -max, start: tok.start - 1, end, glued: t.glued, words: false, plainYear: false, partOfWhole: false };
  }
  return { value: t.value, max, start: tok.start, end, glued: t.glued, words: false, plainYear, partOfWhole: t.ofWhole !== undefined, dateLike: t.dateLike === true };
}

function readWords(s: string, pos: number, r: FigureRules): NumberRead | null {
  const head = tokensAfter(s, pos, 2);
  const first = head[0];
  if (!first) return null;
  // a capitalised number word inside a sentence is a name ("Ba Đình", "ông Sáu")
  if (isCapitalised(first.text) && !atSentenceStart(s, pos)) return null;
  // most number words met are "một", "năm", "không" as plain words ("a", "year", "not"):
  // the first two tokens refuse them (readNumberWords' own first test) before a longer read
  let counted = false;
  if (r.numbers.noStart.has(first.low) && !r.numbers.startOnlyBefore.has(head[1]?.low ?? '')) {
    if (!countedAfterWord(s, pos, r)) return null;
    counted = true;
  }
  const toks = tokensAfter(s, pos, 6);
  const got = readNumberWords(toks, r, counted);
  if (!got || got.n === 0) return null;
  // determiners, not counts: "hai bên", "hai nước"
  if (r.numbers.excludedPairs.matchAfter(toks, 0) > 0) return null;
  return { value: got.value, max: null, start: first.start, end: toks[got.n - 1]!.end, glued: null, words: true, plainYear: false, partOfWhole: false };
}

/**
 * "năm giáo viên", "năm giải Nhì": a number word that alone is most often another word
 * ("năm" = year; rules: numbers.json countedStart) counts when a counted noun or a classifier
 * follows it, not a time unit ("năm tháng"), and no period word stands before ("trong năm")
 */
function countedAfterWord(s: string, pos: number, r: FigureRules): boolean {
  const toks = tokensAfter(s, pos, 5);
  if (!r.numbers.countedStart.has(toks[0]!.low)) return false;
  const before = tokenBefore(s, pos);
  // "5 tỷ đồng/năm": a per-unit after a slash
  if ((pos > 0 && s.charCodeAt(pos - 1) === 47) || before?.text === '/') return false;
  if (before && before.word && (r.temporal.has(before.low) || r.notBeforeUnless.matchAfter([before], 0) > 0 || r.numbers.countedStartNotAfter.has(before.low))) return false;
  // "năm lớp 7", "năm bản lề": a school year, a pivotal year
  if (r.numbers.countedStartNotUnits.has(toks[1]?.low ?? '')) return false;
  const n = r.units.matchAfter(toks, 1);
  if (n > 0) {
    let key = toks[1]!.low;
    for (let k = 2; k <= n; k++) key += ' ' + toks[k]!.low;
    const kind = r.unitKind.get(key);
    return kind === 'noun' || kind === 'measure';
  }
  return r.borrowedNouns.matchAfter(toks, 1) > 0;
}

/**
 * "từ 30 lên 90 ngày", "từ 4 lên 8 làn": a bare number after "từ" and before "lên"/"xuống" +
 * another number is the old value of a change, in the unit written after the new one
 */
function isFromToFirst(s: string, num: NumberRead, after: Tok[], r: FigureRules): boolean {
  if (num.glued !== null || num.max !== null || num.words || num.partOfWhole) return false;
  const to = after[0];
  const second = after[1];
  if (!to || !r.changeParticles.has(to.low) || !second || !second.word || !isDigitCode(second.text.charCodeAt(0))) return false;
  // the new value must be a plain number too ("từ 30 lên 90%" is read by the unit search)
  if (hasDigit(second.text) && !/^\d[\d.,]*$/.test(second.text)) return false;
  return tokenBefore(s, num.start)?.low === 'từ';
}

function atSentenceStart(s: string, pos: number): boolean {
  const prev = tokensBefore(s, pos, 1)[0];
  if (!prev) return true;
  if (prev.word) return false;
  return '.!?:;"“‘\'(-–—…'.includes(prev.text);
}

interface Built {
  figure: Figure;
}

function buildFigure(s: string, field: Field, index: number, num: NumberRead, prevEnd: number, r: FigureRules): Built | null {
  // a plain four-digit number from 1900 to 2100 is a year ("Luật … 2013 giải thích");
  // amounts of that size are written with a thousands dot ("2.000 người"). Refused before
  // anything is read: nothing below can make it a figure
  if (num.plainYear) return null;
  // ---- unit: multiplier words, then the longest unit phrase
  // a few tokens decide whether this is a figure at all; most candidates (dates, "ba" in
  // "ba mẹ") stop here, so the longer look-ahead for the object is read later
  const after = tokensAfter(s, num.end, 8);
  let i = 0;
  let mult = 1;
  let multiplier: 1e3 | 1e6 | 1e9 | null = null;
  let unitStart = -1;
  let unitEnd = -1;
  let kind: UnitKind | null = null;
  let unitKey = '';
  // the unit is a noun the unit lists do not hold: borrowed from the other rules files, or
  // read from the open class; what it counts is itself (see the object below)
  let listedElsewhere = false;
  const fromTo = isFromToFirst(s, num, after, r);
  if (num.glued) {
    kind = num.glued === '%' ? 'percent' : 'measure';
    unitKey = num.glued.toLowerCase();
  } else {
    // "nâng thời hạn từ 30 lên 90 ngày": the first value of a change written without a unit
    // shares the unit written after the second (read past "lên"/"xuống" and the second number)
    if (fromTo) i = 2;
    const i0 = i;
    while (i < after.length && i < i0 + 2 && r.multipliers.has(after[i]!.low)) {
      const mv = r.multipliers.get(after[i]!.low)!;
      mult *= mv;
      multiplier = mv;
      if (unitStart < 0) unitStart = after[i]!.start;
      unitEnd = after[i]!.end;
      i++;
    }
    let n = r.units.matchAfter(after, i);
    // "cả hai phát sinh tình cảm": a longer word that merely opens with a unit
    if (n > 0 && r.notUnits.matchAfter(after, i) > n) {
      if (multiplier === null) return null;
      n = 0;
    }
    // "17 giám đốc", "38 khoa", "7 quy định": an office, a body or a document kind from the
    // other rules files, written in lower case as a common noun is
    const b = multiplier === null && !num.words && !num.partOfWhole ? borrowedAt(s, num.start, after, i, r) : 0;
    if (b > n) {
      n = b;
      listedElsewhere = true;
    }
    // "có 10 công nghệ", "thúc đẩy 3 động lực": a noun no list holds, after digits only (after
    // a number word, "hai bé …", "cả hai", "Ba anh là …" are determiners as often as counts)
    if (n === 0 && multiplier === null && !num.words && !num.partOfWhole && num.max === null && num.value > 0) {
      const o = openNounAt(s, num.start, after, i, r, listItemAfterFigure(s, prevEnd, num.start));
      if (o > 0) {
        n = o;
        listedElsewhere = true;
      }
    }
    if (n > 0) {
      if (unitStart < 0) unitStart = after[i]!.start;
      unitEnd = after[i + n - 1]!.end;
      unitKey = n === 1 ? after[i]!.low : after.slice(i, i + n).map((t) => t.low).join(' ');
      kind = listedElsewhere ? 'noun' : (r.unitKind.get(unitKey) ?? 'measure');
      i += n;
      // "27 giáo viên, cán bộ quản lý": counted nouns listed with a comma are one unit
      while (kind === 'noun' && after[i]?.text === ',' && i + 1 < after.length) {
        const n2 = Math.max(r.units.matchAfter(after, i + 1), borrowedAt(s, -1, after, i + 1, r));
        if (n2 === 0) break;
        const key2 = after.slice(i + 1, i + 1 + n2).map((t) => t.low).join(' ');
        if ((r.unitKind.get(key2) ?? 'noun') !== 'noun' || key2 === unitKey) break;
        // "224 hộ, quận 12 …", "4 ôtô, cao tốc Dầu Giây …": a named place opens the next clause
        const nx = after[i + 1 + n2];
        if (nx && nx.word && (isCapitalised(nx.text) || isDigitCode(nx.text.charCodeAt(0)))) break;
        unitEnd = after[i + n2]!.end;
        unitKey = `${unitKey}, ${key2}`;
        i += 1 + n2;
      }
    } else if (multiplier === null) {
      return null; // a bare number: no unit, no figure
    }
  }
  // words like "hai bên" were refused earlier; a number word needs a real unit, not just "triệu"
  if (num.words && kind === null) return null;
  // "45 đường Giải Phóng", "12 phố Hàng Bạc": a house number before a street's name
  if (multiplier === null && r.streetWords.has(unitKey) && after[i]?.word && isCapitalised(after[i]!.text)) return null;
  // "15/15 xã" counts communes; "20/5 người dân …" is a date followed by a subject, so
  // only a counted noun (not a measure or a time unit) turns "N/M" into a figure
  if (num.partOfWhole && kind !== 'noun') return null;

  // ---- context before the number
  const rev = tokensBefore(s, num.start, 14);
  let q = r.qualifiers.matchBefore(rev, 0);
  // "5,6 ca trên 100.000 dân": "trên" right after another figure means "per", not "over"
  let per = false;
  if (q > 0 && prevEnd >= 0 && rev[q] && rev[q]!.end === prevEnd && r.perWords.has(rev[q - 1]!.low)) {
    q = 0;
    per = true;
  }
  const qualifier = q > 0 ? s.slice(rev[q - 1]!.start, rev[0]!.end) : null;
  // "đạt hơn 12.000 tỷ", "lên đến gần 93%": qualifiers in a row; the nearest is the qualifier,
  // the others stand between it and the subject
  let qq = q;
  if (q > 0) for (let more = r.qualifiers.matchBefore(rev, qq); more > 0 && qq < 6; more = r.qualifiers.matchBefore(rev, qq)) qq += more;
  const ctx = qq > 0 ? rev.slice(qq) : rev;

  // "có 9/11 xã", "đạt 8/10 tiêu chí": a day/month-shaped part of a whole counts only after
  // a verb or a qualifier; elsewhere ("20/11 các đại biểu …") it is a date
  if (num.dateLike && q === 0 && r.verbs.matchBefore(ctx, 0) === 0 && r.countVerbs.matchBefore(ctx, 0) === 0) return null;

  // dates, ordinals, names, document numbers: "ngày 8", "thứ 3", "khóa 15", "số 120", "Điều 3"
  // (a qualifier between them says an amount follows, not a label: "chi cho ngày làm việc đầu
  // năm gần 7 tỷ đồng"; times keep the check: "sáng khoảng 9 giờ")
  const nb = q > 0 && kind !== 'duration' ? 0 : r.notBefore.matchBefore(ctx, 0);
  if (nb > 0 && r.notBeforeUnless.matchBefore(ctx, nb) === 0) return null;

  // ---- what follows the unit
  const unitIdx = num.glued ? 0 : i;
  if (kind === 'duration' && !unitKey.includes('tuổi')) {
    // reporting periods: "6 tháng đầu năm", "9 tháng qua"
    if (r.periodAfter.matchAfter(after, unitIdx) > 0) return null;
    const nx = after[unitIdx];
    // "Kim ngạch xuất khẩu 6 tháng đạt …": months between a subject and its verb are the
    // reporting period, not a figure
    if (unitKey === 'tháng' && nx && nx.word && (r.ratioVerbs.matchAfter(after, unitIdx) > 0 || r.changeVerbs.matchAfter(after, unitIdx) > 0) && subjectRightBefore(s, num.start, r)) return null;
    // "10 tháng năm 2025": the months of a year so far, a reporting period
    if (nx && nx.low === 'năm' && unitKey === 'tháng' && /^(?:19|20)\d\d$/.test(after[unitIdx + 1]?.text ?? '')) return null;
    // "vòng 11 ngày 5/8", "tháng 3 năm 2024": the unit word opens a date
    if (nx && nx.word && isDigitCode(nx.text.charCodeAt(0)) && (unitKey === 'ngày' || unitKey === 'tháng' || unitKey === 'năm')) return null;
    // "25 tháng Chạp", "rằm tháng Giêng", "15 tháng 7 âm lịch": lunar dates
    // ("24 tháng chạp": the names no other word shares are dates in lower case too)
    if (unitKey === 'tháng' && nx && r.lunarMonths.matchAfter(after, unitIdx) > 0 && (isCapitalised(nx.text) || nx.low === 'âm' || r.lunarMonthsAnyCase.has(nx.low))) return null;
    // clock times: "8 giờ 30", "7 giờ sáng", "19 giờ cùng ngày", "lúc 8 giờ"
    if (unitKey === 'giờ') {
      if (nx && (r.timeOfDay.matchAfter(after, unitIdx) > 0 || (nx.word && isDigitCode(nx.text.charCodeAt(0))))) return null;
      if (r.clockBefore.matchBefore(ctx, 0) > 0) return null;
    }
  }

  if (after.length === 8) after.push(...tokensAfter(s, after[7]!.end, 20));
  const value = num.value;
  // (the first value of "từ 30 lên 90 ngày" spans its own digits: the second is read next)
  let spanEnd = num.glued || fromTo ? num.end : unitEnd;
  let unit = num.glued ?? s.slice(unitStart, unitEnd);
  // "1.200 km²", "50m³": a power mark after a measure belongs to it
  if (kind === 'measure' && r.powerMarks.has(s.charAt(spanEnd))) {
    unit += s.charAt(spanEnd);
    spanEnd++;
  }
  // the object never reaches back into the previous figure ("25.200 tỷ đồng (-3,1%)")
  let objCtx = ctx;
  // ("từ 60 lên 62 tuổi": the new value of a change reads its subject across the old one)
  const afterFromTo = ctx[0] !== undefined && r.changeParticles.has(ctx[0].low) && ctx[2]?.low === 'từ' && ctx[1]!.end === prevEnd;
  if (prevEnd >= 0 && !afterFromTo) {
    const cut = ctx.findIndex((t) => t.start < prevEnd);
    if (cut >= 0) objCtx = ctx.slice(0, cut);
  }
  // a noun no unit list holds is itself what is counted: the words after it may tell more
  // ("23 giám đốc công an địa phương"), the words before it are a verb or a preposition
  // the old value of "từ 30 lên 90 ngày": what follows belongs to the new one, the subject
  // stands before "từ"
  const found = per
    ? null
    : fromTo
      ? objectBefore(s, objCtx.slice(1), r, kind === 'measure', false, qq > 0)
      : listedElsewhere
      ? nounWithModifiers(s, after, unitIdx, s.slice(unitStart, unitEnd), r)
      : findObject(s, objCtx, after, unitIdx, kind ?? 'measure', num.glued ? null : s.slice(unitStart, unitEnd), multiplier !== null && kind === null, num.max !== null || fromTo, r, qq > 0 && rev[qq - 1]!.low === 'hơn', ratioAmong(rev, qq, r), qq > 0);
  // "44 chỉ vàng", "2.000 lượt khách": a measure written with its noun counts that noun
  const object = found ?? (!per && unitStart >= 0 ? measuredNoun(s.slice(unitStart, unitEnd), r) : null);
  const quantity = value * mult;
  return {
    figure: {
      value,
      max: num.max,
      unit,
      multiplier,
      quantity,
      object,
      qualifier,
      text: clauseAround(s, num.start, spanEnd),
      span: { field, index, start: num.start, end: spanEnd },
    },
  };
}

/**
 * What is counted. In order:
 * 1. "X là 15,4 triệu", "Thời hạn vay: 36 tháng" → X;
 * 2. the words after the unit: "35 cuộc đối thoại trực tiếp với nhân dân" → "đối thoại…"
 *    (a counted noun keeps itself: "191 điểm cầu cấp huyện" → "điểm cầu cấp huyện");
 * 3. the noun phrase right before the number: "nợ gốc 3,6 tỉ đồng" → "nợ gốc",
 *    "Người đàn ông 63 tuổi" → "Người đàn ông"; none after a verb or preposition
 *    ("tổ chức được 3 cuộc", "tại 11 xã, phường").
 */
function findObject(
  s: string,
  ctx: Tok[],
  after: Tok[],
  unitIdx: number,
  kind: UnitKind,
  unitText: string | null,
  bareMultiplier: boolean,
  isRange: boolean,
  r: FigureRules,
  comparative = false,
  shareOf = false,
  qualified = false,
): string | null {
  // a counted noun with words after it that describe it: those say what is counted, even
  // when a copula stands before ("X là 18 nhiệm vụ thuộc lĩnh vực …": the tasks, not X)
  const nounHead = kind === 'noun' && !!unitText && !bareMultiplier;
  if (nounHead) {
    const obj = nounWithModifiers(s, after, unitIdx, unitText!, r);
    if (obj) return obj;
  }
  // 1. copula
  let c = r.copulas.matchBefore(ctx, 0);
  // "với tổng trị giá hơn 60 tỷ": the copula word is the end of a compound noun
  if (c > 0 && r.compounds.matchBefore(ctx, 0) > c) c = 0;
  // "Toàn tỉnh còn 1.234 hộ nghèo": a scope alone before the copula is where, not what, is counted
  if (c > 0 && scopeOnly(ctx, c, r)) c = 0;
  if (c > 0) {
    const k = pastAdverbs(ctx, c, r);
    // the subject of a copula may hold its own verbs ("số tiền phải trả là …")
    const obj = phraseWithAdjunct(s, ctx, k, r, false);
    // "Hưng Yên: 4 người tử vong" is a headline's place tag, not a subject
    if (obj && !(ctx[0]!.text === ':' && obj.split(' ').every(isCapitalised))) return obj;
  }
  // "trong đó 60% là đồng bào dân tộc thiểu số": a share followed by "là" names its part
  // (not when a noun phrase owns the share before it: "tỷ lệ thương tật 17% là …")
  if (kind === 'percent' && c === 0 && r.percentCopulas.matchAfter(after, unitIdx) > 0 && objectBefore(s, ctx, r) === null) {
    const part = phraseAfter(s, after, unitIdx + r.percentCopulas.matchAfter(after, unitIdx), r);
    if (part) return part;
  }
  // 2. after the unit (not after durations and ages: what follows them is the predicate)
  if (kind !== 'duration' && !nounHead) {
    // "3 đợt kiểm tra", "2 buổi làm việc": after an event classifier a verb names the activity
    // a share ("đạt 92% so với dự toán", "bằng 40% so với …") names what it is a share of
    const ratio = kind === 'percent' && (shareOf || r.ratioVerbs.matchBefore(ctx, 0) > 0);
    const obj = phraseAfter(s, after, unitIdx, r, false, unitText !== null && headTakesVerb(unitText, r), ratio);
    if (obj) return obj;
  }
  // 3. before the number
  const first = ctx[0];
  if (!first) return null;
  // "Ông Nguyễn Văn Tám, 67 tuổi, …": an age in apposition describes the phrase before it
  if ((first.text === ',' || first.text === '(') && kind === 'duration' && unitText !== null && /tuổi/.test(unitText)) {
    return phraseBefore(s, ctx, 1, r);
  }
  if (!first.word) {
    // "(7-8% một năm)": the figure glosses the phrase before the bracket
    // ("Nghệ An (35 hộ)": a place or a name before the bracket is where, not what, is counted)
    if (first.text === '(') {
      const glossed = phraseBefore(s, ctx, 1, r, true, false);
      return glossed !== null && glossed.split(' ').every(isCapitalised) ? null : glossed;
    }
    // "Chỉ số … cấp tỉnh (PCI) đạt 70,2 điểm": the subject ends in its abbreviation
    if (c === 0 && bracketedCodeAt(ctx, 0)) return phraseBefore(s, ctx, 0, r);
    return null;
  }
  if (c > 0) return null;
  // "Giá bán từ 12 đến 15 triệu đồng": "từ" opens the range, the object stands before it
  const sized = kind === 'measure';
  if (isRange && first.low === 'từ') return objectBefore(s, ctx.slice(1), r, sized, comparative, qualified);
  // "Công an 34 tỉnh", "HĐND 3 địa phương": a name right before a counted noun is the head
  // the count belongs to ("the police of 34 provinces"), not what is counted
  const before = objectBefore(s, ctx, r, sized, comparative, qualified);
  if (kind === 'noun' && before !== null && namesAHead(s, before, ctx)) return null;
  return before;
}

/** the phrase holds a capitalised word (not the sentence's first): an office or body name */
function namesAHead(s: string, phrase: string, ctx: Tok[]): boolean {
  for (const t of ctx) {
    if (!t.word) break;
    if (isCapitalised(t.text) && !atSentenceStart(s, t.start)) return true;
    if (t.text.length && phrase.startsWith(t.text) && s.slice(t.start, t.start + phrase.length) === phrase) break;
  }
  return false;
}

/** "3 đoàn kiểm tra", "2 buổi làm việc": a verb after this unit names the group or activity */
function headTakesVerb(unitText: string, r: FigureRules): boolean {
  let u = unitText.toLowerCase();
  // "2 triệu lượt khám": the multiplier is not part of the classifier
  const sp = u.indexOf(' ');
  if (sp > 0 && r.multipliers.has(u.slice(0, sp))) u = u.slice(sp + 1);
  return r.activityClassifiers.has(u) || r.collectiveNouns.has(u);
}

/** the noun phrase right before the number, unless a verb or preposition stands there */
function objectBefore(s: string, ctx: Tok[], r: FigureRules, sized = false, comparative = false, qualified = false): string | null {
  const first = ctx[0];
  // "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 70,2 điểm": the subject ends in its abbreviation
  if (first && !first.word && bracketedCodeAt(ctx, 0)) return phraseBefore(s, ctx, 0, r);
  if (!first || !first.word) return null;
  // "Doanh thu tăng 15%", "mặt hàng … đều tăng khoảng 20-30%": what changed is the subject
  // ("Giá thuê giảm trung bình 30-40%", "sản lượng tăng bình quân 2,5%": an adverb of the
  // change may stand between; "Tỷ lệ … đạt bình quân 75%": likewise after a qualifier)
  // "vượt mốc 600 USD", "lên sát mốc 24.000 đồng": a threshold word is no object; what
  // stands before it is read instead
  const th = r.thresholdWords.matchBefore(ctx, 0);
  if (th > 0) return objectBefore(s, ctx.slice(th), r, sized, comparative);
  // "trên tổng số 18 module": "tổng số" cues the count and is no object itself
  if (ctx[0]!.low === 'số' && ctx[1]?.low === 'tổng') return null;
  const ca = r.changeAdverbs.matchBefore(ctx, 0);
  const cv = r.changeVerbs.matchBefore(ctx, ca);
  if (cv > 0) {
    // "các doanh nghiệp dự báo vượt …", "Thái Lan có kế hoạch vượt …": a forecast or plan
    // right before the change verb makes the phrase before it the forecaster, not what changes
    if (r.forecastVerbs.matchBefore(ctx, pastAdverbs(ctx, ca + cv, r)) > 0) return null;
    return phraseBefore(s, ctx, ca + cv, r, false);
  }
  if (ca > 0) {
    const qa = r.qualifiers.matchBefore(ctx, ca);
    if (qa > 0) return objectBefore(s, ctx.slice(ca + qa), r, sized, comparative);
  }
  // "giá thuê … cao hơn 40%", "Giá hiện tại thấp hơn tới 150 USD": a comparative adjective
  // (its "hơn" read as the qualifier) after its subject
  // (only with "hơn": "trẻ nhỏ dưới 5 tuổi", "Ốc loại nhỏ 100.000 đồng" are noun phrases)
  const cmp = comparative ? r.comparatives.matchBefore(ctx, 0) : 0;
  if (cmp > 0 && r.verbs.matchBefore(ctx, 0) <= cmp && r.compounds.matchBefore(ctx, 0) <= cmp) return subjectOpening(s, ctx, cmp, r);
  // "Cao tốc … dài 55 km", "Khu đất rộng 2,8 ha": a size word after its subject, before a
  // measure (not a time: "kéo dài 12 ngày"); not the end of a verb ("mở rộng") or of a noun
  // ("chiều cao 1,7 m": the noun is the object, read below)
  const dim = sized ? r.dimensionWords.matchBefore(ctx, 0) : 0;
  if (dim > 0 && r.verbs.matchBefore(ctx, 0) <= dim && r.countVerbs.matchBefore(ctx, 0) <= dim && r.compounds.matchBefore(ctx, 0) <= dim) {
    const subject = subjectOpening(s, ctx, dim, r);
    if (subject !== null) return subject;
  }
  // "nâng thời hạn phục vụ từ 60 lên 62 tuổi": the new value of a change; the subject stands
  // before "từ"
  if (r.verbParticles.has(first.low) && ctx[1]?.word && /^\d/.test(ctx[1].text) && ctx[2]?.low === 'từ') {
    return phraseBefore(s, ctx, 3, r);
  }
  // "thu nhập … cũng chỉ 800.000 đồng", "tổng doanh thu dự kiến 650.000 tỷ đồng": adverbs
  // between the subject and its amount
  const adv = adverbAt(ctx, 0, r);
  // ("nâng … lên 6 điểm": "lên" after a verb is the verb's particle, not an adverb)
  if (adv > 0 && r.changeVerbs.matchBefore(ctx, 0) === 0) {
    const subject = phraseBefore(s, ctx, adv, r);
    // "nâng mục tiêu lên 5%": after a particle, the verb's object, when it is a real phrase
    // (one syllable there is most often half a word the lists do not know: "cách biệt")
    if (!r.verbParticles.has(ctx[0]!.low) || (subject !== null && subject.includes(' '))) return subject;
    return null;
  }
  // "học phí mỗi em 400.000 đồng": a per-head phrase stands between the subject and its amount
  // (at a clause start, "…, mỗi suất 2.000.000 đồng", the per-head noun is all there is)
  if (ctx[1] && ctx[1].low === 'mỗi' && ctx[0]!.word) {
    const subject = phraseBefore(s, ctx, 2, r);
    if (subject) return subject;
  }
  // "Dư nợ toàn tỉnh đạt …", "Thu ngân sách trên địa bàn ước đạt …": an adjunct that closes
  // the subject (one that opens with a preposition only before a verb or qualifier: "trên
  // địa bàn 10 phường" is where the count is)
  if (r.trailingAdjuncts.matchBefore(ctx, 0) > 0 || (qualified && r.trailingAdjunctsBeforeVerb.matchBefore(ctx, 0) > 0)) {
    return phraseWithAdjunct(s, ctx, 0, r);
  }
  const comp = r.compounds.matchBefore(ctx, 0);
  const stop = Math.max(r.beforeStops.matchBefore(ctx, 0), r.verbs.matchBefore(ctx, 0));
  // a compound noun ending here ("thu nhập", "kim ngạch xuất khẩu") is not the verb its
  // syllables may also spell; a verb followed by its object was handled by step 2
  // (unless the verb modifies a head noun before it: "mật độ thả nuôi 500 con/m2")
  if (stop > comp && headedByNoun(ctx, 0, r) === 0) return null;
  return phraseBefore(s, ctx, 0, r);
}

const MAX_OBJECT_WORDS = 10;

/** a share verb among the qualifiers read before the number ("chỉ đạt khoảng 65%") */
function ratioAmong(rev: Tok[], qq: number, r: FigureRules): boolean {
  for (let k = 0; k < qq; k++) {
    const m = r.ratioVerbs.matchBefore(rev, k);
    if (m > 0 && k + m <= qq) return true;
  }
  return false;
}

/**
 * The noun phrase ending at ctx[k] when it opens its own phrase: after a verb or "bằng" it
 * is the tail of another phrase ("chuyến chạy thử dài …", "hộ lan bằng sắt cao …"), so none
 */
function subjectOpening(s: string, ctx: Tok[], k: number, r: FigureRules): string | null {
  const subject = phraseBefore(s, ctx, k, r);
  if (subject === null) return null;
  const at = k + wordCount(subject);
  const edge = ctx[at];
  if (edge && edge.word && (r.verbs.matchBefore(ctx, at) > 0 || r.dimensionNotAfter.has(edge.low))) return null;
  return subject;
}

/** words in a phrase read by phraseBefore (its tokens are words joined by single spaces) */
function wordCount(phrase: string): number {
  let n = 1;
  for (let i = 0; i < phrase.length; i++) if (phrase.charCodeAt(i) === 32) n++;
  return n;
}

function hasDigit(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (isDigitCode(t.charCodeAt(i))) return true;
  return false;
}

/** a token that opens a number: digits or a number word ("hai", "mười") */
function isCountWord(t: Tok, r: FigureRules): boolean {
  return t.word && (isDigitCode(t.text.charCodeAt(0)) || r.numbers.digits.has(t.low) || r.numbers.ten.has(t.low));
}

/**
 * A number word at after[k] with a unit after it: the next figure of a list ("… và ba giải
 * Ba"); "một", "năm" only after a joiner ("nuôi một người phụ thuộc": an article)
 */
function countWordOpensFigure(after: Tok[], k: number, r: FigureRules): boolean {
  const t = after[k]!;
  if (!isCountWord(t, r) || r.units.matchAfter(after, k + 1) === 0) return false;
  return !r.numbers.noStart.has(t.low) || (k > 0 && r.afterStartOnly.matchAfter(after, k - 1) > 0);
}

/** the noun phrase after the unit, up to a stop word, a verb at its start, or punctuation */
function phraseAfter(s: string, after: Tok[], j0: number, r: FigureRules, nounHead = false, activityHead = false, ratio = false): string | null {
  let j = j0;
  let skipped = false;
  // ("đạt 92% so với kế hoạch": a share of the plan; "tăng 6% so với quý II": not the object)
  const sk = Math.max(r.objectSkipAfter.matchAfter(after, j), ratio ? r.ratioSkipAfter.matchAfter(after, j) : 0);
  if (sk > 0) {
    j += sk;
    skipped = true;
  }
  const first = after[j];
  const rated = !!first && /^\d+$/.test(first.text) && !!after[j + 1] && r.ratingWords.has(after[j + 1]!.low);
  if (!first || !first.word || (hasDigit(first.text) && !rated)) return null;
  // "6 bệnh viện có vốn …", "400 hộ chưa được hỗ trợ": a clause describing the counted noun
  // (not "Trong 4 nạn nhân có hai …": a count after the verb makes it the main clause's)
  let opener = nounHead ? r.nounClauseOpeners.matchAfter(after, j) : 0;
  if (opener > 0 && after[j + opener] && isCountWord(after[j + opener]!, r)) opener = 0;
  // ("31 người có thể …": a longer stop word that opens with the verb is a modal)
  if (opener > 0 && r.afterStops.matchAfter(after, j) > opener) opener = 0;
  if (opener === 0 && r.compounds.matchAfter(after, j) === 0) {
    // "11 tờ trình của UBND tỉnh": a counted noun may take a possessor
    const possessor = nounHead && first.low === 'của' && after[j + 1]?.word === true;
    if (r.afterStops.matchAfter(after, j) > 0 || (r.afterStartOnly.matchAfter(after, j) > 0 && !possessor)) return null;
    // ("2 vạn thành viên": a counted noun whose first syllable spells a verb is no verb)
    if (!skipped && !activityHead) {
      const verb = r.verbs.matchAfter(after, j);
      if (verb > 0 && r.units.matchAfter(after, j) <= verb) return null;
    }
  }
  const start = j;
  let last = j;
  let words = 0;
  // "100% xã, phường, thị trấn": a list of counted nouns is one phrase, commas included
  const listed = opener > 0 ? opener : r.units.matchAfter(after, j);
  if (listed > 1 || opener > 0) {
    last = j + listed - 1;
    words = listed;
    j += listed;
  }
  while (j < after.length && words < MAX_OBJECT_WORDS) {
    const t = after[j]!;
    // "1 sản phẩm 5 sao": a rating describes the counted thing
    if (t.word && /^\d+$/.test(t.text) && after[j + 1] && r.ratingWords.has(after[j + 1]!.low)) {
      last = j + 1;
      words += 2;
      j += 2;
      continue;
    }
    if (!t.word || hasDigit(t.text)) break;
    // "năm giải Nhì và ba giải Ba": a number word with a unit after it opens the next figure
    if (j > start && countWordOpensFigure(after, j, r)) break;
    const comp = r.compounds.matchAfter(after, j);
    if (comp > 0) {
      last = j + comp - 1;
      words += comp;
      j += comp;
      continue;
    }
    if (j > start) {
      const stop = r.afterStops.matchAfter(after, j);
      if (stop > 0) break;
    }
    last = j;
    words++;
    j++;
  }
  // a phrase cut short by the next number ends before its last joiner: "4 dự án nhà ở với
  // tổng cộng 6.200 căn hộ" → "nhà ở"; "5% ca ung thư dạ dày và 0,2-1% …" → "ca ung thư dạ dày"
  // (also when a qualifier stands between: "65 dự án với tổng vốn … hơn 6 tỷ USD")
  const nextHasDigit = (k: number) => k < after.length && after[k]!.word && (hasDigit(after[k]!.text) || countWordOpensFigure(after, k, r));
  const cutByNumber = words < MAX_OBJECT_WORDS && (nextHasDigit(j) || (r.qualifiers.matchAfter(after, j) > 0 && nextHasDigit(j + r.qualifiers.matchAfter(after, j))));
  if (cutByNumber) {
    for (let k = last; k > start; k--) {
      if (r.afterStartOnly.matchAfter(after, k) > 0) {
        last = k - 1;
        break;
      }
    }
  }
  while (last > start && r.afterStartOnly.matchAfter(after, last) > 0) last--;
  // "học sinh của …" cut at once: a possessor needs its noun
  if (last === start && r.afterStartOnly.matchAfter(after, start) > 0) return null;
  // "6 bệnh viện có." : an opener with nothing after it describes nothing
  if (opener > 0 && last < start + opener) return null;
  return s.slice(after[start]!.start, after[last]!.end);
}

/** "giám đốc" + "công an địa phương" → "giám đốc công an địa phương"; null without modifiers */
function nounWithModifiers(s: string, after: Tok[], unitIdx: number, unitText: string, r: FigureRules): string | null {
  const more = phraseAfter(s, after, unitIdx, r, true, headTakesVerb(unitText, r));
  return more === null ? null : `${unitText} ${more}`;
}

/** the noun phrase that ends at ctx[k] (ctx is nearest-first), back to a boundary */
function phraseBefore(s: string, ctx: Tok[], k0: number, r: FigureRules, verbsEnd = true, overPlaces = true): string | null {
  // "mức giảm trừ gia cảnh hiện là …": adverbs next to the copula are not the object
  let k = pastAdverbs(ctx, k0, r);
  // "Giá trị sản xuất năm 2024 đạt …": a year adjunct right before the number is not the object
  if (isYearAdjunct(ctx, k)) k += 2;
  // "Sản lượng năm nay đạt …": "nay" was read as an adverb; its "năm" is no part of the subject
  // (unless a period word stands before it: "4 tháng đầu năm nay" names the period)
  else if (k > 0 && ctx[k - 1]!.low === 'nay' && ctx[k]?.low === 'năm' && ctx[k + 1]?.word && !r.temporal.has(ctx[k + 1]!.low)) k++;
  const near = k;
  let far = -1;
  let words = 0;
  while (k < ctx.length && words < MAX_OBJECT_WORDS) {
    const t = ctx[k]!;
    if (!t.word) {
      // "Tổng sản phẩm trên địa bàn (GRDP) tăng …": an abbreviation in brackets stays inside
      if (!bracketedCodeAt(ctx, k)) break;
      k += 3;
      words++;
      continue;
    }
    if (isYearAdjunct(ctx, k)) {
      k += 2;
      words += 2;
      continue;
    }
    // dates inside the phrase are fine ("Dư nợ tính đến ngày 30-9-2025"), other numbers end it
    if (hasDigit(t.text) && !/[-/]/.test(t.text)) break;
    const comp = r.compounds.matchBefore(ctx, k);
    if (comp > 0) {
      far = k + comp - 1;
      k += comp;
      words += comp;
      continue;
    }
    // "thu nhập của ông": a joiner inside the phrase, when a word stands on each side
    // ("tổng sản phẩm trên địa bàn tỉnh": a joining phrase likewise)
    const join = k > near ? r.beforeJoiners.matchBefore(ctx, k) : 0;
    if (join > 0 && (ctx[k + join]?.word || (ctx[k + join] && bracketedCodeAt(ctx, k + join))) && r.beforeStops.matchBefore(ctx, k + join) === 0) {
      k += join;
      words += join;
      continue;
    }
    // "của các chủ thể": a determiner right after the joiner stays inside the phrase
    const joinAfterDet = k > near && r.joinerDeterminers.has(t.low) ? r.beforeJoiners.matchBefore(ctx, k + 1) : 0;
    if (joinAfterDet > 0 && ctx[k + 1 + joinAfterDet]?.word) {
      k += 1 + joinAfterDet;
      words += 1 + joinAfterDet;
      continue;
    }
    // "Tổng giá trị học bổng … đợt này là …": a demonstrative closes the noun before it
    if (r.demonstratives.has(t.low) && ctx[k + 1]?.word && !hasDigit(ctx[k + 1]!.text) && r.beforeStops.matchBefore(ctx, k + 1) === 0) {
      far = k;
      k++;
      words++;
      continue;
    }
    const stop = Math.max(r.beforeStops.matchBefore(ctx, k), verbsEnd ? r.verbs.matchBefore(ctx, k) : 0);
    if (stop > 0) {
      // "diện tích nuôi", "mật độ thả nuôi": verbs after a head noun modify it
      const headed = verbsEnd && !holdsHead(ctx, near, k, r) ? headedByNoun(ctx, k, r) : 0;
      if (headed > 0) {
        far = k + headed - 1;
        k += headed;
        words += headed;
        continue;
      }
      // "khách quốc tế đến Việt Nam đạt …": a place name alone is no subject; the phrase goes
      // on over the preposition before it
      const pp = r.placePrepositions.matchBefore(ctx, k);
      if (overPlaces && pp > 0 && k > near && allCapitalised(ctx, near, k) && ctx[k + pp]?.word && r.beforeStops.matchBefore(ctx, k + pp) === 0 && r.verbs.matchBefore(ctx, k + pp) === 0) {
        k += pp;
        words += pp;
        continue;
      }
      const closer = k > near ? ctx[k - 1]! : null;
      // "đến ngày …", "mỗi tháng" are adjuncts inside the phrase, not its edge
      const temporal = closer !== null && r.temporal.has(closer.low);
      if (!temporal) break;
      far = k + stop - 1;
      k += stop;
      words += stop;
      continue;
    }
    far = k;
    k++;
    words++;
  }
  // a demonstrative never opens the phrase ("này không bố trí …" cut by the word limit)
  while (far >= near && r.demonstratives.has(ctx[far]!.low)) far--;
  if (far < near) return null;
  return s.slice(ctx[far]!.start, ctx[near]!.end);
}

/**
 * The adverb ending at ctx[k] ("hiện", "đã", "tăng lên"), or 0 when it is the last syllable
 * of a longer verb or compound ("bồi thường", "thực hiện")
 */
function adverbAt(ctx: Tok[], k: number, r: FigureRules): number {
  const a = r.copulaAdverbs.matchBefore(ctx, k);
  if (a === 0) return 0;
  return r.verbs.matchBefore(ctx, k) > a || r.compounds.matchBefore(ctx, k) > a ? 0 : a;
}

/** the index past the adverbs that end at ctx[k] ("đã", "hiện", "có thể"; see adverbAt) */
function pastAdverbs(ctx: Tok[], k: number, r: FigureRules): number {
  for (let a = adverbAt(ctx, k, r); a > 0 && k < ctx.length; a = adverbAt(ctx, k, r)) k += a;
  return k;
}

/**
 * Words from ctx[k] back through one or two verbs to a head noun they modify ("nuôi" +
 * "diện tích", "thả nuôi" + "mật độ", "hỗ trợ" + "kinh phí"), or 0: only verbs that are no
 * preposition or stop word ("với", "cho" end a phrase even after such a head)
 */
function headedByNoun(ctx: Tok[], k: number, r: FigureRules): number {
  let j = k;
  for (let verbs = 0; verbs < 2; verbs++) {
    if (r.beforeStops.matchBefore(ctx, j) > 0 || r.notModifiers.matchBefore(ctx, j) > 0) return 0;
    const v = r.verbs.matchBefore(ctx, j);
    if (v === 0) return 0;
    j += v;
    const h = r.verbModifiedHeads.matchBefore(ctx, j);
    // ("đánh giá cao …": a head that is the tail of a longer verb is none)
    if (h > 0) return r.verbs.matchBefore(ctx, j) > h || r.compounds.matchBefore(ctx, j) > h ? 0 : j + h - k;
  }
  return 0;
}

/** are ctx[from..to) all capitalised words (a proper name)? */
function allCapitalised(ctx: Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (!ctx[j]!.word || !isCapitalised(ctx[j]!.text)) return false;
  return true;
}

/** a head noun among ctx[from..to) ("căn hộ diện tích"): the phrase has its head already */
function holdsHead(ctx: Tok[], from: number, to: number, r: FigureRules): boolean {
  for (let j = from; j < to; j++) if (r.verbModifiedHeads.matchBefore(ctx, j) > 0) return true;
  return false;
}

/** the words before the copula at k are a scope adjunct and nothing more ("Toàn tỉnh còn …") */
function scopeOnly(ctx: Tok[], k: number, r: FigureRules): boolean {
  const a = r.trailingAdjuncts.matchBefore(ctx, k);
  if (a === 0) return false;
  const edge = ctx[k + a];
  return !edge || !edge.word || r.beforeStops.matchBefore(ctx, k + a) > 0 || r.verbs.matchBefore(ctx, k + a) > 0;
}

/**
 * phraseBefore, with an adjunct that may close a subject ("trên địa bàn", "cả nước"; rules:
 * units.json trailingAdjuncts) kept at its end: "Thu ngân sách trên địa bàn"
 */
function phraseWithAdjunct(s: string, ctx: Tok[], k: number, r: FigureRules, verbsEnd = true): string | null {
  const a = Math.max(r.trailingAdjuncts.matchBefore(ctx, k), r.trailingAdjunctsBeforeVerb.matchBefore(ctx, k));
  if (a === 0 || !ctx[k + a]?.word) return phraseBefore(s, ctx, k, r, verbsEnd);
  const head = phraseBefore(s, ctx, k + a, r, verbsEnd);
  if (head === null) return null;
  const end = ctx[k + a]!.end;
  return s.slice(end - head.length, ctx[k]!.end);
}

/** the noun of a unit that joins a measure and its noun ("chỉ vàng" → "vàng"; rules: measuredNouns), or null */
function measuredNoun(unit: string, r: FigureRules): string | null {
  const sp = unit.indexOf(' ');
  if (sp < 0 || !r.measuredNouns.has(unit.toLowerCase())) return null;
  return unit.slice(sp + 1);
}

/** ctx[k..k+2] (backwards) is "(CODE)", an abbreviation in capitals, with a word before it */
function bracketedCodeAt(ctx: Tok[], k: number): boolean {
  const code = ctx[k + 1];
  return ctx[k]!.text === ')' && !!code && code.word && ABBREVIATION.test(code.text) && ctx[k + 2]?.text === '(' && !!ctx[k + 3]?.word;
}
const ABBREVIATION = /^[A-ZĐ][A-ZĐ0-9&]{1,9}$/u;

/**
 * A period adjunct of two tokens at ctx[k] (ctx runs backwards): a year with "năm" before it
 * ("năm 2024"), or a count of months ("6 tháng") with a word before it
 */
function isYearAdjunct(ctx: Tok[], k: number): boolean {
  const t = ctx[k];
  if (t && t.low === 'tháng' && /^\d{1,2}$/.test(ctx[k + 1]?.text ?? '') && ctx[k + 2]?.word && !hasDigit(ctx[k + 2]!.text)) return true; // "… 6 tháng đạt"
  return !!t && t.text.length === 4 && /^(19|20)\d\d$/.test(t.text) && ctx[k + 1]?.low === 'năm' && !!ctx[k + 2]?.word;
}

/** a noun (no verb, preposition or number) right before the number at numStart: a subject */
function subjectRightBefore(s: string, numStart: number, r: FigureRules): boolean {
  const ctx = tokensBefore(s, numStart, 3);
  const t = ctx[0];
  if (!t || !t.word || hasDigit(t.text)) return false;
  return r.verbs.matchBefore(ctx, 0) <= r.compounds.matchBefore(ctx, 0) && r.beforeStops.matchBefore(ctx, 0) === 0 && r.qualifiers.matchBefore(ctx, 0) === 0;
}

/** the clause holding the figure: between commas, semicolons, brackets or sentence ends */
export function clauseAround(s: string, start: number, end: number): string {
  const LIMIT = 400;
  let a = start;
  const minA = Math.max(0, start - LIMIT);
  while (a > minA) {
    const ch = s.charCodeAt(a - 1);
    if (isClauseMark(ch)) break;
    if (ch === COMMA && s.charCodeAt(a) === SPACE) break;
    if (isSentenceEnd(s, a - 1)) break;
    a--;
  }
  let b = end;
  const maxB = Math.min(s.length, end + LIMIT);
  while (b < maxB) {
    const ch = s.charCodeAt(b);
    if (isClauseMark(ch)) break;
    if (ch === COMMA && s.charCodeAt(b + 1) === SPACE) break;
    if (isSentenceEnd(s, b)) break;
    b++;
  }
  return s.slice(a, b).trim();
}

const COMMA = 44;
const SPACE = 32;

/** a line break, a bracket or a semicolon ends the clause */
function isClauseMark(c: number): boolean {
  return c === 10 || c === 40 || c === 41 || c === 59;
}
