/**
 * Cited documents (SPEC §2 "documents"): legal and party documents the text names by
 * number ("Quyết định số 686-QĐ/TU ngày 6/7/2022 của Ban Thường vụ Tỉnh ủy", "Nghị định
 * 30/2020/NĐ-CP") or by their own title ("Luật Đất đai", "Bộ luật Dân sự", "BLDS").
 * A kind word without a number or a title ("quyết định kỷ luật", "các chỉ thị, nghị
 * quyết") is not a citation. A document cited several times is listed once; the entry
 * keeps the first mention's span and the fullest number, date and issuer.
 */
import type { ArticleText, Span } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { CitedDocument } from '../../record/schema.js';
import type { DocumentRules } from './rules.js';
import type { FigureRules } from '../figures/rules.js';
import { tokenAt, tokensAfter, tokensBefore, isCapitalised, isDigitCode, isWordCode, type Tok } from '../figures/words.js';
import { foldKey } from '../../normalise/text.js';

type Field = Span['field'];

export function extractDocuments(text: ArticleText, rules: Rules): CitedDocument[] {
  const found: CitedDocument[] = [];
  const r = rules.documents;
  const units = rules.figures;
  if (text.title) scanDocuments(text.title, 'title', 0, r, units, found);
  text.paragraphs.forEach((p, i) => scanDocuments(p, 'paragraphs', i, r, units, found));
  text.captions.forEach((c, i) => scanDocuments(c, 'captions', i, r, units, found));
  return mergeDocuments(found, r);
}

/** what opens at a position: a list cue, a kind word, a short code name, or a number code */
const CUE = 0;
const KIND = 1;
const ABBR = 2;
const CODE = 3;

interface Start {
  group: number;
  /** end of the cue, kind word or short name (a code's end is read from its token) */
  end: number;
}

/**
 * The next word start at or after `pos` where a citation may open, or -1. Only word starts
 * are looked at: a kind word or a code glued to a word on its left is never a citation.
 * The cue, kind and short-name phrases are tried in their rule order, then a number code.
 */
function nextStart(s: string, pos: number, r: DocumentRules, hit: Start): number {
  const starts = r.starts;
  for (let i = starts.nextStart(s, pos); i >= 0; i = starts.nextStart(s, i + 1)) {
    const a = starts.matchAt(s, i);
    if (a >= 0) {
      hit.group = r.startGroups[a]!;
      hit.end = i + starts.lengths[a]!;
      return i;
    }
    if (isDigitCode(s.charCodeAt(i))) {
      r.codeStart.lastIndex = i;
      if (r.codeStart.test(s)) {
        hit.group = CODE;
        hit.end = r.codeStart.lastIndex;
        return i;
      }
    }
  }
  return -1;
}

