/**
 * The grammar of Vietnamese news text around officials, over one field's tokens:
 *
 *   position := PREFIX* OFFICE tail          "Phó Bí thư Thường trực" + " Thành ủy"
 *   tail     := (body | place | level | capitalised word [+ one lower-case syllable]
 *                | organisation word | number after "khu vực"/"Quân khu" | "(ABBR)")*
 *               ending at punctuation, a verb or particle (rules: positionEnds), a new office,
 *               or a personal name (a capitalised run that starts with a surname)
 *   name     := 2–5 capitalised syllables, the first a surname (or a foreign-looking run)
 *
 * Persons are found three ways: honorific + name ("Đồng chí A", "ông A", "BS.CK2 A"), office
 * chain + name ("Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM Nguyễn Phước Lộc"),
 * and a bare name followed by ", office" ("A, Trưởng Ban Dân vận Thành ủy"). After a name,
 * ", office", "(office)", "- office", "kiêm office" and "làm office" add positions.
 */
import { createRequire } from 'node:module';
import { stripDiacritics } from '../../normalise/text.js';
import { C, M } from './lexicon.js';
import { PERIOD, type PeopleRules } from './rules.js';
import { isJsSpace, type Tok } from './tokens.js';

/** the slice of compromise's API used here */
type Nlp = (text: string) => { people(): { out(format: 'array'): string[] } };
let compromiseNlp: Nlp | null = null;

/**
 * compromise is loaded on first use, not at import: building its lexicon costs a few hundred
 * milliseconds per process (per worker), and most articles never need it. The handle is
 * cached for the process; it is read-only library code, not article state.
 */
function nlp(text: string): ReturnType<Nlp> {
  if (!compromiseNlp) compromiseNlp = createRequire(import.meta.url)('compromise') as Nlp;
  return compromiseNlp(text);
}

export interface ParsedPosition {
  raw: string;
  title: string;
  organization: string | null;
  /** token range of the position (office start → tail end) */
  start: number;
  end: number;
}

export interface NameRange {
  a: number;
  b: number;
}

interface TailResult {
  end: number;
  name: NameRange | null;
  excluded: [number, number][];
  stoppedAtOffice: boolean;
}

type Kind = 'office' | 'cap' | 'place' | 'country' | 'level' | 'body' | 'head' | 'eponym' | 'abbr' | 'lower' | 'num';

const MAX_TAIL = 40; // tokens; a position is never longer, whatever the text
const MAX_NAME = 5;
const MAX_RUN = 12; // capitalised words in one run considered at once
/**
 * lower-case words of one open head's name ("Hội Giáo dục chăm sóc sức khỏe cộng đồng"): the
 * longest such run in the corpus is 7; a longer run is a clause, not a name
 */
