import type { ArticleText, Span } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Location } from '../../record/schema.js';
import { codeAt, stripDiacritics } from '../../normalise/text.js';
import { tokenKey, tokenKeyAt, keyOf, type AliasHit, type KnownUnit, type Level, type LevelWord, type PlaceRules } from './rules.js';
import { tokenSpansInto, SpanBuffer, isUpperCode, isAllCapsAt } from './tokens.js';

/**
 * Vietnamese administrative units named in an article (SPEC §2 locations).
 *
 * One pass over the tokens of each field; at every token three readings are tried, in
 * order: a party committee that implies a level ("Thành ủy Cần Thơ"), a level word or
 * abbreviation followed by a name ("tỉnh Lạng Sơn", "TP.HCM", "phường Bà Rịa", "quận 1"),
 * and a known name standing alone ("tại Lạng Sơn", "Bà Rịa-Vũng Tàu"). A bare name is
 * dropped when it sits in a street, company or person name. Provinces of units the rules
 * do not know come from a higher unit written right after them ("xã A, huyện B, tỉnh C")
 * or from the one province the article is about.
 */

interface Mention {
  name: string;
  level: Level | null;
  unit: KnownUnit | null;
  span: Span;
  /** followed by "(cũ)": a former unit, not the article's current province */
  former: boolean;
  province: string | null;
  province2025: string | null;
  /** the field's text, to read what stands between two mentions */
  text: string;
  /**
   * a listed district or town whose name districts of other provinces may share
   * ("huyện Phong Điền" is in Cần Thơ and in Huế): the article's own province wins
   */
  weak: boolean;
}

type CaseMode = 'normal' | 'title' | 'caps';