/** Scan one string for citations; pushes one entry per mention (merged later). */
export function scanDocuments(s: string, field: Field, index: number, r: DocumentRules, units: FigureRules, out: CitedDocument[]): void {
  const hit: Start = { group: 0, end: 0 };
  // where the number an amending law took stands, so the amended law does not take it too
  let claimed = -1;
  let pos = 0;
  for (;;) {
    const start = nextStart(s, pos, r, hit);
    if (start < 0) break;
    const group = hit.group;
    let end = hit.end;
    let next = end;
    // whole words only: the phrase ends where the word ends ("Hiến pháp" is not the start of "Hiến phápX")
    if (group !== CODE && isWordCode(s.charCodeAt(end))) {
      pos = start + 1;
      continue;
    }
    let code = '';
    if (group === CODE) {
      // the code runs to the end of its token: "686-QĐ/TU", "30/2020/NĐ-CP"
      const tok = tokenAt(s, start)!;
      if (!CODE_NUMBER.test(tok.text) || DATE_TOKEN.test(tok.text)) {
        pos = tok.end;
        continue;
      }
      code = tok.text;
      end = tok.end;
      next = end;
    }
    const word = group === CODE ? code : s.slice(start, end);
    const mk = (kind: string, number: string | null, date: string | null, issuer: string | null, a: number, b: number) => {
      out.push({ kind, number, date, issuer, raw: s.slice(a, b), span: { field, index, start: a, end: b } });
      next = Math.max(next, b);
    };
    if (group === KIND) {
      const kind = r.kindByName.get(word.toLowerCase())!;
      const before = tokensBefore(s, start, 3);
      if (r.notTitleBefore.matchBefore(before, 0) > 0) {
        pos = end;
        continue;
      }
      // a lower-case kind ("kế hoạch", "báo cáo") cites only with a number right after it
      // (after a qualifier, "số", ":"): without a digit there, the long look-ahead is not read
      if (!isCapitalised(word) && !digitTokenWithin(s, end, r.kindQualifiers.maxLen + r.numberWords.maxLen + 2)) {
        pos = Math.max(end, start + 1);
        continue;
      }
      const after = tokensAfter(s, end, 48);
      const amend = r.titled.has(kind.toLowerCase()) && isCapitalised(word) ? amendingNumber(after, r) : null;
      const numbered = amend ? null : readNumbered(s, after, isCapitalised(word), r, units);
      if (amend) {
        // the amending law owns the number; the scan goes on after the cue, so the laws it
        // amends are listed on their own (without that number)
        out.push({ kind, number: amend.number, date: null, issuer: null, raw: s.slice(start, amend.end), span: { field, index, start, end: amend.end } });
        claimed = amend.numberStart;
        next = after[0]!.end;
      } else if (numbered) {
        // the first number's entry spans the whole citation (date and issuer included);
        // later numbers of a list ("Nghị quyết 57, 59 và 68") span their own number
        numbered.numbers.forEach((n, k) => {
          if (k === 0) mk(kind, n.number, n.date ?? numbered.date, numbered.issuer, start, numbered.end);
          else mk(kind, n.number, n.date ?? numbered.date, numbered.issuer, n.end - n.number.length, n.end);
        });
      } else if (r.quotedTitle.has(kind.toLowerCase()) && isCapitalised(word)) {
        const b = quotedTitleEnd(s, end);
        if (b > 0) mk(kind, null, null, null, start, b);
        else if (r.capitalTitled.has(kind.toLowerCase()) && after[0]?.word && isCapitalised(after[0].text) && !r.plenumBodies.matchAfter(after, 0) && !r.bodyHeads.matchAfter(after, 0)) {
          // 'Đề án Phát triển ứng dụng dữ liệu …': a capitalised title without quotes
          mk(kind, null, null, null, start, capitalTitleEnd(after, r));
        }
      } else if (r.properNamed.has(kind.toLowerCase()) && isCapitalised(word)) {
        // "Hiệp định Paris", "Công ước Vienna", "Hiệp ước Bắc Đại Tây Dương": the name is the
        // run of capitalised words after the kind ("hiệp định thương mại" is no document)
        const b = Math.max(properNameEnd(after, r), sentenceCaseNameEnd(after, r));
        // ("Hiệp định Thương mại mở ra …": half of a Vietnamese word is no name)
        const half = b === after[0]?.end && NON_ASCII.test(after[0]!.text) && after[1]?.word === true && !isCapitalised(after[1]!.text);
        if (b > 0 && !half) mk(kind, null, null, null, start, b);
      } else if (r.nameOnly.has(kind.toLowerCase()) && isCapitalised(word)) {
        // "Hiến pháp", "Hiến pháp năm 2013", "Hiến pháp 1992"
        let b = end;
        const y = after[0]?.low === 'năm' ? 1 : 0;
        if (/^\d{4}$/.test(after[y]?.text ?? '')) b = after[y]!.end;
        mk(kind, null, null, null, start, b);
      } else if (r.titled.has(kind.toLowerCase()) && isCapitalised(word)) {
        const t = readTitle(after, r);
        if (t) {
          const titleEnd = t.end;
          // "Luật Đất đai số 31/2024/QH15": a law named by title may carry its number too
          const rest = tokensAfter(s, titleEnd, 48);
          const num = readNumbered(s, rest, true, r, units);
          if (num && r.numberWords.matchAfter(rest, 0) > 0 && rest[r.numberWords.matchAfter(rest, 0)]!.start !== claimed) {
            mk(kind, num.numbers[0]!.number, num.date, num.issuer, start, num.end);
          } else {
            mk(kind, null, null, null, start, titleEnd);
          }
        }
      } else if (r.subjectTitled.has(kind.toLowerCase()) && isCapitalised(word)) {
        const t = readSubjectTitle(s, after, r);
        if (t) mk(kind, null, null, t.issuer, start, t.end);
      }
    } else if (group === ABBR) {
      // short names are written in capitals; "blds" in lower case is not one
      const a = r.abbreviations.get(word);
      if (a) mk(a.kind, null, null, null, start, end);
    } else if (group === CUE) {
      const kind = r.listKind.get(word.toLowerCase()) ?? 'Luật';
      for (const item of readList(s, end, r)) mk(kind, null, null, null, item.start, item.end);
    } else if (group === CODE) {
      const kind = kindOfCode(code, r);
      if (kind) {
        const after = tokensAfter(s, end, 40);
        const tail = readDateIssuer(s, after, 0, r, yearOfCode(code));
        mk(kind, code, tail.date, tail.issuer, start, Math.max(end, tail.end));
      }
    }
    pos = Math.max(next, start + 1);
  }
}