const MAX_OPEN_RUN = 8;
/** a Roman numeral as terms are numbered ("khóa XIII") */
const ROMAN = /^[IVXLC]{1,7}$/;
/** a term's number, year or range of years ("15", "2020", "2020-2025", "14,15") */
const TERM_NUMBER = /^\d{1,4}(?:[-–,]\d{1,4})?$/;
const YEAR = /^(?:19|20)\d\d$/;
/** a year or a range of years written as one token ("2020", "2020-2025") */
const YEARS = /^(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?$/;
/** punctuation that may close a lower-case run inside an open head's name */
const RUN_CLOSERS = new Set([',', ';', ':', '(', ')', '.', '!', '?', '-', '–', '—', '…']);
/** what ends a lower-case run inside an open head's name: a verb, particle, joining word or level */
const RUN_END = C.STOP | C.ROLEVERB | C.CHAIN | C.CONNECTOR | C.ADDR | C.KIN | C.ROLEADV | C.MOTION | C.PLACE | C.COUNTRY | C.LEVEL;


export class Grammar {
  constructor(
    private readonly toks: Tok[],
    /** offset of each token in `text` */
    private readonly starts: number[],
    private readonly text: string,
    private readonly rules: PeopleRules,
  ) {}

  /** offset of token i in the text */
  startOf(i: number): number {
    return this.starts[i]!;
  }

  /** offset after token i (a token is written exactly as in the text) */
  endOf(i: number): number {
    return this.starts[i]! + this.toks[i]!.s.length;
  }

  // ---------- word classes ----------

  isWord(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.w;
  }

  isCapWord(i: number): boolean {
    const t = this.toks[i];
    return t !== undefined && t.w && t.cap && !t.num;
  }

  isSurname(i: number): boolean {
    const t = this.toks[i];
    if (t === undefined || !t.cap) return false;
    // ethnic-minority names open with a prefix glued by an apostrophe: H'Ing, K'Nhiên
    return (t.m & M.SURNAME) !== 0;
  }

  /** end of PREFIX* OFFICE starting at i, or -1. The first word must be capitalised unless `lower`. */
  officeAt(i: number, lower = false): number {
    const t = this.toks[i];
    if (!t || !t.w) return -1;
    // every office and prefix is in the phrase table (a lower-case prefix too): no class, no office
    if ((t.f & (C.OFFICE | C.PREFIX)) === 0) return -1;
    const lex = this.rules.lex;
    if (!t.cap && !this.rules.lowerPrefixes.has(t.s) && !(lower && lex.match(this.toks, i, C.OFFICE))) return -1;
    if (!lower && !t.cap) {
      // "nguyên Phó Chủ tịch", "cựu Bộ trưởng": a lower-case prefix before a capitalised title
      const pre = lex.match(this.toks, i, C.PREFIX);
      if (!pre || !this.toks[i + pre.len]?.cap) return -1;
      const after = lex.match(this.toks, i + pre.len, C.OFFICE);
      if (after) return this.qualified(i + pre.len + after.len);
      const pre2 = lex.match(this.toks, i + pre.len, C.PREFIX);
      const after2 = pre2 ? lex.match(this.toks, i + pre.len + pre2.len, C.OFFICE) : null;
      return pre2 && after2 ? this.qualified(i + pre.len + pre2.len + after2.len) : -1;
    }
    let best = -1;
    const direct = lex.match(this.toks, i, C.OFFICE);
    if (direct) best = i + direct.len;
    const pre = lex.match(this.toks, i, C.PREFIX);
    if (pre) {
      const after = lex.match(this.toks, i + pre.len, C.OFFICE);
      if (after && i + pre.len + after.len > best) best = i + pre.len + after.len;
      else {
        const pre2 = lex.match(this.toks, i + pre.len, C.PREFIX);
        if (pre2) {
          const after2 = lex.match(this.toks, i + pre.len + pre2.len, C.OFFICE);
          if (after2) best = Math.max(best, i + pre.len + pre2.len + after2.len);
        }
      }
    }
    return best < 0 ? best : this.qualified(best);
  }

  /** past a lower-case qualifier of the office ending at e ("Hiệu trưởng tạm quyền") */
  private qualified(e: number): number {
    const t = this.toks[e];
    if (!t || t.cap || (t.f & C.QUALIFIER) === 0) return e;
    const q = this.rules.lex.match(this.toks, e, C.QUALIFIER);
    return q ? e + q.len : e;
  }

  /** end of the run of capitalised words from i (a new office ends it) */
  runEnd(i: number): number {
    let r = i;
    // capped: no name or body name is longer, and a runaway line of capitals stays linear
    const cap = i + MAX_RUN;
    while (r < cap && this.isCapWord(r) && !(r > i && (this.officeAt(r) > 0 || this.rules.lex.match(this.toks, r, C.ADDR)))) {
      // in text set in capitals a verb looks like a name's word ("NGUYỄN VĂN AN PHÁT BIỂU")
      if (r > i && this.toks[r]!.upper && this.rules.lex.match(this.toks, r, C.STOP | C.ROLEVERB | C.CHAIN)) break;
      // "… ông Trần Văn An Đánh giá về …": a caption glued to the next sentence, whose first
      // word opens a verb of several words written on in lower case
      if (r > i + 1 && this.gluedVerbAt(r)) break;
      // "… anh Nguyễn Nguyên Với mục tiêu …": a word that opens a clause ("Với", "Theo"; rules:
      // clauseStarts), no surname, with lower case after it, opens the next sentence
      if (r > i + 1 && this.clauseOpensAt(r)) break;
      r++;
    }
    return r;
  }

  /** a clause opener ("Với", "Theo") that is no surname or given name, followed by a lower-case word */
  private clauseOpensAt(r: number): boolean {
    const t = this.toks[r]!;
    if ((t.f & C.CLAUSE) === 0 || (t.m & (M.SURNAME | M.GIVEN)) !== 0) return false;
    const m = this.rules.lex.match(this.toks, r, C.CLAUSE);
    const nx = m ? this.toks[r + m.len] : undefined;
    return m !== null && nx !== undefined && nx.w && !nx.cap;
  }

  /** a capitalised word opening a verb phrase of several words whose rest is lower case */
  private gluedVerbAt(r: number): boolean {
    const t = this.toks[r]!;
    if ((t.f & (C.STOP | C.ROLEVERB)) === 0) return false;
    const m = this.rules.lex.match(this.toks, r, C.STOP | C.ROLEVERB);
    return m !== null && m.len > 1 && !this.toks[r + 1]!.cap;
  }

  /** a name's words: capitalised letters only; a trailing initial means an anonymised person */
  validName(a: number, b: number): boolean {
    if (b - a < 2 || b - a > MAX_NAME + 1) return false;
    let upper = 0;
    for (let i = a; i < b; i++) {
      const t = this.toks[i]!;
      if (!t.w || !t.cap || t.num || t.m & M.NONAME) return false;
      if (t.upper) upper++;
    }
    const last = this.toks[b - 1]!;
    if (last.s.length === 1) return false; // "Nguyễn Văn T": anonymised
    if (b - a === 2 && this.rules.notNames.has(`${this.toks[a]!.k} ${last.k}`)) return false;
    if (upper === b - a) return true; // a name in capitals: "NGUYỄN VĂN AN"
    for (let i = a; i < b; i++) {
      const t = this.toks[i]!;
      // an abbreviation or initials inside a mixed-case run is not a name ("ông THS");
      // a one-letter ethnic prefix (Y Thanh) is fine
      if (t.upper && t.s.length > 1) return false;
    }
    return true;
  }

  /** a word that is no Vietnamese syllable (Biden, Grant, Joe) marks a foreign name */
  looksForeign(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.toks[i]!.m & M.FOREIGN) return true;
    return false;
  }

  /**
   * A Western first name + surname ("Ian Grant Frew", "Vladimir Putin") that the
   * Vietnamese surname list cannot know: compromise's English person lexicon is good at
   * exactly this, and is only asked about short capitalised runs that are already in a
   * person slot (after an office or an honorific).
   */
  westernPerson(a: number, b: number): boolean {
    return this.westernPersonStart(a, b) === a;
  }

  /**
   * Can the foreign-looking run [a, b) be a person's name? Not when a word marks a
   * company or place ("Fox News", "Lan Group", "The Hague").
   */
  foreignNameOk(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.toks[i]!.m & M.NOTNAME) return false;
    return true;
  }

  /** where the person compromise finds at the end of the run [a, b) starts, or -1 */
  westernPersonStart(a: number, b: number): number {
    if (!this.foreignNameOk(a, b)) return -1;
    const run = this.span(a, b);
    let people = this.rules.westernMemo.get(run);
    if (!people) {
      people = nlp(run).people().out('array');
      this.rules.westernMemo.set(run, people);
    }
    for (let k = a; k < b - 1; k++) {
      const tail = this.span(k, b);
      if (people.some((p) => p.replace(/[.,]$/, '') === tail)) return k;
    }
    return -1;
  }

  span(a: number, b: number): string {
    return this.text.slice(this.startOf(a), this.endOf(b - 1));
  }

  /**
   * Where a personal name starts inside the capitalised run [j, r), or -1.
   * After a level word ("huyện Bình Chánh Nguyễn Văn An") or a body often named after a
   * person ("Trường THPT Lê Quý Đôn"), the first words are the place's or body's own name.
   */
  nameInRun(j: number, r: number, prev: Kind, foreign = true): number {
    const n = r - j;
    if (n < 2) {
      // "Tổng thống Nga Putin", "Thủ tướng Nhật Bản Kishida": after a country, a leader
      // named by one foreign word (no Vietnamese syllable, no known place or body)
      // ("Tổng thống Obama, Thủ tướng …": right after the office only a word compromise's
      // person lexicon knows, not a company's "Giám đốc Samsung")
      const t = this.toks[j];
      if (n === 1 && foreign && (prev === 'country' || prev === 'office') && t && t.s.length > 2 && !t.upper && this.looksForeign(j, r) && this.foreignNameOk(j, r)) {
        if (
          !this.rules.lex.match(this.toks, j, C.PLACE | C.COUNTRY | C.BODY | C.HEAD) &&
          (prev === 'country' || foreignPersonName(this.span(j, r), this.rules.westernMemo) || (this.leaderTitleBefore(j) && this.nameEndsAt(r)))
        )
          return j;
      }
      return -1;
    }
    if (prev === 'level' || prev === 'eponym') {
      const lex = this.rules.lex;
      const unit = lex.match(this.toks, j, C.UNIT | C.PLACE);
      if (unit) {
        // "huyện Lâm Hà Nguyễn Văn An": a known unit, then the name
        const a = j + unit.len;
        return a < r && this.isSurname(a) && r - a >= 2 && r - a <= 4 && this.validName(a, r) ? a : -1;
      }
      // "UBND tỉnh Nguyễn Văn An": the level word used alone, then a full name
      if (prev === 'level' && n >= 3 && n <= 4 && this.isSurname(j) && this.validName(j, r)) return j;
      const offs = prev === 'level' ? [2, 3, 1] : [3, 2, 4];
      for (const off of offs) {
        const a = j + off;
        if (a >= r || !this.isSurname(a)) continue;
        const len = r - a;
        if (len < 2 || len > 4 || (off === 1 && len < 3)) continue;
        if (this.validName(a, r)) return a;
      }
      return -1;
    }
    const lex = this.rules.lex;
    // five words or more: most likely a place's name, then a three- or four-word name
    // ("Huyện ủy Lâm Hà Nguyễn Đình Tâm")
    if (n >= 5) {
      for (const len of [3, 4]) {
        const a = r - len;
        if (a > j && this.isSurname(a) && this.validName(a, r)) return a;
      }
    }
    // right after a committee or a place a two-word run is a district's name ("Huyện ủy Lâm Hà")
    const twoOk = prev !== 'body' && prev !== 'head' && prev !== 'abbr' && prev !== 'place';
    for (let a = j; a < r - 1; a++) {
      if (!this.isSurname(a) || r - a > MAX_NAME) continue;
      if (r - a === 2 && a === j && !twoOk) continue;
      if (lex.match(this.toks, a, C.PLACE | C.COUNTRY | C.BODY)) continue;
      if (this.validName(a, r)) return a;
    }
    if (!foreign || n > 4 || !this.validName(j, r) || (prev !== 'country' && prev !== 'office')) return -1;
    for (let a = j; a < r; a++) if (lex.match(this.toks, a, C.PLACE | C.COUNTRY | C.BODY | C.HEAD)) return -1;
    // after a country ("Tổng thống Mỹ Joe Biden", "Chủ tịch Trung Quốc Tập Cận Bình") the rest
    // is the name; right after an office only a name compromise knows (not "Savills")
    if ((prev === 'country' && this.foreignNameOk(j, r)) || this.westernPerson(j, r)) return j;
    return -1;
  }

  private findClose(i: number, limit = 12): number {
    for (let j = i + 1; j < this.toks.length && j <= i + limit; j++) {
      const s = this.toks[j]!.s;
      if (s === ')') return j;
      if (s === '(') return -1;
    }
    return -1;
  }

  /**
   * "(BCĐ)" after "Ban Chỉ đạo": the bracket defines an abbreviation of the words just
   * before it (initials match, tone-insensitive, Đ ~ D, "&" ~ "và").
   */
  isDefinition(open: number, close: number, from: number): boolean {
    let letters = '';
    for (let j = open + 1; j < close; j++) {
      const t = this.toks[j]!;
      if (t.s === '&') continue;
      if (!t.w || !t.upper) return false;
      letters += t.s;
    }
    return abbreviationMatches(letters, this.wordsBefore(open, from));
  }

  private wordsBefore(i: number, from: number): string[] {
    const out: string[] = [];
    for (let j = Math.max(from, i - 16); j < i; j++) if (this.toks[j]!.w) out.push(this.toks[j]!.s);
    return out;
  }

  // ---------- positions ----------

  /**
   * The tail of a position: the body the office is held in. `start` is the first token
   * after the office, [officeStart, start) the office itself.
   */
  parseTail(start: number, officeStart: number, allowName: boolean, first: Kind = 'office', foreign = true, openRuns = false): TailResult {
    const toks = this.toks;
    const lex = this.rules.lex;
    const excluded: [number, number][] = [];
    let j = start;
    let end = start;
    let prev: Kind = first;
    let continued = false;
    let descOpen = false;
    let headOpen = false; // a head ("Cục", "Hội", "Hội đồng") whose own name may end in lower case
    // an open head ("Cục", "Hội", "Trung tâm") whose name has had no place, level or fixed body
    // since: lower-case words may go on in it ("Hội Giáo dục chăm sóc sức khỏe cộng đồng")
    // (only in a position, whose office says a body's name follows: elsewhere "Vụ tai nạn xảy ra",
    // "Trường hợp này" open with the same words)
    let open = openRuns && this.endsInOpenHead(officeStart, start);
    // an owner's trade written in lower case ("chủ tiệm vàng", "chủ vựa cá"): a capitalised
    // run after its lower-case words is the shop's name ("… Mai Xuân"), a person only after it
    const lowerOpen = open && start > officeStart && !toks[start - 1]!.cap && this.endsInTrade(officeStart, start);
    // a body that the title's last words open ("Trưởng Ban" + "chỉ đạo")
    for (let k = officeStart; k < start; k++) {
      const m = lex.match(toks, k, C.BODY);
      if (m && k + m.len >= start) {
        if (k + m.len > start) {
          j = end = k + m.len;
          prev = 'body';
        }
        descOpen = (m.flags & C.DESCBODY) !== 0;
        break;
      }
    }
    const limit = Math.min(toks.length, start + MAX_TAIL);
    while (j < limit) {
      const t = toks[j]!;
      if (!t.w) {
        if (t.s === '(') {
          const close = this.findClose(j);
          if (close < 0 || j === start) break;
          if (this.isDefinition(j, close, officeStart)) {
            excluded.push([j, close + 1]);
            j = end = close + 1;
            continue;
          }
          // a bracketed abbreviation that is not a definition stays ("(HECI)")
          if (close === j + 2 && toks[j + 1]!.upper) {
            j = end = close + 1;
            continue;
          }
          // "Cục Quản lý khám chữa bệnh (Bộ Y tế)": the parent body in brackets belongs to the
          // position, as a parent body after a comma or a dash does
          if (openRuns && prev !== 'office' && this.parentBodyIn(j, close)) {
            j = end = close + 1;
            prev = 'body';
            open = false;
            continue;
          }
          break;
        }
        // "Công an thị xã Hoàng Mai, tỉnh Nghệ An": the unit that contains the place just named
        if (t.s === ',' && (prev === 'place' || prev === 'cap') && this.parentUnitAt(j + 1)) {
          j++;
          continue;
        }
        // "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công": an open head's name that lists
        // its fields, each capitalised, the last after "và"; the last one is read on from here
        if (t.s === ',' && open && (prev === 'cap' || prev === 'lower')) {
          const last = this.listedFieldsEnd(j);
          if (last > 0) {
            j = last;
            continue;
          }
        }
        // "HĐND TP. Hồ Chí Minh": the full stop of an abbreviated level word, not a sentence end
        if (t.s === '.' && prev === 'level' && j > start && this.abbrevDot(j)) {
          j++;
          continue;
        }
        if ((t.s === '-' || t.s === '–' || t.s === '&') && j > start && this.isCapWord(j + 1)) {
          if (this.officeAt(j + 1) > 0 || lex.match(toks, j + 1, C.PROF | C.ADDR)) break;
          const r = this.runEnd(j + 1);
          if (this.nameInRun(j + 1, r, 'cap') === j + 1) break;
          j++;
          continue;
        }
        break;
      }
      if (t.f & C.TERM && openRuns && !t.cap) {
        // "Ủy viên Trung ương Đảng khóa XI, XII", "Bí thư Tỉnh ủy nhiệm kỳ 2020-2025": the term
        // is part of the position as written, and a list of terms does not end the chain (only
        // in a position: an organisation's name is the body's, without the term)
        const te = this.termEnd(j);
        if (te > j) {
          j = end = te;
          prev = 'num';
          open = false;
          continue;
        }
      }
      if (t.num) {
        if (prev !== 'num' && j > officeStart && this.numberAllowedAfter(j)) {
          j = end = j + 1;
          prev = 'num';
          continue;
        }
        break;
      }
      if (t.cap) {
        if (j > start || prev !== 'office') {
          if (this.officeAt(j) > 0 && !lex.match(toks, j, C.BODY | C.HEAD)) {
            return { end, name: null, excluded, stoppedAtOffice: true };
          }
        }
        if (prev === 'level') {
          // "xã Tân Lập", "phường Trần Hưng Đạo": a unit's name, unless a person's follows
          const unit = lex.match(toks, j, C.UNIT);
          if (unit && !(allowName && this.isSurname(j + unit.len) && this.startsName(j + unit.len))) {
            j = end = j + unit.len;
            prev = 'place';
            continue;
          }
        }
        const found = lex.match(toks, j, C.BODY | C.HEAD | C.PLACE | C.COUNTRY | C.ABBR | C.LEVEL | C.ORGWORD);
        const m = found && this.knownAt(j, C.BODY | C.HEAD | C.PLACE | C.COUNTRY | C.ABBR | C.LEVEL | C.ORGWORD) ? found : null;
        if (m && !(m.flags & (C.BODY | C.HEAD | C.PLACE | C.COUNTRY | C.ABBR | C.LEVEL)) && m.len === 1) {
          // a one-word organisation word in capitals ("Nhân", "Quốc") is only a capitalised word
        } else if (m) {
          const f = m.flags;
          if (allowName && j === start && prev === 'office' && f & C.PERSONPLACE && !this.isCapWord(j + m.len)) {
            return { end, name: { a: j, b: j + m.len }, excluded, stoppedAtOffice: false };
          }
          if (f & C.PLACE) prev = 'place';
          else if (f & C.COUNTRY) prev = 'country';
          else if (f & C.LEVEL) prev = 'level';
          else if (f & C.EPONYM) prev = 'eponym';
          // a fixed body's name is complete; a head may go on ("Hội nông dân")
          else if (f & C.BODY) prev = 'body';
          else if (f & C.HEAD) prev = toks[j + m.len - 1]!.cap ? 'head' : 'body';
          else if (f & C.ABBR) prev = 'abbr';
          else prev = 'lower'; // "Xã hội", "Nông nghiệp": words of a body's name
          if (f & C.DESCBODY) descOpen = true;
          if (f & C.HEAD) headOpen = true;
          if (f & C.OPENHEAD) open = openRuns;
          else if (f & (C.BODY | C.PLACE | C.COUNTRY | C.LEVEL | C.ABBR)) open = false;
          j = end = j + m.len;
          continued = !toks[j - 1]!.cap;
          continue;
        }
        const r = this.runEnd(j);
        // "… Hải Phòng Với …": a capitalised particle opens the next sentence
        if (r === j + 1 && lex.match(toks, j, C.CLAUSE)?.len === 1) break;
        if (allowName) {
          const a = this.nameInRun(j, r, prev, foreign);
          // words before the name belong to the body; a connector right before it does not
          if (a >= 0 && !(lowerOpen && prev === 'lower' && a === j)) return { end: a > j ? a : end, name: { a, b: r }, excluded, stoppedAtOffice: false };
        }
        // a proper name of two words or more ("Việt Nam", "Phạm Văn Đồng") ends what a body's
        // name says in lower case; one capitalised word opens it ("Tầm soát ung thư")
        if (r - j >= 2 || this.hasCode(j, r)) open = false;
        j = end = Math.max(r, j + 1);
        prev = 'cap';
        continued = false;
        continue;
      }
      // a lower-case word
      // "giám đốc bệnh viện huyện", "hiệu trưởng trường ĐH Hùng Vương": a body's head written
      // in lower case right after the office opens its body
      if (j === start && prev === 'office' && openRuns && t.f & C.HEAD) {
        const hm = lex.match(toks, j, C.HEAD);
        if (hm && !(hm.flags & (C.LEVEL | C.PLACE))) {
          j = end = j + hm.len;
          prev = 'head';
          headOpen = true;
          continue;
        }
      }
      // "Đội Quản lý thị trường số 4", "Bệnh viện Đa khoa số 3": the body's number closes its name
      if (j > start && prev !== 'office' && prev !== 'num' && this.numberedAt(j)) {
        j = end = j + 2;
        prev = 'num';
        open = false;
        continue;
      }
      if (lex.match(toks, j, C.ROLEVERB | C.CHAIN)) break;
      // "Đại sứ Việt Nam tại Nhật Bản", "Tổng Lãnh sự tại TP. Houston": the post's place abroad
      if (t.k === 'tại' && openRuns && j > start && this.placeAbroadAt(j + 1) && this.placedOffice(officeStart, start)) {
        j++;
        continue;
      }
      // "… khu vực miền Nam của Viện X": the parent body, named by a known head; never an
      // office ("của Phó Thủ tướng A" names another person)
      if (t.k === 'của' && j > start && this.genitiveBodyAt(j + 1)) {
        j++;
        continue;
      }
      const place = lex.match(toks, j, C.PLACE | C.COUNTRY);
      if (place && place.len > 1) {
        // "châu Âu", "miền Nam"
        prev = place.flags & C.COUNTRY ? 'country' : 'place';
        j = end = j + place.len;
        continue;
      }
      const stopHere = lex.match(toks, j, C.STOP);
      // "Cục Đổi mới …", "… sáng tạo": a syllable of a compound noun is no particle or verb
      const stop = stopHere && stopHere.len === 1 && j > start && this.inCompound(j) ? null : stopHere;
      const org = lex.match(toks, j, descOpen ? C.ORGWORD | C.DESCWORD : C.ORGWORD);
      const second = (prev === 'cap' || prev === 'head') && !continued && toks[j - 1]!.cap;
      if (org && org.len === 1 && org.flags & C.LEVEL && second && this.continuation(j)) {
        // "Nông thôn", "Văn bản": a level word as the second syllable of a capitalised word
        j = end = j + 1;
        continued = true;
        continue;
      }
      // inside a descriptive body a word that is also a particle goes on when the description
      // does ("Ban quản lý dự án … các công trình giao thông")
      const descGoesOn = descOpen && org && stop && org.len === 1 && stop.len === 1 && this.continuesName(j + 1, true);
      // "tỉnh ủy quyền": a word of several syllables whose last one opens a verb ("ủy quyền")
      const overlaps = org !== null && org.len > 1 && (lex.match(toks, j + org.len - 1, C.STOP)?.len ?? 0) > 1;
      if (org && !overlaps && (!stop || org.len > stop.len || descGoesOn)) {
        // "Trường THPT tư thục Lê Lợi": a lower-case kind word keeps the body open for its eponym
        prev = org.flags & C.LEVEL ? 'level' : prev === 'eponym' ? 'eponym' : 'lower';
        j = end = j + org.len;
        continue;
      }
      const conn = lex.match(toks, j, C.CONNECTOR);
      // "và" joins two fields of one body ("Tuyên giáo và Dân vận"); "về", "ở" only go on
      // inside a descriptive body ("Ban Chỉ đạo tỉnh về thực hiện QCDC")
      const joins = conn && (conn.keys[0] === 'và' || conn.keys[0] === '&');
      if (conn && (descOpen || (joins && prev !== 'place' && prev !== 'country' && prev !== 'level'))) {
        // "Tuyên giáo và Dân vận", "Ban Chỉ đạo tỉnh về thực hiện QCDC": kept when the name goes on
        const nx = j + conn.len;
        // ("… Quân khu 3 và Đại tá Trần Đức Toàn": a rank or form of address after "và" opens
        // the next person)
        const rank = lex.match(toks, nx, C.PROF | C.ADDR);
        const opensPerson = rank !== null && this.startsName(nx + rank.len);
        if (this.continuesName(nx, descOpen) && !opensPerson) {
          j = nx;
          continue;
        }
        break;
      }
      if (stop) break;
      if (second && this.continuation(j)) {
        // the second syllable of a capitalised word: "Tài chính", "Quốc hội", "Liên hiệp"
        j = end = j + 1;
        continued = true;
        continue;
      }
      // "Cục Quản lý khám chữa bệnh", "Hội Giáo dục chăm sóc sức khỏe cộng đồng Việt Nam": the
      // name of an open head goes on in lower case up to a verb, particle, punctuation or name
      const run = open ? this.openNameRun(j) : j;
      if (run > j) {
        j = end = run;
        prev = 'lower';
        continue;
      }
      const inName = this.lowerRunInName(j, prev, headOpen);
      if (inName > j) {
        // "Trung tâm Tầm soát ung thư Hòa Hảo": lower-case words between capitalised parts
        j = end = inName;
        continue;
      }
      break;
    }
    return { end, name: null, excluded, stoppedAtOffice: false };
  }

  /**
   * Is the lower-case word at j the second syllable of the capitalised word before it?
   * Only after a Vietnamese-shaped syllable ("Tài chính", not "Vina lì"), and only when
   * what follows could follow a body's name (punctuation, a capitalised word, a verb…).
   */
  private continuation(j: number): boolean {
    if (this.looksForeign(j - 1, j)) return false;
    const nx = this.toks[j + 1];
    if (!nx || !nx.w || nx.cap || nx.num || this.numberedAt(j + 1)) return true;
    return this.rules.lex.match(this.toks, j + 1, C.ORGWORD | C.DESCWORD | C.STOP | C.ROLEVERB | C.CHAIN | C.CONNECTOR | C.PLACE | C.COUNTRY) !== null;
  }

  /**
   * Is the bracket [open, close] exactly a body's name: a known head or body, capitalised,
   * no office, no person, the whole of it read as a body ("(Bộ Y tế)", "(Sở GD-ĐT tỉnh X)")?
   */
  /** "số" + a number at j, in lower case: a body's number ("Trường số 2", "Đội … số 4") */
  private numberedAt(j: number): boolean {
    const t = this.toks[j];
    const n = this.toks[j + 1];
    return t !== undefined && t.w && !t.cap && t.k === 'số' && n !== undefined && n.num && /^\d{1,3}$/.test(n.s);
  }

  private parentBodyIn(open: number, close: number): boolean {
    const a = open + 1;
    if (close - a < 2 || !this.isCapWord(a) || this.officeAt(a) > 0) return false;
    if (this.knownAt(a, C.HEAD | C.BODY) === 0) return false;
    return this.parseTail(a, a, false, 'body').end === close;
  }

  /**
   * An acronym or a one-letter code in [a, b) ("Phòng KHVT", "khu nhà lồng D"): such a name is
   * whole, and lower-case words after it are the sentence's
   */
  private hasCode(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = this.toks[k]!;
      if (t.upper || t.s.length === 1) return true;
    }
    return false;
  }

  /**
   * Does the office [i, e) end in an open head that names its body ("Trưởng Trung tâm",
   * "Trưởng ban"; rules: bodyHeads), not in a syllable that only looks like one ("Quốc hội")?
   */
  /** does the office [i, e) end in an owner's trade ("chủ tiệm", "chủ cửa hàng")? */
  private endsInTrade(i: number, e: number): boolean {
    return this.phraseEndsAt(this.rules.tradeHeads, i, e, 2);
  }

  private endsInOpenHead(i: number, e: number): boolean {
    const lex = this.rules.lex;
    for (let k = Math.max(i, e - 2); k < e; k++) {
      if ((this.toks[k]!.f & C.OPENHEAD) === 0) continue;
      const m = lex.match(this.toks, k, C.OPENHEAD);
      const head = lex.match(this.toks, k, C.BODYHEAD);
      if (m && k + m.len === e && head && k + head.len === e) return true;
    }
    return false;
  }

  /**
   * A run of lower-case words from j inside an open head's name: words that are no verb,
   * particle, joining word, form of address or level (rules: positionEnds and the others in
   * RUN_END; a body word such as "tổ chức cán bộ" counts whole), at most MAX_OPEN_RUN, closed by
   * punctuation, one of those words, a capitalised word or the end of the field. Returns the
   * index after the run, or j when there is none (a number or a quote after it, or too long).
   */
  private openNameRun(j: number): number {
    const toks = this.toks;
    const lex = this.rules.lex;
    let k = j;
    while (k < toks.length) {
      const t = toks[k]!;
      if (!t.w || t.cap || t.num || t.m & M.SUBJECT) break;
      let len = 1;
      if (t.f & (RUN_END | C.ORGWORD | C.DESCWORD)) {
        const org = lex.match(toks, k, C.ORGWORD | C.DESCWORD);
        const stop = lex.match(toks, k, RUN_END);
        const half = stop !== null && stop.len === 1 && (stop.flags & RUN_END & ~(C.STOP | C.ROLEVERB)) === 0 && this.inCompound(k);
        if (stop && !half && (!org || org.len <= stop.len)) break;
        if (org) len = org.len;
      }
      k += len;
      if (k - j > MAX_OPEN_RUN) return j;
    }
    if (k === j) return j;
    const t = toks[k];
    if (!t || t.cap || (t.w && !t.num)) return k;
    if (t.num) return j;
    return RUN_CLOSERS.has(t.s) ? k : j;
  }

  /**
   * Up to three lower-case words inside a body's name, when a capitalised word of the same
   * name follows them (not a person's name, an office or an honorific) and none of them
   * is a verb or particle: returns the index after them, or j.
   */
  private lowerRunInName(j: number, prev: Kind, headOpen = false): number {
    if (prev !== 'cap' && prev !== 'body' && prev !== 'head' && prev !== 'lower') return j;
    const lex = this.rules.lex;
    for (let k = j; k < j + 3 && k < this.toks.length; k++) {
      const t = this.toks[k]!;
      // "Cục Quản lý khám chữa bệnh (Bộ Y tế)", "Hội đồng tư vấn, …": after a head its name may
      // end in lower-case words, closed by a comma or a bracket (not a full stop: a sentence
      // often ends in a verb or adjective)
      // ("Phòng KHVT" is complete: an acronym is a whole name)
      if (!t.w && k > j && headOpen && !this.toks[j - 1]!.upper && (t.s === ',' || t.s === '(' || t.s === ')' || t.s === ';')) return k;
      if (!t.w || t.num) return j;
      if (t.m & M.SUBJECT || lex.match(this.toks, k, C.ADDR | C.KIN | C.CONNECTOR | C.ROLEADV | C.MOTION)) return j;
      if (t.cap) {
        if (k === j || this.officeAt(k) > 0 || this.startsName(k) || lex.match(this.toks, k, C.ADDR | C.PROF)) return j;
        return k;
      }
      if (lex.match(this.toks, k, C.STOP | C.ROLEVERB | C.CHAIN)) return j;
    }
    const t = this.toks[j + 3];
    return t && t.w && t.cap && !t.num && this.officeAt(j + 3) < 0 && !this.startsName(j + 3) ? j + 3 : j;
  }

  /**
   * Is the lower-case word at j one syllable of a compound with the word before or after it
   * ("đổi mới", "sáng tạo"; rules: compounds)? Both must be words of the same run.
   */
  private inCompound(j: number): boolean {
    const t = this.toks[j]!;
    const c = this.rules.compounds;
    const before = this.toks[j - 1];
    if (before !== undefined && before.w && c.get(before.k)?.has(t.k)) return true;
    const after = this.toks[j + 1];
    return after !== undefined && after.w && !after.cap && c.get(t.k)?.has(after.k) === true;
  }

  /**
   * End of a term of office at j ("khóa VI", "khóa XI, XII và XIII", "khóa X - XI",
   * "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025"), or j when no term value follows the word.
   * A further value after ",", "-" or "và" belongs to the list unless a lower-case word that is
   * no verb or particle follows it ("khóa 14, 15 đại biểu" counts people).
   */
  private termEnd(j: number): number {
    const toks = this.toks;
    const lex = this.rules.lex;
    const m = lex.match(toks, j, C.TERM);
    const years = m !== null && m.value === PERIOD;
    if (!m || !this.termValue(j + m.len, years)) return j;
    let k = this.termValueEnd(j + m.len);
    for (let guard = 0; guard < 8; guard++) {
      const sep = toks[k];
      if (!sep || !(sep.s === ',' || sep.s === '-' || sep.s === '–' || sep.k === 'và') || !this.termValue(k + 1, years)) break;
      const e = this.termValueEnd(k + 1);
      const nx = toks[e];
      if (nx && nx.w && !nx.cap && !nx.num && !lex.match(toks, e, C.STOP | C.ROLEVERB | C.CHAIN | C.CONNECTOR)) break;
      k = e;
    }
    return k;
  }

  /**
   * a term's value: a Roman numeral ("XIII") or a number, year or year range ("15",
   * "2020-2025"); after a period word only a year or a range of years
   */
  private termValue(k: number, years: boolean): boolean {
    const t = this.toks[k];
    if (!t || !t.w) return false;
    if (years) return t.num && YEARS.test(t.s);
    return t.num ? TERM_NUMBER.test(t.s) : t.upper && ROMAN.test(t.s);
  }

  /** a capitalised place at k: a known country or place ("Hàn Quốc"), or no person's name or office */
  private placeAbroadAt(k: number): boolean {
    if (!this.isCapWord(k)) return false;
    if (this.rules.lex.match(this.toks, k, C.PLACE | C.COUNTRY | C.LEVEL)) return true;
    return !this.startsName(k) && this.officeAt(k) < 0;
  }

  /** punctuation, the end, or a verb or particle ending a position at r: a one-word name is whole ("Bashar al-Assad" is not) */
  private nameEndsAt(r: number): boolean {
    const t = this.toks[r];
    if (!t) return true;
    if (!t.w) return t.s !== '-' && t.s !== '–';
    return !t.cap && this.rules.lex.match(this.toks, r, C.STOP | C.ROLEVERB) !== null;
  }

  /**
   * Does a head of state's or minister's title (rules: offices.json leaderTitles) end right
   * before j? After one, a single foreign word is the holder's name ("Ngoại trưởng Lavrov")
   */
  private leaderTitleBefore(j: number): boolean {
    return this.phraseEndsAt(this.rules.leaderTitles, 0, j, 3);
  }

  /** does the office [i, e) end in a post held at a place abroad ("Đại sứ", "Tổng Lãnh sự")? */
  private placedOffice(i: number, e: number): boolean {
    return this.phraseEndsAt(this.rules.placedTitles, i, e, 4);
  }

  /** does a phrase of `keys` (word keys joined by spaces, up to `max` words) end at token e, inside [i, e)? */
  private phraseEndsAt(keys: ReadonlySet<string>, i: number, e: number, max: number): boolean {
    if (keys.size === 0) return false;
    let key = '';
    for (let k = e - 1; k >= i && e - k <= max; k--) {
      key = key ? `${this.toks[k]!.k} ${key}` : this.toks[k]!.k;
      if (keys.has(key)) return true;
    }
    return false;
  }

  /** after the value at k, past a year range written apart ("2020 – 2025") */
  private termValueEnd(k: number): number {
    const toks = this.toks;
    const t = toks[k]!;
    const dash = toks[k + 1];
    if (t.num && YEAR.test(t.s) && dash && (dash.s === '-' || dash.s === '–') && toks[k + 2]?.num && YEAR.test(toks[k + 2]!.s)) return k + 3;
    return k + 1;
  }

  /**
   * ", Chuyển đổi xanh và Khuyến công" at the comma j, inside an open head's name: up to three
   * fields after commas, then "và" and a last field, each opening with a capitalised word that
   * is no office, person, place, known body or form of address, each of two to six words with no
   * number, verb or particle (a compound's syllable is fine). Returns the index of the last
   * field's first word, or -1. A single capitalised word is too often a place or a name to count.
   */
  private listedFieldsEnd(j: number): number {
    const toks = this.toks;
    const lex = this.rules.lex;
    let k = j;
    for (let fields = 0; fields < 3; fields++) {
      const a = k + 1;
      if (!this.fieldStartAt(a)) return -1;
      let e = a + 1;
      for (; e < toks.length; e++) {
        const t = toks[e]!;
        if (!t.w || t.k === 'và' || t.num) break;
        if (e - a >= 6) return -1;
        if (t.cap ? this.officeAt(e) > 0 || this.startsName(e) || this.knownAt(e, C.PLACE | C.COUNTRY | C.BODY | C.HEAD) > 0 : lex.match(toks, e, C.STOP | C.ROLEVERB | C.CHAIN | C.ADDR | C.KIN) !== null && !this.inCompound(e)) return -1;
      }
      const sep = toks[e];
      if (!sep || e - a < 2) return -1;
      if (sep.k === 'và') return this.fieldStartAt(e + 1) ? e + 1 : -1;
      if (sep.s !== ',') return -1;
      k = e;
    }
    return -1;
  }

  /** can a listed field of a body's name open at a: "Chuyển đổi …", "Khuyến công" */
  private fieldStartAt(a: number): boolean {
    const t = this.toks[a];
    const nx = this.toks[a + 1];
    if (!t || !this.isCapWord(a) || t.upper || !nx || !nx.w || nx.num) return false;
    if (this.officeAt(a) > 0 || this.startsName(a)) return false;
    const known = this.knownAt(a, C.PLACE | C.COUNTRY | C.BODY | C.HEAD | C.ABBR | C.LEVEL);
    // an abbreviation is known by its capitals ("TƯ"), not by a word that folds to it ("Tư vấn")
    if (known > 1 || (known === 1 && !(this.rules.lex.match(this.toks, a, C.ABBR) && !t.upper))) return false;
    return this.rules.lex.match(this.toks, a, C.ADDR | C.PROF | C.KIN | C.CLAUSE | C.PLURAL) === null;
  }

  /** a capitalised body's name (a known head or body, not an office or a person) at k */
  genitiveBodyAt(k: number): boolean {
    if (!this.isCapWord(k) || this.officeAt(k) > 0) return false;
    return this.knownAt(k, C.HEAD | C.BODY) > 0;
  }

  /** a lower-case level word and a unit's name after it ("tỉnh Nghệ An", "huyện Bắc Sơn") */
  parentUnitAt(j: number): boolean {
    const t = this.toks[j];
    if (!t || !t.w || t.cap) return false;
    const lv = this.rules.lex.match(this.toks, j, C.LEVEL);
    if (!lv) return false;
    const k = j + lv.len;
    if (!this.isCapWord(k)) return false;
    // a unit the rules know, or a capitalised name that is no person's and no office
    return this.rules.lex.match(this.toks, k, C.UNIT | C.PLACE) !== null || (this.officeAt(k) < 0 && !this.startsName(k));
  }

  /** a "." glued to a short capitalised level word ("TP.", "Tp.") with a capitalised word after it */
  abbrevDot(j: number): boolean {
    const before = this.toks[j - 1]!;
    return before.cap && before.s.length <= 2 && this.endOf(j - 1) === this.startOf(j) && this.isCapWord(j + 1);
  }

  /** does a body's name go on at nx (after "và", "về", "ở")? */
  private continuesName(nx: number, descOpen: boolean): boolean {
    const lex = this.rules.lex;
    // a new body after "và" is a second body ("UBND tỉnh và Ủy ban MTTQ"), not part of this one
    if (this.isCapWord(nx)) return this.officeAt(nx) < 0 && !this.startsName(nx) && !lex.match(this.toks, nx, C.HEAD | C.BODY | C.PLACE | C.COUNTRY);
    const stop = lex.match(this.toks, nx, C.STOP);
    const org = lex.match(this.toks, nx, descOpen ? C.ORGWORD | C.DESCWORD : C.ORGWORD);
    return org !== null && (!stop || org.len > stop.len);
  }

  private numberAllowedAfter(j: number): boolean {
    const lex = this.rules.lex;
    for (let k = 1; k <= 2 && j - k >= 0; k++) {
      const m = lex.match(this.toks, j - k, C.NUMAFTER);
      if (m && j - k + m.len === j) return true;
    }
    return false;
  }

  /**
   * A known place or body at i that is not the start of a name. "Đoàn" opens bodies
   * ("Đoàn công tác") and names ("Đoàn Minh Quý"): a one-word head before a name is a surname.
   */
  knownAt(i: number, mask: number): number {
    const m = this.rules.lex.match(this.toks, i, mask);
    if (!m) return 0;
    if (m.len === 1 && !(m.flags & (C.PLACE | C.COUNTRY)) && this.startsName(i)) return 0;
    return m.len;
  }

  /** a capitalised run from i that is a person's name from its first word */
  startsName(i: number): boolean {
    if (!this.isSurname(i)) return false;
    const r = this.runEnd(i);
    return r - i >= 2 && r - i <= MAX_NAME && this.validName(i, r);
  }

  /** one position from the office at i */
  parsePosition(
    i: number,
    allowName: boolean,
    lower = false,
    foreign = true,
  ): { pos: ParsedPosition; name: NameRange | null; stoppedAtOffice: boolean } | null {
    const oe = this.officeAt(i, lower);
    if (oe < 0) return null;
    const tail = this.parseTail(oe, i, allowName, 'office', foreign, true);
    const end = Math.max(tail.end, oe);
    return { pos: this.makePosition(i, oe, end, tail.excluded), name: tail.name, stoppedAtOffice: tail.stoppedAtOffice };
  }

  makePosition(i: number, oe: number, end: number, excluded: [number, number][]): ParsedPosition {
    const raw = this.cleanRaw(this.textWithout(i, end, excluded));
    const title = this.span(i, oe);
    const rest = raw.slice(title.length).trim();
    let organization: string | null = rest || null;
    if (rest) {
      // "Trưởng Ban Dân vận Trung ương" → organisation "Ban Dân vận Trung ương"
      for (let k = Math.min(3, oe - i); k >= 1; k--) {
        const m = this.rules.lex.match(this.toks, oe - k, C.BODYHEAD);
        if (m && m.len === k && oe - k > i) {
          organization = this.span(oe - k, oe) + ' ' + rest;
          break;
        }
      }
    }
    return { raw, title, organization, start: i, end };
  }

  private textWithout(a: number, b: number, excluded: [number, number][]): string {
    if (b <= a) return '';
    let out = '';
    let pos = this.startOf(a);
    for (const [x, y] of excluded) {
      out += this.text.slice(pos, this.startOf(x));
      pos = this.endOf(y - 1);
    }
    out += this.text.slice(pos, this.endOf(b - 1));
    return out;
  }

  /**
   * A position's or body's wording as printed on one line: each run of white space one
   * space, none before "," or ")", no trailing punctuation ("…", ",", ".", "-"), trimmed.
   * One pass (three regex replacements measured as a few per cent of the extractors).
   */
  cleanRaw(s: string): string {
    return cleanRaw(s);
  }
}