const NAME_JOINERS = new Set([' ', '-', ' - ', '- ', ' -', '–', ' – ', '– ', ' –', '—', ' — ']);
const HYPHEN_JOINERS = new Set([' - ', '-', '- ', ' -', '–', ' – ', '– ', ' –', '—', ' — ']);
const APOSTROPHES = new Set(["'", '’']);
const ABBREV_SEPS = new Set(['.', '. ', ' ']);
const SHORT_ABBREV_SEPS = new Set(['.', '. ']);
const LIST_SEPS = new Set([', ', ' và ', ', và ']);
const LIST_OPENERS = new Set([' (', ': ', ' : ']);
const PARENT_SEPS = new Set([', ', ' (', ', (']);
// between a unit and the higher unit that locates it: "xã A, huyện B", "phường C (TP D)",
// "phường 13 quận Bình Thạnh"
const HIERARCHY_SEP = /^(?:\s*,\s*|\s+-\s+|\s+thuộc\s+|\s*\(\s*| )$/u;
// marks that end a clause: the current clause is the text after the last of them
const CLAUSE_MARKS = ',.;:()"“”!?…';

/** where the clause that ends `before` starts: just after its last clause mark (a backward scan, not a regex tried at every position) */
function clauseStart(before: string): number {
  let i = before.length;
  while (i > 0 && !CLAUSE_MARKS.includes(before.charAt(i - 1))) i--;
  return i;
}
const WORD_CHAR = /[\p{L}\p{M}\p{N}.]/u;

function isCap(t: string): boolean {
  return isUpperCode(codeAt(t, 0));
}
function isDigits(t: string): boolean {
  const c = codeAt(t, 0);
  return c >= 48 && c <= 57; // tokens are all-digit or digit-free
}

// One Vietnamese syllable: an onset, one run of vowels, a coda. Names that are not made
// of such syllables are foreign ("quận Manhattan", "thị xã Pakse", "Strung Treng");
// highland onsets and codas (Krông, Đắk, Glei, Blà) are allowed.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|kr|kl|bl|br|gl|pl|pr|dr|hr|[bcdghklmnprstvx])?[aeiouy]+(?:ch|ng|nh|[cmnptk])?$/;
function looksVietnamese(token: string): boolean {
  const plain = stripDiacritics(token).toLowerCase();
  return plain.length <= 7 && SYLLABLE.test(plain);
}

function rank(level: Level | null, unit: KnownUnit | null): number {
  if (unit?.kind === 'province' || level === 'tỉnh') return 3;
  if (level === 'phường' || level === 'xã' || level === 'thị trấn') return 1;
  return 2;
}

function titleCase(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

interface KnownAt {
  len: number;
  hits: AliasHit[];
}
/** known() finding nothing (most calls): one shared empty answer, never changed */
const NO_NAMES: readonly KnownAt[] = Object.freeze([]);

/** Scans one field. Holds per-field state only; the rules are read, never changed. */
class FieldScanner {
  /** token strings, sliced on first use (most tokens are never looked at as strings) */
  private texts: (string | undefined)[] | null = null;
  private readonly s: number[];
  private readonly e: number[];
  private readonly n: number;
  /** the tokens a reading may start at (capitalised, or admitted by the level gate), in order */
  private readonly cand: number[];
  private readonly nCand: number;
  private keys: (string | undefined)[] | null = null;
  private modeCache: CaseMode | null = null;

  constructor(
    private readonly r: PlaceRules,
    private readonly text: string,
    private readonly field: Span['field'],
    private readonly index: number,
    private readonly out: Mention[],
    spans: SpanBuffer,
  ) {
    // the offsets live in the article's buffer, valid while this field is scanned
    tokenSpansInto(text, spans, r.levelGate);
    this.n = spans.n;
    this.s = spans.s;
    this.e = spans.e;
    this.cand = spans.cand;
    this.nCand = spans.nCand;
  }

  /** Title Case or ALL CAPS text capitalises common words: only listed names are trusted there. */
  private get mode(): CaseMode {
    if (this.modeCache) return this.modeCache;
    let words = 0;
    let caps = 0;
    let allCaps = 0;
    for (let i = 0; i < this.n; i++) {
      const c = codeAt(this.text, this.s[i]!);
      if (c >= 48 && c <= 57) continue; // tokens are all-digit or digit-free
      words++;
      if (isUpperCode(c)) {
        caps++;
        if (this.e[i]! - this.s[i]! === 1 || isAllCapsAt(this.text, this.s[i]!, this.e[i]!)) allCaps++;
      }
    }
    this.modeCache = words >= 3 && allCaps === words ? 'caps' : words >= 6 && caps / words >= 0.85 ? 'title' : 'normal';
    return this.modeCache;
  }

  private capAt(i: number): boolean {
    return isUpperCode(codeAt(this.text, this.s[i]!));
  }

  private tok(i: number): string {
    // the caches are made on first use: many fields never look at a token as a string
    const texts = (this.texts ??= new Array<string | undefined>(this.n));
    return (texts[i] ??= this.text.slice(this.s[i]!, this.e[i]!));
  }

  private key(i: number): string {
    const keys = (this.keys ??= new Array<string | undefined>(this.n));
    let k = keys[i];
    if (k === undefined) {
      k = tokenKeyAt(this.text, this.s[i]!, this.e[i]!);
      keys[i] = k;
    }
    return k;
  }

  /** the text between tokens a and b; a single space (the usual gap) without slicing */
  private sep(a: number, b: number): string {
    const from = this.e[a]!;
    if (from + 1 === this.s[b]! && codeAt(this.text, from) === 32) return ' ';
    return this.text.slice(from, this.s[b]!);
  }

  scan(): void {
    let blockBareAt = -1;
    const levelGate = this.r.levelGate;
    // A token that is neither capitalised nor admitted by the level gate starts no
    // reading (a bare name is capitalised): only the candidate tokens are visited, in
    // order, from wherever the last reading left off.
    let c = 0;
    for (let i = 0; ; ) {
      while (c < this.nCand && this.cand[c]! < i) c++;
      if (c >= this.nCand) return;
      i = this.cand[c]!;
      // both readings open with a level word or abbreviation: the gate skips most tokens
      let next: number | null = null;
      if (levelGate.admits(this.text, this.s[i]!, this.e[i]!)) {
        // looked up once for both readings
        const first = this.r.levelFirstIndex.has(this.text, this.s[i]!, this.e[i]!);
        next = (first ? this.tryCommittee(i) : null) ?? this.tryLevel(i, first);
      }
      if (next !== null) {
        if (next < 0) {
          // a level word with no name after it: the next token is not a bare name either
          blockBareAt = -next;
          i = -next;
        } else i = next;
        continue;
      }
      if (i !== blockBareAt) {
        const bare = this.tryBare(i);
        if (bare !== null) {
          i = bare;
          continue;
        }
      }
      i++;
    }
  }

  /** Known names starting at token j, longest first, each with every unit it may name. */
  private known(j: number): readonly KnownAt[] {
    if (j >= this.n || !this.capAt(j) || !this.r.aliasGate.admits(this.text, this.s[j]!, this.e[j]!)) return NO_NAMES;
    const first = this.key(j);
    const max = this.r.aliasFirst.get(first);
    if (!max) return NO_NAMES;
    const found: KnownAt[] = [];
    let k = first;
    for (let len = 1; len <= max && j + len - 1 < this.n; len++) {
      if (len > 1) {
        const cur = j + len - 1;
        const sep = this.sep(cur - 1, cur);
        if (!NAME_JOINERS.has(sep) || !this.capAt(cur)) break;
        k += (sep === ' ' ? ' ' : ' - ') + this.key(cur);
      }
      const hits = this.r.aliases.get(k);
      if (hits) found.push({ len, hits });
    }
    return found.reverse();
  }

  /** "Thành ủy Cần Thơ", "Tỉnh ủy Lạng Sơn", "Huyện ủy Mê Linh": the committee names its unit (token i opens a level word or committee). */
  private tryCommittee(i: number): number | null {
    if (i + 2 >= this.n) return null;
    if (!this.r.committeeSecondGate.admits(this.text, this.s[i + 1]!, this.e[i + 1]!)) return null;
    if (this.sep(i, i + 1) !== ' ' || this.sep(i + 1, i + 2) !== ' ') return null;
    const level = this.r.committees.get(this.key(i) + ' ' + this.key(i + 1));
    if (!level) return null;
    const got = this.nameAfter(level, i + 2, null);
    if (!got) return null;
    this.emit(got.unit, got.name, level, i + 2, got.end);
    return got.end;
  }

  /** A level word or abbreviation, then a name (`first`: token i opens a level word). Returns the next token, or -next when no name followed. */
  private tryLevel(i: number, first: boolean): number | null {
    const tokLen = this.e[i]! - this.s[i]!;
    let lw: LevelWord;
    let j: number;
    const abbr = this.r.levelAbbrevIndex.get(this.text, this.s[i]!, this.e[i]!);
    if (abbr) {
      j = i + 1;
      if (j >= this.n) return null;
      const short = tokLen === 1;
      if (!(short ? SHORT_ABBREV_SEPS : ABBREV_SEPS).has(this.sep(i, j))) return null;
      if (this.s[i]! > 0 && WORD_CHAR.test(this.text.charAt(this.s[i]! - 1))) return null;
      if (short) {
        if (i > 0 && this.sep(i - 1, i) === ' ' && this.capAt(i - 1)) return null; // "Lê H. Trung"
        if (this.r.honorific.test(this.text.slice(Math.max(0, this.s[i]! - 30), this.s[i]!))) return null;
      }
      lw = abbr;
    } else {
      const found = first ? this.levelWordAt(i, true) : null;
      if (!found) return null;
      lw = found.lw;
      j = found.next;
      if (j >= this.n) return -j;
      // "4 huyện (A, B và C)", "các xã: A, B": a plural level word may open a bracket or a
      // colon, and the names listed in it have its level
      if (this.sep(j - 1, j) !== ' ' && !(LIST_OPENERS.has(this.sep(j - 1, j)) && this.capAt(j) && this.r.plural.test(this.text.slice(Math.max(0, this.s[i]! - 20), this.s[i]!)))) return -j;
    }
    const before = this.text.slice(Math.max(0, this.s[i]! - 20), this.s[i]!);
    if (!lw.abbreviation && this.r.levelNotAfter.get(lw.level)?.test(before)) return -j;
    const got = this.nameAfter(lw.level, j, lw);
    if (!got) return -j;
    if (!got.unit && this.foreignParent(got.end)) return got.end;
    // "P.Hậu", "H.Long" closing an article are a reporter's initial and name
    if (lw.abbreviation && tokLen === 1 && !got.unit && got.end - j < 2 && !isDigits(this.tok(j))) return -j;
    this.emit(got.unit, got.name, lw.level, i, got.end);
    let end = got.end;
    // "các xã Tân Phú, Tân Hòa và Tân Lập": every name of the list has the level
    if (!lw.abbreviation && this.r.plural.test(before)) {
      for (let at = this.listItemAt(end); at > 0 && !this.levelStartsAt(at); at = this.listItemAt(end)) {
        const more = this.nameAfter(lw.level, at, lw);
        if (!more) break;
        this.emit(more.unit, more.name, lw.level, at, more.end);
        end = more.end;
      }
    }
    return end;
  }

  /** The token after a list separator (", ", " và ", ", và ") following token end-1, or -1. */
  private listItemAt(end: number): number {
    if (end >= this.n) return -1;
    let sep = this.sep(end - 1, end);
    let at = end;
    if (this.tok(at) === 'và' && at + 1 < this.n && this.sep(at, at + 1) === ' ') {
      sep += 'và ';
      at++;
    }
    return LIST_SEPS.has(sep) ? at : -1;
  }

  /** A level word (all of it: "Thành phố", not the "Thành" of "Châu Thành") or abbreviation at j. */
  private levelStartsAt(j: number): boolean {
    if (!this.r.levelGate.admits(this.text, this.s[j]!, this.e[j]!)) return false;
    return this.r.levelAbbrevIndex.has(this.text, this.s[j]!, this.e[j]!) || this.levelWordAt(j) !== null;
  }

  /** The full level word starting at token i, with the index of the token after it. */
  private levelWordAt(i: number, opensLevel?: boolean): { lw: LevelWord; next: number } | null {
    if (!(opensLevel ?? this.r.levelFirstIndex.has(this.text, this.s[i]!, this.e[i]!))) return null;
    const cands = this.r.levelWords.get(this.key(i));
    if (!cands) return null;
    for (const c of cands) {
      let ok = true;
      for (let m = 1; m < c.tokens.length; m++) {
        const at = i + m;
        if (at >= this.n || this.sep(at - 1, at) !== ' ' || this.key(at) !== c.tokens[m]) {
          ok = false;
          break;
        }
      }
      if (ok) return { lw: c, next: i + c.tokens.length };
    }
    return null;
  }

  /**
   * "quận Chúp, tỉnh Kampot": an unlisted unit placed in a province the rules do not
   * know is abroad.
   */
  private foreignParent(end: number): boolean {
    if (end >= this.n || !PARENT_SEPS.has(this.sep(end - 1, end))) return false;
    const lv = this.levelWordAt(end);
    const lvl = lv?.lw.level ?? this.r.levelAbbrevIndex.get(this.text, this.s[end]!, this.e[end]!)?.level;
    if (lvl !== 'tỉnh' && lvl !== 'thành phố') return false;
    const at = lv ? lv.next : end + 1;
    if (at >= this.n || !this.capAt(at)) return false;
    return this.known(at).length === 0;
  }

  /** The unit named at token j for a level: a listed one first, else (lower levels) any well-formed name. */
  private nameAfter(level: Level, j: number, lw: LevelWord | null): { unit: KnownUnit | null; name: string; end: number } | null {
    if (j >= this.n) return null;
    for (const { len, hits } of this.known(j)) {
      const unit = pickForLevel(level, hits);
      if (unit) return { unit, name: unit.name, end: j + len };
    }
    const generic = lw ? lw.generic : level === 'huyện' || level === 'quận' || level === 'thị xã';
    const numbered = lw ? lw.numbered : level === 'quận';
    const t = this.tok(j);
    if (numbered && isDigits(t)) {
      // "quận 1", "phường 12"; not "phường 1/2" or a house number "12.5"
      const after = this.text.charAt(this.e[j]!);
      if (t.length > 2 || (after && /[./,\-\d]/.test(after) && /\d/.test(this.text.charAt(this.e[j]! + 1)))) return null;
      return { unit: null, name: titleCase(level) + ' ' + String(Number(t)), end: j + 1 };
    }
    if (!generic || this.mode !== 'normal') return null;
    const len = this.genericLength(j);
    if (!len) return null;
    let name = t;
    for (let m = j + 1; m < j + len; m++) {
      const sep = this.sep(m - 1, m);
      name += (APOSTROPHES.has(sep) ? sep : HYPHEN_JOINERS.has(sep) ? ' - ' : ' ') + this.tok(m);
    }
    return { unit: null, name, end: j + len };
  }

  /** How many tokens from j make a ward, commune or district name the rules do not list (0: none). */
  private genericLength(j: number): number {
    const r = this.r;
    const first = this.tok(j);
    if (first.length < 2 && !APOSTROPHES.has(this.text.charAt(this.e[j]!))) return 0;
    if (!isCap(first) || isAllCapsAt(this.text, this.s[j]!, this.e[j]!) || r.nameStopWords.has(this.key(j)) || !looksVietnamese(first)) return 0;
    if (r.genericNotName.test(this.text.slice(this.s[j]!, this.s[j]! + 24))) return 0;
    // a unit named after a person ("phường Võ Thị Sáu") starts with the surname itself
    const personNamed = r.surnames.has(first);
    let len = 1;
    let hyphens = 0;
    while (j + len < this.n && len < 4 + hyphens) {
      const m = j + len;
      const sep = this.sep(m - 1, m);
      const t = this.tok(m);
      if (APOSTROPHES.has(sep)) {
        // highland names: "Ea H'leo", "M'Đrắk"
        if (!looksVietnamese(t)) break;
        len++;
        continue;
      }
      const hyphen = HYPHEN_JOINERS.has(sep);
      if (sep !== ' ' && !hyphen) break;
      if (!isCap(t) || isAllCapsAt(this.text, this.s[m]!, this.e[m]!) || r.nameStopWords.has(this.key(m)) || this.levelStartsAt(m)) break;
      if (hyphen && (hyphens > 0 || this.known(m).length > 0)) break;
      // a person's name starting here: "xã Tân Phú Nguyễn Văn An"
      if (
        !personNamed &&
        (r.surnames.has(t) || r.middleNames.has(t)) &&
        m + 1 < this.n &&
        this.sep(m, m + 1) === ' ' &&
        this.capAt(m + 1)
      )
        break;
      if (!looksVietnamese(t)) return 0;
      if (hyphen) hyphens++;
      len++;
    }
    return len;
  }

  /** A known name standing alone. */
  private tryBare(i: number): number | null {
    if (!this.capAt(i) || !this.r.bareGate.admits(this.text, this.s[i]!, this.e[i]!)) return null;
    const key = this.key(i);
    if (this.r.notPlacesFirst.has(key)) {
      const blocked = this.notPlaceLength(i);
      if (blocked) return i + blocked;
    }
    if (!this.r.aliasFirst.has(key)) return null;
    for (const { len, hits } of this.known(i)) {
      const hit = pickBare(hits);
      if (!hit) continue;
      const end = i + len;
      if (!this.bareAllowed(i, end, hit)) return this.skipChain(end);
      this.emit(hit.unit, hit.unit.name, hit.unit.level, i, end, false);
      return end;
    }
    return null;
  }

  private notPlaceLength(i: number): number {
    let k = this.key(i);
    let best = 0;
    for (let len = 1; len <= 4 && i + len - 1 < this.n; len++) {
      if (len > 1) {
        const cur = i + len - 1;
        const sep = this.sep(cur - 1, cur);
        if (!NAME_JOINERS.has(sep)) break;
        k += (sep === ' ' ? ' ' : ' - ') + this.key(cur);
      }
      if (this.r.notPlaces.has(k)) best = len;
    }
    return best;
  }

  private bareAllowed(i: number, end: number, hit: AliasHit): boolean {
    const r = this.r;
    const before = this.text.slice(Math.max(0, this.s[i]! - 40), this.s[i]!);
    if (r.notAfter.test(before) && !r.notAfterException.test(before)) return false;
    if (r.honorific.test(before)) return false;
    if (this.inCompanyName(before)) return false;
    if (i > 0 && this.sep(i - 1, i) === ' ' && (r.surnames.has(this.tok(i - 1)) || r.middleNames.has(this.tok(i - 1)))) return false;
    if (end < this.n && this.sep(end - 1, end) === ' ') {
      if (r.notBefore.has(this.key(end))) return false;
      // "Sài Gòn Giải Phóng", "Saigon Co.op": a brand, not the city
      if (hit.mode === 'strict' && this.capAt(end)) return false;
    }
    return true;
  }

  /** "Công ty Vàng bạc đá quý Sài Gòn": the clause before the name opens a company's name. */
  private inCompanyName(before: string): boolean {
    const clause = before.slice(clauseStart(before));
    const re = this.r.companyCue;
    re.lastIndex = 0;
    let last = -1;
    for (let m = re.exec(clause); m; m = re.exec(clause)) last = m.index + m[0].length;
    return last >= 0 && !this.r.clauseLink.test(clause.slice(last) + ' ');
  }

  /** After a rejected bare name, skip the names hyphen-joined to it ("cao tốc Hà Nội - Hải Phòng"). */
  private skipChain(end: number): number {
    let at = end;
    while (at < this.n && HYPHEN_JOINERS.has(this.sep(at - 1, at))) {
      const more = this.known(at);
      if (!more.length) break;
      at += more[0]!.len;
    }
    return at;
  }

  private emit(unit: KnownUnit | null, name: string, level: Level | null, from: number, to: number, weak = true): void {
    // "các tỉnh …, Hải Phòng": a province-level unit keeps its own level
    if (unit && unit.kind === 'province') level = unit.level;
    const start = this.s[from]!;
    const end = this.e[to - 1]!;
    this.out.push({
      name,
      level,
      unit,
      span: { field: this.field, index: this.index, start, end },
      former: this.r.former.test(this.text.slice(end, end + 16)),
      province: unit ? unit.province : null,
      province2025: unit ? unit.province2025 : null,
      text: this.text,
      weak: weak && unit !== null && (unit.kind === 'district' || unit.kind === 'city'),
    });
  }
}

/** Among the units a name may denote, the one a level word selects. */
function pickForLevel(level: Level, hits: AliasHit[]): KnownUnit | null {
  const find = (pred: (u: KnownUnit) => boolean) => hits.find((h) => pred(h.unit))?.unit ?? null;
  switch (level) {
    case 'tỉnh':
      return find((u) => u.kind === 'province');
    case 'thành phố':
      return (
        find((u) => u.kind === 'city' && u.level === 'thành phố') ??
        find((u) => u.kind === 'province' && u.level === 'thành phố')
      );
    case 'quận':
    case 'huyện':
    case 'thị xã':
      return (
        find((u) => (u.kind === 'city' || u.kind === 'district') && u.level === level) ??
        find((u) => u.kind === 'city' || u.kind === 'district')
      );
    case 'đặc khu':
      return find((u) => u.kind === 'zone');
    default:
      return null;
  }
}

const KIND_ORDER: Record<KnownUnit['kind'], number> = { province: 0, city: 1, district: 2, zone: 3 };

/** The unit a name standing alone denotes: a province before a city of the same name. */
function pickBare(hits: AliasHit[]): AliasHit | null {
  let best: AliasHit | null = null;
  for (const h of hits) {
    if (h.mode === 'level') continue;
    if (!best || KIND_ORDER[h.unit.kind] < KIND_ORDER[best.unit.kind]) best = h;
  }
  return best;
}

// the stretch between a ward or commune and its province in an address: ", Mường La, "
// or " (Văn Lâm, "; the name in it is the district-level unit between them
const ADDRESS_MIDDLE = /^(, | \()(\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){0,2}), $/u;
const DISTRICT_IN_BRACKETS = /^( \()(\p{Lu}[\p{Ll}\p{M}]+(?: \p{Lu}[\p{Ll}\p{M}]+){0,2})\)/u;

/**
 * "xã Mường Bú, Mường La, Sơn La", "xã Minh Hải (Văn Lâm, Hưng Yên)": an address names
 * the district between the commune and the province without a level word. It becomes a
 * unit of unknown level, in the province that closes the address.
 */
function addAddressMiddles(mentions: Mention[], r: PlaceRules): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (rank(m.level, m.unit) !== 1) continue;
    const n = mentions[k + 1];
    const sameField = n && m.span.field === n.span.field && m.span.index === n.span.index;
    let g: RegExpExecArray | null = null;
    if (sameField && rank(n.level, n.unit) === 3) g = ADDRESS_MIDDLE.exec(m.text.slice(m.span.end, n.span.start));
    // "xã Hoằng Đức (Hoằng Hóa)": the district in brackets after a commune, but not a
    // person there ("xã Tân Phú (Lê Văn Minh)"; "(Châu Thành)" is a district)
    if (!g) {
      g = DISTRICT_IN_BRACKETS.exec(m.text.slice(m.span.end, m.span.end + 40));
      if (g && sameField && n.span.start < m.span.end + g[0].length) g = null;
      const w = g ? g[2]!.split(' ') : [];
      if (g && r.surnames.has(w[0]!) && (w.length > 2 || r.middleNames.has(w[1] ?? ''))) g = null;
    }
    if (!g || !g[2]!.split(' ').every(looksVietnamese)) continue;
    const start = m.span.end + g[1]!.length;
    // a listed district of that province keeps its level ("xã Tiền Phong, Mê Linh, Hà Nội")
    const listed = r.unitsByKey
      .get(keyOf(g[2]!))
      ?.find((u) => u.kind !== 'province' && u.kind !== 'zone' && (!sameField || u.province === n.unit?.province));
    mentions.splice(k + 1, 0, {
      name: listed?.name ?? g[2]!,
      level: listed?.level ?? null,
      unit: listed ?? null,
      span: { field: m.span.field, index: m.span.index, start, end: start + g[2]!.length },
      former: false,
      province: null,
      province2025: null,
      text: m.text,
      weak: false,
    });
  }
}