// ---------------------------------------------------------------------------------------
// numbers, dates, issuers

/** does one of the `max` tokens after `pos` start with a digit? */
function digitTokenWithin(s: string, pos: number, max: number): boolean {
  let p = pos;
  for (let k = 0; k < max; k++) {
    const t = tokenAt(s, p);
    if (!t) return false;
    if (t.word && isDigitCode(s.charCodeAt(t.start))) return true;
    p = t.end;
  }
  return false;
}

const PLAIN_NUMBER = /^\d{1,5}$/;
// "3010-1/TB-ĐHHV": a sub-number after a dash may precede the letters
const CODE_NUMBER = /^\d{1,5}(?:-\d{1,3})?(?:\/\d{4})?[-/]\p{L}[\p{L}\d/.-]*$/u;
const DATE_TOKEN = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const NUMBER_YEAR = /^(\d{1,5})\/(\d{4})$/;
const SHORT_DATE_TOKEN = /^(\d{1,2})[/.-](\d{1,2})$/;

interface NumberedCitation {
  numbers: { number: string; end: number; date: string | null }[];
  date: string | null;
  issuer: string | null;
  end: number;
}

/**
 * After a kind word: ["số"] NUMBER [, NUMBER | và NUMBER]* [ngày DATE] [của ISSUER].
 * A plain number ("Kết luận 120") needs "số" or a capitalised kind, and must not be a
 * count ("Kế hoạch 5 năm") or a year.
 */
function readNumbered(s: string, after: Tok[], capitalised: boolean, r: DocumentRules, units: FigureRules): NumberedCitation | null {
  let j = 0;
  // "công văn khẩn số …", "công điện hỏa tốc số …": a qualifier before "số"
  const kq = r.kindQualifiers.matchAfter(after, 0);
  if (kq > 0 && r.numberWords.matchAfter(after, kq) > 0) j = kq;
  const so = r.numberWords.matchAfter(after, j);
  j += so;
  if (so > 0 && after[j]?.text === ':') j++; // "Thông tư số: 21/2012/TT-BLĐTBXH"
  const first = acceptNumber(after, j, so > 0 || capitalised, so > 0, r, units);
  if (!first) return null;
  const numbers: NumberedCitation['numbers'] = [{ number: first.text, end: first.end, date: null }];
  j++;
  // more numbers of the same kind: "Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW"
  for (;;) {
    const sep = after[j];
    if (!sep || !(sep.text === ',' || sep.low === 'và')) break;
    let k = j + 1;
    const so2 = r.numberWords.matchAfter(after, k);
    k += so2;
    const t = after[k];
    if (!t) break;
    // "18-NQ/TW, 19-NQ/TW": codes of one shape; "Nghị quyết 57, 59, 66 và 68": plain numbers
    const sameCode = CODE_NUMBER.test(t.text) && isCodeOfSameShape(t.text, first.text);
    const samePlain = PLAIN_NUMBER.test(t.text) && PLAIN_NUMBER.test(first.text) && !(t.text.length === 4 && /^(19|20)/.test(t.text));
    if (!sameCode && !samePlain) break;
    numbers.push({ number: t.text, end: t.end, date: null });
    j = k + 1;
  }
  const tail = readDateIssuer(s, after, j, r, yearOfCode(first.text));
  return { numbers, date: tail.date, issuer: tail.issuer, end: Math.max(numbers[numbers.length - 1]!.end, tail.end) };
}