/** what may trail a wording and is dropped: white space and , ; : . … - */
function isTrailing(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || c === 46 || c === 0x2026 || c === 45 || isJsSpace(c);
}

/**
 * Same as s.replace(/\s+/g, ' ').replace(/\s+([,)])/g, '$1').replace(/[\s,;:.…-]+$/u, '').trim()
 * (tested against it).
 */
export function cleanRaw(s: string): string {
  const n = s.length;
  let end = n;
  while (end > 0 && isTrailing(s.charCodeAt(end - 1))) end--;
  let start = 0;
  while (start < end && isJsSpace(s.charCodeAt(start))) start++;
  let out = '';
  let from = start; // start of the text not yet copied
  let dirty = false;
  for (let i = start; i < end; i++) {
    if (!isJsSpace(s.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && isJsSpace(s.charCodeAt(j))) j++;
    const next = s.charCodeAt(j); // j < end: the run is inside (trailing space was cut)
    const drop = next === 44 || next === 41; // "," or ")"
    if (drop || j - i > 1 || s.charCodeAt(i) !== 32) {
      out += s.slice(from, i) + (drop ? '' : ' ');
      from = j;
      dirty = true;
    }
    i = j - 1;
  }
  if (!dirty) return start === 0 && end === n ? s : s.slice(start, end);
  return out + s.slice(from, end);
}

/**
 * Do the letters of an abbreviation ("BCĐ", "XDCS&THQCDC", "QCDC") spell the initials of
 * a run of the words before it? The run may end up to three words early ("quy chế dân
 * chủ ở cơ sở (QCDC)"), and "và" may stand for "&" or be skipped.
 */
export function abbreviationMatches(abbr: string, words: string[]): boolean {
  return abbreviationSpan(abbr, words) !== null;
}

/** the [from, to) word range that `abbr` abbreviates, or null */
export function abbreviationSpan(abbr: string, words: string[]): [number, number] | null {
  const letters = stripDiacritics(abbr).toUpperCase().replace(/[^A-Z]/g, '');
  if (letters.length < 2) return null;
  const initials = words.map((w) => stripDiacritics(w)[0]?.toUpperCase() ?? '');
  const skippable = words.map((w) => w.toLowerCase() === 'và' || w === '&');
  for (let trail = 0; trail <= 3; trail++) {
    const endW = words.length - trail;
    // walk backwards matching letters, optionally skipping "và"
    let li = letters.length - 1;
    let wi = endW - 1;
    while (li >= 0 && wi >= 0) {
      if (initials[wi] === letters[li]) {
        li--;
        wi--;
      } else if (skippable[wi]) wi--;
      else break;
    }
    if (li < 0) return [wi + 1, endW];
  }
  return null;
}

/**
 * Is the whole string a person's name by compromise's English lexicon ("Mike Hastie",
 * "Ronald S. Haeberle"), not a company or outlet ("Gulf News", "Universal Pictures")?
 * For foreign names in credits, which the Vietnamese syllable and surname tests cannot judge.
 */
export function foreignPersonName(name: string, memo: { get(k: string): string[] | undefined; set(k: string, v: string[]): void }): boolean {
  let people = memo.get(name);
  if (!people) {
    people = nlp(name).people().out('array');
    memo.set(name, people);
  }
  return people.some((p) => p.replace(/[.,]$/, '') === name);
}