/** Fill in provinces of units the rules do not list, from the unit written after them or from the article. */
function resolveProvinces(mentions: Mention[], r: PlaceRules): void {
  const setProvince = (m: Mention, p: string | null, p2025: string | null) => {
    m.province = p;
    m.province2025 = p2025;
  };
  // 1. numbered urban districts exist in one city only ("quận 1")
  for (const m of mentions) {
    if (!m.province2025 && m.level && /\d$/.test(m.name)) {
      const p = r.numberedUnitProvince.get(m.level);
      if (p) setProvince(m, p, r.mergedInto.get(p) ?? null);
    }
  }
  // 2. "xã A, huyện B, tỉnh C": right to left so that the chain resolves
  for (let k = mentions.length - 2; k >= 0; k--) {
    const m = mentions[k]!;
    const n = mentions[k + 1]!;
    if ((m.province2025 && !m.weak) || !n.province2025) continue;
    if (m.span.field !== n.span.field || m.span.index !== n.span.index) continue;
    if (rank(n.level, n.unit) <= rank(m.level, m.unit)) continue;
    if (!HIERARCHY_SEP.test(m.text.slice(m.span.end, n.span.start))) continue;
    setProvince(m, n.province, n.province2025);
    m.weak = false;
  }
  if (mentions.every((m) => m.province2025 && !m.weak)) return;
  // 3. the one province the article is about: named provinces not marked "(cũ)";
  //    failing that, the one post-2025 province they all belong to
  let ctx: { p: string | null; p2025: string | null } | null = null;
  const anchors = mentions.filter((m) => m.unit && m.unit.kind === 'province');
  const pool = anchors.length ? anchors : mentions.filter((m) => m.unit && m.unit.kind !== 'zone' && !m.weak);
  const named = new Set(pool.map((m) => m.unit!.province));
  if (pool.length) {
    const former = new Set(pool.filter((m) => m.former).map((m) => m.unit!.province));
    // an article that marks any unit "(cũ)" is written after the reorganisation: only the
    // 34 provinces that still exist can be the one it is about
    const postReform = mentions.some((m) => m.former);
    const current = [...named].filter((p) => !former.has(p) && (!postReform || r.provinces2025.has(p)));
    let p: string | null = current.length === 1 ? current[0]! : null;
    if (!p && current.length > 1) p = dominantProvince(mentions, former);
    if (p) ctx = { p, p2025: r.mergedInto.get(p) ?? null };
    else {
      const p2025 = new Set(pool.map((m) => m.unit!.province2025));
      if (p2025.size === 1) ctx = { p: null, p2025: [...p2025][0]! };
    }
  }
  for (const m of mentions) {
    if (m.weak) {
      // the listed district's own province, unless the article is plainly about another
      if (ctx?.p && !named.has(m.province!)) setProvince(m, ctx.p, ctx.p2025);
      continue;
    }
    if (m.province2025) continue;
    if (ctx) {
      setProvince(m, ctx.p, ctx.p2025);
      continue;
    }
    // 4. a ward named like the former city it grew out of ("phường Bà Rịa"); district
    //    names ("Tân Phú") recur as commune names all over the country, so not those
    const same = r.unitsByKey.get(keyOf(m.name))?.filter((u) => u.kind === 'city' && u.level === 'thành phố');
    if (same && same.length && same.every((u) => u.province2025 === same[0]!.province2025)) {
      const one = same.every((u) => u.province === same[0]!.province);
      setProvince(m, one ? same[0]!.province : null, same[0]!.province2025);
    }
  }
}