function acceptNumber(after: Tok[], j: number, plainAllowed: boolean, withSo: boolean, r: DocumentRules, units: FigureRules): Tok | null {
  const t = after[j];
  if (!t || !t.word || !isDigitCode(t.text.charCodeAt(0))) return null;
  if (CODE_NUMBER.test(t.text) && !DATE_TOKEN.test(t.text)) return t;
  // "Nghị định số 82/2017": number and year, no letters; needs "số" or a capital kind
  const ny = NUMBER_YEAR.exec(t.text);
  if (ny && plainAllowed && Number(ny[2]) >= 1945 && Number(ny[2]) <= 2100) return t;
  if (!PLAIN_NUMBER.test(t.text)) return null;
  // "kết luận 49 của Bộ Chính trị": a lower-case kind takes a plain number its issuer follows
  if (!plainAllowed && !(r.issuerWords.matchAfter(after, j + 1) === 1 && after[j + 2] && isCapitalised(after[j + 2]!.text))) return null;
  const v = Number(t.text);
  if (t.text.length === 4 && v >= 1900 && v <= 2100) return null; // "Hiến pháp 2013": a year
  // "Kết luận 120 ngày 07/01/2016" is dated; "Kế hoạch 5 năm" is a count
  const dw = r.dateWords.matchAfter(after, j + 1);
  if (dw > 0 && readDate(after, j + 1 + dw, null)) return t;
  if (units.units.matchAfter(after, j + 1) > 0 || units.multipliers.has(after[j + 1]?.low ?? '')) return null;
  // without "số", "Kết luận 3 vấn đề" is a count: the number must end the phrase
  const nx = after[j + 1];
  if (!withSo && nx && nx.word && r.plainNumberFollowers.matchAfter(after, j + 1) === 0) return null;
  return t;
}

/** "18-NQ/TW" and "19-NQ/TW" share a shape: the same letters after the digits */
function isCodeOfSameShape(a: string, b: string): boolean {
  const tail = (x: string) => x.replace(/^\d+/, '');
  return tail(a) === tail(b) || !/\p{L}/u.test(b);
}

function yearOfCode(code: string): string | null {
  const m = /^\d{1,5}\/(\d{4})\//.exec(code);
  return m ? m[1]! : null;
}

function kindOfCode(code: string, r: DocumentRules): string | null {
  // party codes "686-QĐ/TU": letters between "-" and "/"; state codes "30/2020/NĐ-CP",
  // "1234/QĐ-UBND", "09/2022/QH15": letters after the last number part
  const m = /^\d{1,5}(?:-\d{1,3})?(?:\/\d{4})?[-/](\p{L}+)/u.exec(code);
  if (!m) return null;
  // a code names a document only when it has an issuer part after the kind letters
  if (!/[-/]/.test(code.slice(m[0].length)) && !/^QH\d/.test(code.slice(m[0].length - 2))) return null;
  return r.kindByCode.get(m[1]!) ?? null;
}

/** [,] [ban hành] ngày D/M/YYYY | ngày D tháng M năm YYYY, then [,] của ISSUER */
function readDateIssuer(s: string, after: Tok[], j0: number, r: DocumentRules, codeYear: string | null): { date: string | null; issuer: string | null; end: number } {
  let j = j0;
  let end = -1;
  let date: string | null = null;
  const comma = after[j]?.text === ',';
  if (comma) j++;
  // "… 686-QĐ/TU (ngày 6/7/2022)": the date may stand in brackets
  const bracket = after[j]?.text === '(' ? 1 : 0;
  const dw = r.dateWords.matchAfter(after, j + bracket);
  if (dw > 0) {
    const got = readDate(after, j + bracket + dw, codeYear);
    // "… Nghị quyết số 57-NQ/TW, ngày 15/3/2025, Ban Thường vụ tổ chức …": a date set off by
    // commas on both sides opens the next clause (the event's date), it does not date the
    // document; nor does a date of another year than the one in the number
    const framed = comma && !bracket && got !== null && after[got.next]?.text === ',' && r.issuerWords.matchAfter(after, got.next + 1) === 0;
    const otherYear = got?.date != null && codeYear !== null && got.date.slice(0, 4) !== codeYear;
    if (got && !framed && !otherYear) {
      date = got.date;
      j = got.next;
      if (bracket && after[j]?.text === ')') j++;
      end = after[j - 1]!.end;
    }
  }
  let issuer: string | null = null;
  let k = j;
  if (after[k]?.text === ',') k++;
  const iw = r.issuerWords.matchAfter(after, k);
  if (iw > 0) {
    const got = readIssuer(s, after, k + iw, r);
    if (got) {
      issuer = got.text;
      end = Math.max(end, got.end);
    }
  }
  return { date, issuer, end };
}

function readDate(after: Tok[], j: number, codeYear: string | null): { date: string | null; next: number } | null {
  const t = after[j];
  if (!t) return null;
  let m = DATE_TOKEN.exec(t.text);
  if (m) return { date: iso(m[3]!, m[2]!, m[1]!), next: j + 1 };
  m = SHORT_DATE_TOKEN.exec(t.text);
  if (m) return { date: codeYear ? iso(codeYear, m[2]!, m[1]!) : null, next: j + 1 };
  // "ngày 06 tháng 7 năm 2022"
  if (/^\d{1,2}$/.test(t.text) && after[j + 1]?.low === 'tháng' && /^\d{1,2}$/.test(after[j + 2]?.text ?? '')) {
    if (after[j + 3]?.low === 'năm' && /^\d{4}$/.test(after[j + 4]?.text ?? '')) {
      return { date: iso(after[j + 4]!.text, after[j + 2]!.text, t.text), next: j + 5 };
    }
    return { date: codeYear ? iso(codeYear, after[j + 2]!.text, t.text) : null, next: j + 3 };
  }
  return null;
}