/**
 * The province most of the article's listed units belong to, when it outweighs the others
 * clearly (at least two mentions, twice the next): a passing "quê Bình Định" in a story
 * about TP.HCM does not make the story's wards Bình Định's.
 */
function dominantProvince(mentions: Mention[], former: Set<string>): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    if (!m.unit || m.unit.kind === 'zone' || former.has(m.unit.province)) continue;
    counts.set(m.unit.province, (counts.get(m.unit.province) ?? 0) + 1);
  }
  let top: string | null = null;
  let first = 0;
  let second = 0;
  for (const [p, c] of counts) {
    if (c > first) {
      second = first;
      first = c;
      top = p;
    } else if (c > second) second = c;
  }
  return first >= 2 && first >= 2 * second ? top : null;
}

export function extractLocations(text: ArticleText, rules: Rules): Location[] {
  const r = rules.places;
  const mentions: Mention[] = [];
  // one buffer of token offsets for every field, with room for the longest (about one
  // token in five characters)
  let longest = text.title?.length ?? 0;
  for (const p of text.paragraphs) if (p.length > longest) longest = p.length;
  for (const c of text.captions) if (c.length > longest) longest = c.length;
  const spans = new SpanBuffer((longest >> 2) + 16);
  for (let i = 0; i < text.paragraphs.length; i++) new FieldScanner(r, text.paragraphs[i]!, 'paragraphs', i, mentions, spans).scan();
  for (let i = 0; i < text.captions.length; i++) new FieldScanner(r, text.captions[i]!, 'captions', i, mentions, spans).scan();
  if (text.title) new FieldScanner(r, text.title, 'title', 0, mentions, spans).scan();
  if (!mentions.length) return [];
  addAddressMiddles(mentions, r);
  resolveProvinces(mentions, r);
  // each unit once; the same name at two levels is two units (thành phố and tỉnh Sóc Trăng)
  const seen = new Map<string, Location>();
  for (const m of mentions) {
    const k = tokenKey(m.name) + '|' + (m.level ?? '');
    const have = seen.get(k);
    if (have) {
      if (!have.province2025 && m.province2025) {
        have.province = m.province;
        have.province2025 = m.province2025;
      }
      continue;
    }
    seen.set(k, { name: m.name, level: m.level, province: m.province, province2025: m.province2025, span: m.span });
  }
  return [...seen.values()];
}