function iso(y: string, mo: string, d: string): string | null {
  const yy = Number(y);
  const mm = Number(mo);
  const dd = Number(d);
  if (mm < 1 || mm > 12 || dd < 1 || dd > 31 || yy < 1900 || yy > 2100) return null;
  const dt = new Date(Date.UTC(yy, mm - 1, dd));
  if (dt.getUTCMonth() !== mm - 1) return null;
  return `${y}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

const ROMAN = /^[IVXLC]+$/;

/** "Ban Thường vụ Tỉnh ủy", "Bộ Chính trị khóa XI", "Ủy ban nhân dân tỉnh Quảng Ninh" */
function readIssuer(s: string, after: Tok[], j0: number, r: DocumentRules): { text: string; end: number } | null {
  let j = j0;
  let last = -1;
  let words = 0;
  let lowerRun = 0;
  while (j < after.length && words < 12) {
    const t = after[j]!;
    if (!t.word) break;
    if (r.issuerStops.matchAfter(after, j) > 0) break;
    if (isCapitalised(t.text) || ROMAN.test(t.text) || /^\d+$/.test(t.text)) {
      last = j;
      j++;
      words++;
      lowerRun = 0;
      continue;
    }
    // names capitalise only their first syllable: "Bộ Chính trị", "Ban Thường vụ"
    if (last === j - 1 && lowerRun === 0 && r.issuerLower.matchAfter(after, j) === 0) {
      last = j;
      j++;
      words++;
      lowerRun++;
      continue;
    }
    const lw = r.issuerLower.matchAfter(after, j);
    if (lw > 0) {
      // "… Trung ương và Chỉ thị số 35": the next citation, not more of this issuer
      if (t.low === 'và' && r.kindNames.matchAfter(after, j + 1) > 0) break;
      // a level word closing the issuer ("của UBND tỉnh", "của HĐND huyện") belongs to it
      if (t.low !== 'và' && !/^kho[áa]$/u.test(t.low) && !after[j + lw]?.word) last = j + lw - 1;
      j += lw;
      words += lw;
      lowerRun = 0;
      continue;
    }
    break;
  }
  if (last < j0) return null;
  // the issuer must open with a capital ("Bộ Chính trị"), not with "tỉnh"
  if (!isCapitalised(after[j0]!.text)) return null;
  return { text: s.slice(after[j0]!.start, after[last]!.end), end: after[last]!.end };
}

// ---------------------------------------------------------------------------------------
// titles

/** The name after "Luật"/"Bộ luật"/"Pháp lệnh": words up to a stop word or punctuation. */
function readTitle(after: Tok[], r: DocumentRules): { end: number } | null {
  const first = after[0];
  if (!first || !first.word || isDigitCode(first.text.charCodeAt(0))) return null;
  // "Luật sư", "Luật pháp-chính trị": not a law's name
  const head = first.low.split('-')[0]!;
  if (r.notTitle.matchAfter(after, 0) > 0 || r.notTitle.has(head) || r.titleStops.matchAfter(after, 0) > 0) return null;
  let j = 0;
  let last = -1;
  while (j < after.length && j < r.maxTitleWords) {
    const t = after[j]!;
    // "Luật Hôn nhân và Gia đình", "Luật Phòng, chống tham nhũng" (a join may open the name,
    // "và" may not)
    const join = r.titleJoins.matchAfter(after, j);
    if (join > 0 && (j > 0 || after[j]!.word && after[j]!.low !== 'và')) {
      const nx = after[j + join];
      const isAnd = after[j]!.low === 'và';
      // "Luật Phá sản và Luật Hòa giải …": "và" before another kind word joins two laws
      const nextKind = nx !== undefined && (r.kindByName.has(nx.low) || (nx.low === 'bộ' && after[j + join + 1]?.low === 'luật'));
      if (nx && nx.word && (!isAnd || isCapitalised(nx.text)) && !nextKind) {
        // a join that ends in a word ("phòng, chống", ", khen thưởng") may also end the name
        if (after[j + join - 1]!.word && !isAnd) last = j + join - 1;
        j += join;
        // "… Luật thi đua, khen thưởng Chủ nhiệm …": a capital right after a lower-case join
        // opens the next sentence (a dump that lost its full stop)
        if (!isAnd && isCapitalised(nx.text) && !isCapitalised(after[j - 1]!.text)) break;
        continue;
      }
      if (j > 0) break;
    }
    if (!t.word || isDigitCode(t.text.charCodeAt(0))) break;
    if (j > 0 && r.titleStops.matchAfter(after, j) > 0) break;
    last = j;
    j++;
  }
  if (last < 0) return null;
  return { end: after[last]!.end };
}

/**
 * "Luật sửa đổi, bổ sung một số điều của Bộ luật X số 99/2025/QH15": after the cue, the
 * first "số CODE" of the same sentence numbers the amending law.
 */
function amendingNumber(after: Tok[], r: DocumentRules): { number: string; numberStart: number; end: number } | null {
  if (r.amendCues.matchAfter(after, 0) === 0) return null;
  for (let j = 1; j < after.length; j++) {
    const t = after[j]!;
    if (t.text === '.' || t.text === ';' || t.text === '\n') return null;
    const so = r.numberWords.matchAfter(after, j);
    if (so > 0) {
      const n = after[j + so];
      if (n && CODE_NUMBER.test(n.text) && !DATE_TOKEN.test(n.text)) return { number: n.text, numberStart: n.start, end: n.end };
    }
  }
  return null;
}

const MAX_SUBJECT_WORDS = 10;
const MAX_PROPER_NAME_WORDS = 16;
/** a letter outside ASCII: a Vietnamese word, not a foreign name or an acronym */
const NON_ASCII = /[^\u0000-\u007f]/;

/** 'Đề án Chuyển đổi số trong nông nghiệp': the words of the title, to punctuation or a clause word */
/**
 * The end of a proper name of capitalised words or acronyms right after the kind ("Paris",
 * "Đối tác Toàn diện và Tiến bộ xuyên Thái Bình Dương" is cut at its first lower-case word
 * but "và" between capitals and a hyphen between names are kept: "Việt Nam - EU"), or 0
 */
function properNameEnd(after: Tok[], r: DocumentRules): number {
  const capWord = (t: Tok | undefined) => t !== undefined && t.word && isCapitalised(t.text) && !isDigitCode(t.text.charCodeAt(0));
  if (!capWord(after[0]) || r.plenumBodies.matchAfter(after, 0) > 0 || r.bodyHeads.matchAfter(after, 0) > 0) return 0;
  let last = 0;
  for (let k = 1; k < after.length && k < MAX_PROPER_NAME_WORDS; k++) {
    const t = after[k]!;
    if (capWord(t)) {
      last = k;
      continue;
    }
    if ((t.text === '-' || t.text === '–' || t.low === 'và') && k === last + 1 && capWord(after[k + 1])) continue;
    // "Thương mại tự do Việt Nam": lower-case syllables go on only when a capitalised word
    // closes them, before any stop word ("Paris về chấm dứt …" ends at "Paris")
    if (t.word && !isDigitCode(t.text.charCodeAt(0)) && r.properNameStops.matchAfter(after, k) === 0 && capitalSoon(after, k, r)) continue;
    // "Liên hợp quốc về …": the lower-case syllables of a Vietnamese word the name ends in
    if (k === last + 1) {
      const tail = syllablesClosing(after, k, r);
      if (tail > 0 && NON_ASCII.test(after[last]!.text) && !/^[A-ZĐ]+$/.test(after[last]!.text)) last = k + tail - 1;
    }
    break;
  }
  return after[last]!.end;
}

/**
 * "Công ước Vũ khí hóa học,", "Hiệp ước Không phổ biến vũ khí hạt nhân (NPT)": a name in
 * sentence case (a Vietnamese first word, then lower case) that punctuation closes; 0 when
 * the lower-case words run on into the sentence ("Hiệp định Thương mại mở ra …" is cut by
 * properNameEnd instead)
 */
function sentenceCaseNameEnd(after: Tok[], r: DocumentRules): number {
  const first = after[0];
  if (!first || !first.word || !isCapitalised(first.text) || !NON_ASCII.test(first.text)) return 0;
  let k = 1;
  while (k < after.length && k < 8) {
    const t = after[k]!;
    if (!t.word || isCapitalised(t.text) || isDigitCode(t.text.charCodeAt(0)) || r.properNameStops.matchAfter(after, k) > 0) break;
    k++;
  }
  const closer = after[k];
  if (k < 2 || (closer !== undefined && (closer.word || !/^[(,.;:"”)]$/.test(closer.text)))) return 0;
  return after[k - 1]!.end;
}

/** one or two lower-case words from k that a stop word, punctuation or the end follows, or 0 */
function syllablesClosing(after: Tok[], k: number, r: DocumentRules): number {
  for (let n = 1; n <= 2; n++) {
    const t = after[k + n - 1];
    if (!t || !t.word || isCapitalised(t.text) || isDigitCode(t.text.charCodeAt(0)) || r.properNameStops.matchAfter(after, k + n - 1) > 0) return 0;
    const nx = after[k + n];
    if (!nx || !nx.word || r.properNameStops.matchAfter(after, k + n) > 0) return n;
  }
  return 0;
}

/** a capitalised word within a few words from k, with only lower-case non-stop words between */
function capitalSoon(after: Tok[], k: number, r: DocumentRules): boolean {
  for (let j = k + 1; j < after.length && j < k + 4; j++) {
    const t = after[j]!;
    if (!t.word || isDigitCode(t.text.charCodeAt(0))) return false;
    if (isCapitalised(t.text)) return true;
    if (r.properNameStops.matchAfter(after, j) > 0) return false;
  }
  return false;
}

function capitalTitleEnd(after: Tok[], r: DocumentRules): number {
  let last = 0;
  for (let k = 1; k < after.length && k < MAX_SUBJECT_WORDS; k++) {
    const t = after[k]!;
    if (!t.word || isDigitCode(t.text.charCodeAt(0)) || r.subjectStops.matchAfter(after, k) > 0) break;
    last = k;
  }
  return after[last]!.end;
}

/**
 * An unnumbered resolution named by its plenum or its issuer and subject: "Nghị quyết
 * Trung ương 8 khóa XIII về …", "Nghị quyết của Bộ Chính trị về …". A kind with only an
 * issuer ("nghị quyết của Tỉnh ủy") or only a subject is not one document.
 */
function readSubjectTitle(s: string, after: Tok[], r: DocumentRules): { end: number; issuer: string | null } | null {
  let j: number;
  let issuer: string | null = null;
  let end: number;
  const pb = r.plenumBodies.matchAfter(after, 0);
  if (pb > 0 && /^\d{1,2}$/.test(after[pb]?.text ?? '')) {
    j = pb + 1;
    end = after[pb]!.end;
    if ((after[j]?.low === 'khóa' || after[j]?.low === 'khoá') && after[j + 1]?.word) {
      end = after[j + 1]!.end;
      j += 2;
    }
    if (after[j]?.low !== 'về') return { end, issuer: null };
  } else {
    if (r.issuerWords.matchAfter(after, 0) !== 1 || after[0]!.low !== 'của') return null;
    const got = readIssuer(s, after, 1, r);
    if (!got) return null;
    issuer = got.text;
    j = after.findIndex((t) => t.start >= got.end);
    if (j < 0 || after[j]!.low !== 'về') return null;
  }
  // the subject: words after "về" up to punctuation or a number
  let k = j + 1;
  let last = -1;
  while (k < after.length && k - j <= MAX_SUBJECT_WORDS) {
    const t = after[k]!;
    if (!t.word || isDigitCode(t.text.charCodeAt(0))) break;
    // "… về tài nguyên nước và thực hiện …": the subject ends where the clause goes on
    if (k > j + 1 && r.subjectStops.matchAfter(after, k) > 0) break;
    last = k;
    k++;
  }
  if (last < 0) return null;
  return { end: after[last]!.end, issuer };
}

/** 'Đề án “Phát triển …”': the end of the quoted title, or -1 */
function quotedTitleEnd(s: string, pos: number): number {
  let i = pos;
  while (i < s.length && s.charAt(i) === ' ') i++;
  const open = s.charAt(i);
  const close = open === '“' ? '”' : open === '"' ? '"' : open === '«' ? '»' : '';
  if (!close) return -1;
  const limit = Math.min(s.length, i + 300);
  for (let k = i + 1; k < limit; k++) if (s.charAt(k) === close) return k > i + 1 ? k + 1 : -1;
  return -1;
}

/** "các luật, như Thuế giá trị gia tăng, Thuế thu nhập doanh nghiệp và …": the named items */
function readList(s: string, pos: number, r: DocumentRules): { start: number; end: number }[] {
  const toks = tokensAfter(s, pos, 60);
  let j = 0;
  if (toks[j]?.text === ',') j++;
  const link = r.listLinks.matchAfter(toks, j);
  j += link;
  if (toks[j]?.text === ':') j++;
  if (link === 0 && toks[j - 1]?.text !== ':') return [];
  const items: { start: number; end: number }[] = [];
  while (j < toks.length) {
    const first = toks[j];
    if (!first || !first.word || !isCapitalised(first.text)) break;
    let last = j;
    let k = j + 1;
    while (k < toks.length && k - j < r.maxTitleWords) {
      const t = toks[k]!;
      if (!t.word || t.low === 'và' || t.low === 'hoặc') break;
      if (r.titleStops.matchAfter(toks, k) > 0) break;
      last = k;
      k++;
    }
    items.push({ start: first.start, end: toks[last]!.end });
    const sep = toks[k];
    if (!sep || !(sep.text === ',' || sep.low === 'và' || sep.low === 'hoặc')) break;
    j = k + 1;
  }
  return items;
}

// ---------------------------------------------------------------------------------------
// merging

/** the same words, whatever the commas and semicolons between them */
function sameWords(a: string, b: string): boolean {
  const words = (x: string) => foldKey(x).replace(/\s*[,;]\s*/gu, ' ');
  return words(a) === words(b);
}

function docKey(d: CitedDocument, r: DocumentRules): string {
  if (d.number !== null) return `${d.kind}|#${d.number.toLowerCase()}`;
  const t = foldKey(d.raw);
  const alias = r.titleAlias.get(t);
  if (alias !== undefined) return `${d.kind}|${alias}`;
  // "Luật Thi đua, khen thưởng" and "Luật Thi đua khen thưởng": one law
  return `${d.kind}|${t.replace(/\s*[,;]\s*/gu, ' ')}`;
}

/**
 * A short form of the same number: "57" and "57-NQ/TW", "82/2017" and "82/2017/NĐ-CP"
 * (the shorter one opens the longer one and stops at a dash or a slash).
 */
function sameNumber(a: string, b: string): boolean {
  const [long, short] = a.length >= b.length ? [a.toLowerCase(), b.toLowerCase()] : [b.toLowerCase(), a.toLowerCase()];
  if (long === short) return true;
  return long.startsWith(short) && (long.charAt(short.length) === '-' || long.charAt(short.length) === '/');
}

/**
 * One entry per document. "Kết luận số 120 ngày 07/01/2016 của Bộ Chính trị khóa XI" and a
 * later "Kết luận số 120 của Bộ Chính trị" are one document; so are "Nghị quyết 57" and
 * "Nghị quyết 57-NQ/TW". The first mention gives the span; the fullest number, a date and
 * the longest issuer are kept.
 */
export function mergeDocuments(found: CitedDocument[], r: DocumentRules): CitedDocument[] {
  const out: CitedDocument[] = [];
  const byKey = new Map<string, CitedDocument>();
  // numbered documents by kind and leading digits, so short forms are found without a scan
  const byDigits = new Map<string, CitedDocument[]>();
  const digitsKey = (d: CitedDocument) => `${d.kind}|${/^\d+/.exec(d.number ?? '')?.[0] ?? ''}`;
  for (const d of found) {
    let hit = byKey.get(docKey(d, r));
    if (!hit && d.number !== null) {
      // "57" and "57-NQ/TW", "82/2017" and "82/2017/NĐ-CP": one document
      hit = byDigits.get(digitsKey(d))?.find((o) => o.number !== null && sameNumber(o.number, d.number!));
    }
    if (!hit) {
      const copy = { ...d, span: { ...d.span } };
      out.push(copy);
      byKey.set(docKey(copy, r), copy);
      if (copy.number !== null) {
        const k = digitsKey(copy);
        const list = byDigits.get(k);
        if (list) list.push(copy);
        else byDigits.set(k, [copy]);
      }
      continue;
    }
    if (d.number !== null && hit.number !== null && d.number.length > hit.number.length) {
      hit.number = d.number;
      byKey.set(docKey(hit, r), hit);
    }
    if (d.date && !hit.date) hit.date = d.date;
    if (d.issuer && (!hit.issuer || d.issuer.length > hit.issuer.length)) hit.issuer = d.issuer;
    // "Luật Thi đua khen thưởng" then "Luật Thi đua, khen thưởng": the fuller spelling names it
    // (the same words: an abbreviation or short name met first is kept, "BLHS" before "Bộ luật Hình sự")
    if (hit.number === null && d.raw.length > hit.raw.length && sameWords(d.raw, hit.raw)) {
      hit.raw = d.raw;
      hit.span = { ...d.span };
    }
  }
  return out;
}
