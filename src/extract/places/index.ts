import type { ArticleText, Span } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Location } from '../../record/schema.js';
import { foldKey, stripDiacritics } from '../../normalise/text.js';
import { TOKEN_RE, type AliasHit, type KnownUnit, type Level, type LevelWord, type PlaceRules } from './rules.js';

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

interface Tok {
  t: string;
  s: number;
  e: number;
}

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
}

type CaseMode = 'normal' | 'title' | 'caps';

const NAME_JOINERS = new Set([' ', '-', ' - ', '- ', ' -', '–', ' – ', '– ', ' –', '—', ' — ']);
const HYPHEN_JOINERS = new Set([' - ', '-', '- ', ' -', '–', ' – ', '– ', ' –', '—', ' — ']);
const APOSTROPHES = new Set(["'", '’']);
const ABBREV_SEPS = new Set(['.', '. ', ' ']);
const SHORT_ABBREV_SEPS = new Set(['.', '. ']);
// between a unit and the higher unit that locates it: "xã A, huyện B", "phường C (TP D)"
const HIERARCHY_SEP = /^(?:\s*,\s*|\s+-\s+|\s+thuộc\s+|\s*\(\s*)$/u;

const isCap = (t: string): boolean => {
  const c = t.charAt(0);
  return c !== c.toLowerCase();
};
const isAllCaps = (t: string): boolean => t.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase();
const isDigits = (t: string): boolean => /^\p{N}+$/u.test(t);

// One Vietnamese syllable: an onset, one run of vowels, a coda. Names that are not made
// of such syllables are foreign ("quận Manhattan", "thị xã Pakse", "Strung Treng");
// highland onsets and codas (Krông, Đắk, Glei, Blà) are allowed.
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|kr|kl|bl|br|gl|pl|pr|dr|hr|[bcdghklmnprstvx])?[aeiouy]+(?:ch|ng|nh|[cmnptk])?$/;
function looksVietnamese(token: string): boolean {
  const plain = stripDiacritics(token).toLowerCase();
  return plain.length <= 7 && SYLLABLE.test(plain);
}

function caseMode(toks: Tok[]): CaseMode {
  let words = 0;
  let caps = 0;
  let allCaps = 0;
  for (const k of toks) {
    if (isDigits(k.t)) continue;
    words++;
    if (isCap(k.t)) caps++;
    if (k.t === k.t.toUpperCase()) allCaps++;
  }
  if (words >= 3 && allCaps === words) return 'caps';
  if (words >= 6 && caps / words >= 0.85) return 'title';
  return 'normal';
}

function rank(level: Level | null, unit: KnownUnit | null): number {
  if (unit?.kind === 'province' || level === 'tỉnh') return 3;
  if (level === 'phường' || level === 'xã' || level === 'thị trấn') return 1;
  return 2;
}

function titleCase(s: string): string {
  return s.toLocaleLowerCase('vi').replace(/(^|[\s'’-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toLocaleUpperCase('vi'));
}

/** Scans one field. Holds per-field state only; the rules are read, never changed. */
class FieldScanner {
  private readonly toks: Tok[];
  private readonly mode: CaseMode;
  private readonly keys: (string | undefined)[];

  constructor(
    private readonly r: PlaceRules,
    private readonly text: string,
    private readonly field: Span['field'],
    private readonly index: number,
    private readonly out: Mention[],
    private readonly keyCache: Map<string, string>,
  ) {
    this.toks = [];
    for (const m of text.matchAll(TOKEN_RE)) this.toks.push({ t: m[0], s: m.index!, e: m.index! + m[0].length });
    this.keys = new Array(this.toks.length);
    this.mode = caseMode(this.toks);
  }

  private key(i: number): string {
    let k = this.keys[i];
    if (k === undefined) {
      const t = this.toks[i]!.t;
      k = this.keyCache.get(t);
      if (k === undefined) {
        k = foldKey(t);
        this.keyCache.set(t, k);
      }
      this.keys[i] = k;
    }
    return k;
  }

  private sep(a: number, b: number): string {
    return this.text.slice(this.toks[a]!.e, this.toks[b]!.s);
  }

  scan(): void {
    const n = this.toks.length;
    let blockBareAt = -1;
    for (let i = 0; i < n; ) {
      const next = this.tryCommittee(i) ?? this.tryLevel(i);
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

  /** Known names starting at token j, longest first (each with every unit it may name). */
  private known(j: number): { len: number; hits: AliasHit[] }[] {
    const toks = this.toks;
    if (j >= toks.length || !isCap(toks[j]!.t)) return [];
    const first = this.key(j);
    const max = this.r.aliasFirst.get(first);
    if (!max) return [];
    const found: { len: number; hits: AliasHit[] }[] = [];
    let k = first;
    for (let len = 1; len <= max && j + len - 1 < toks.length; len++) {
      if (len > 1) {
        const cur = j + len - 1;
        const sep = this.sep(cur - 1, cur);
        if (!NAME_JOINERS.has(sep) || !isCap(toks[cur]!.t)) break;
        k += (sep === ' ' ? ' ' : ' - ') + this.key(cur);
      }
      const hits = this.r.aliases.get(k);
      if (hits) found.push({ len, hits });
    }
    return found.reverse();
  }

  /** "Thành ủy Cần Thơ", "Tỉnh ủy Lạng Sơn", "Huyện ủy Mê Linh": the committee names its unit. */
  private tryCommittee(i: number): number | null {
    const toks = this.toks;
    if (i + 2 >= toks.length || this.sep(i, i + 1) !== ' ' || this.sep(i + 1, i + 2) !== ' ') return null;
    if (!this.r.levelFirstLower.has(toks[i]!.t.toLowerCase())) return null;
    const level = this.r.committees.get(this.key(i) + ' ' + this.key(i + 1));
    if (!level) return null;
    const got = this.nameAfter(level, i + 2, true);
    if (!got) return null;
    this.emit(got.unit, got.name, level, i + 2, got.end);
    return got.end;
  }

  /** A level word or abbreviation, then a name. Returns the next token, or -next when no name followed. */
  private tryLevel(i: number): number | null {
    const toks = this.toks;
    const tok = toks[i]!;
    let lw: LevelWord | undefined;
    let j = i + 1;
    const abbr = this.r.levelAbbrevs.get(tok.t);
    if (abbr) {
      if (j >= toks.length) return null;
      const sep = this.sep(i, j);
      const short = tok.t.length === 1;
      if (!(short ? SHORT_ABBREV_SEPS : ABBREV_SEPS).has(sep)) return null;
      const prevChar = this.text.charAt(tok.s - 1);
      if (prevChar && /[\p{L}\p{M}\p{N}.]/u.test(prevChar)) return null;
      if (short && i > 0 && this.sep(i - 1, i) === ' ' && isCap(toks[i - 1]!.t)) return null; // "Lê H. Trung"
      if (short && this.r.honorific.test(this.text.slice(Math.max(0, tok.s - 30), tok.s))) return null;
      lw = abbr;
    } else {
      const found = this.levelWordAt(i);
      if (!found) return null;
      lw = found.lw;
      j = found.next;
      if (j >= toks.length || this.sep(j - 1, j) !== ' ') return -j;
    }
    const before = this.text.slice(Math.max(0, tok.s - 20), tok.s);
    if (!lw.abbreviation && this.r.levelNotAfter.get(lw.level)?.test(before)) return -j;
    const plural = !lw.abbreviation && this.r.plural.test(before);
    const got = this.nameAfter(lw.level, j, true, lw);
    if (!got) return -j;
    if (!got.unit && this.foreignParent(got.end)) return got.end;
    // "P.Hậu", "H.Long" closing an article are a reporter's initial and name
    if (lw.abbreviation && tok.t.length === 1 && !got.unit && got.end - j < 2 && !isDigits(toks[j]!.t)) return -j;
    this.emit(got.unit, got.name, lw.level, i, got.end);
    let end = got.end;
    // "các xã Tân Phú, Tân Hòa và Tân Lập": every name of the list has the level
    if (plural) {
      for (;;) {
        if (end >= toks.length) break;
        const sep = this.sep(end - 1, end);
        if (sep !== ', ' && sep !== ' và ' && sep !== ', và ') break;
        if (this.levelStartsAt(end)) break;
        const more = this.nameAfter(lw.level, end, true, lw);
        if (!more) break;
        this.emit(more.unit, more.name, lw.level, end, more.end);
        end = more.end;
      }
    }
    return end;
  }

  /**
   * "quận Chúp, tỉnh Kampot": an unlisted unit placed in a province the rules do not
   * know is abroad.
   */
  private foreignParent(end: number): boolean {
    const toks = this.toks;
    if (end >= toks.length) return false;
    const sep = this.sep(end - 1, end);
    if (sep !== ', ' && sep !== ' (' && sep !== ', (') return false;
    const lv = this.levelWordAt(end);
    const abbr = this.r.levelAbbrevs.get(toks[end]!.t);
    const lvl = lv?.lw.level ?? abbr?.level;
    if (lvl !== 'tỉnh' && lvl !== 'thành phố') return false;
    const at = lv ? lv.next : end + 1;
    if (at >= toks.length || !isCap(toks[at]!.t)) return false;
    return this.known(at).length === 0;
  }

  /** A level word (all of it: "Thành phố", not the "Thành" of "Châu Thành") or abbreviation at j. */
  private levelStartsAt(j: number): boolean {
    const t = this.toks[j]!.t;
    if (this.r.levelAbbrevs.has(t)) return true;
    return this.levelWordAt(j) !== null;
  }

  /** The full level word starting at token i, with the index of the token after it. */
  private levelWordAt(i: number): { lw: LevelWord; next: number } | null {
    const toks = this.toks;
    const t = toks[i]!.t;
    if (t.length > 6 || !this.r.levelFirstLower.has(t.toLowerCase())) return null;
    const cands = this.r.levelWords.get(this.key(i));
    if (!cands) return null;
    for (const c of cands) {
      let ok = true;
      for (let m = 1; m < c.tokens.length; m++) {
        const at = i + m;
        if (at >= toks.length || this.sep(at - 1, at) !== ' ' || this.key(at) !== c.tokens[m]) {
          ok = false;
          break;
        }
      }
      if (ok) return { lw: c, next: i + c.tokens.length };
    }
    return null;
  }

  /** The unit named at token j for a given level: a known one first, else (lower levels) any well-formed name. */
  private nameAfter(
    level: Level,
    j: number,
    allowLevelOnly: boolean,
    lw?: LevelWord,
  ): { unit: KnownUnit | null; name: string; end: number } | null {
    const toks = this.toks;
    if (j >= toks.length) return null;
    for (const { len, hits } of this.known(j)) {
      const unit = pickForLevel(level, hits, allowLevelOnly);
      if (unit) return { unit, name: unit.name, end: j + len };
    }
    const generic = lw ? lw.generic : level === 'huyện' || level === 'quận' || level === 'thị xã';
    const numbered = lw ? lw.numbered : level === 'quận';
    const t = toks[j]!.t;
    if (numbered && isDigits(t) && t.length <= 2 && !/^[.,/\-]\p{N}/u.test(this.text.slice(toks[j]!.e, toks[j]!.e + 2))) {
      return { unit: null, name: titleCase(level) + ' ' + String(Number(t)), end: j + 1 };
    }
    if (!generic || this.mode !== 'normal') return null;
    const len = this.genericLength(j);
    if (!len) return null;
    const parts: string[] = [toks[j]!.t];
    for (let m = j + 1; m < j + len; m++) {
      const sep = this.sep(m - 1, m);
      parts.push(APOSTROPHES.has(sep) ? sep : HYPHEN_JOINERS.has(sep) ? ' - ' : ' ');
      parts.push(toks[m]!.t);
    }
    return { unit: null, name: parts.join(''), end: j + len };
  }

  /** How many tokens from j make a ward/commune/district name the rules do not list (0: none). */
  private genericLength(j: number): number {
    const toks = this.toks;
    const r = this.r;
    const first = toks[j]!.t;
    if (first.length < 2 && !APOSTROPHES.has(this.text.charAt(toks[j]!.e))) return 0;
    if (!isCap(first) || isAllCaps(first) || r.nameStopWords.has(this.key(j)) || !looksVietnamese(first)) return 0;
    const personNamed = r.surnames.has(first);
    let len = 1;
    let hyphens = 0;
    while (j + len < toks.length && len < 4 + hyphens) {
      const m = j + len;
      const sep = this.sep(m - 1, m);
      const t = toks[m]!.t;
      if (APOSTROPHES.has(sep)) {
        // highland names: "Ea H'leo", "M'Đrắk"
        if (!looksVietnamese(t)) break;
        len++;
        continue;
      }
      const hyphen = HYPHEN_JOINERS.has(sep);
      if (sep !== ' ' && !hyphen) break;
      if (!isCap(t) || isAllCaps(t) || r.nameStopWords.has(this.key(m)) || this.levelStartsAt(m)) break;
      if (hyphen && (hyphens > 0 || this.known(m).length > 0)) break;
      // a person's name starting here: "xã Tân Phú Nguyễn Văn An" (a unit named after a
      // person, "phường Võ Thị Sáu", starts with the surname itself)
      if (
        !personNamed &&
        (r.surnames.has(t) || r.middleNames.has(t)) &&
        m + 1 < toks.length &&
        this.sep(m, m + 1) === ' ' &&
        isCap(toks[m + 1]!.t)
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
    const toks = this.toks;
    const tok = toks[i]!;
    if (!isCap(tok.t)) return null;
    const blocked = this.notPlaceLength(i);
    if (blocked) return i + blocked;
    const cands = this.known(i);
    for (const { len, hits } of cands) {
      const hit = pickBare(hits);
      if (!hit) continue;
      const end = i + len;
      if (!this.bareAllowed(i, end, hit)) return this.skipChain(end);
      this.emit(hit.unit, hit.unit.name, hit.unit.level, i, end);
      return end;
    }
    return null;
  }

  private notPlaceLength(i: number): number {
    let k = this.key(i);
    let best = 0;
    for (let len = 1; len <= 4 && i + len - 1 < this.toks.length; len++) {
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
    const toks = this.toks;
    const r = this.r;
    const before = this.text.slice(Math.max(0, toks[i]!.s - 40), toks[i]!.s);
    if (r.notAfter.test(before) || r.honorific.test(before)) return false;
    if (i > 0 && this.sep(i - 1, i) === ' ' && (r.surnames.has(toks[i - 1]!.t) || r.middleNames.has(toks[i - 1]!.t))) return false;
    if (end < toks.length && this.sep(end - 1, end) === ' ') {
      const nextTok = toks[end]!.t;
      if (r.notBefore.has(this.key(end))) return false;
      if (hit.mode === 'strict' && isCap(nextTok)) return false;
    }
    return true;
  }

  /** After a rejected bare name, skip the names hyphen-joined to it ("cao tốc Hà Nội - Hải Phòng"). */
  private skipChain(end: number): number {
    let at = end;
    while (at < this.toks.length && HYPHEN_JOINERS.has(this.sep(at - 1, at))) {
      const more = this.known(at);
      if (!more.length) break;
      at += more[0]!.len;
    }
    return at;
  }

  private emit(unit: KnownUnit | null, name: string, level: Level | null, from: number, to: number): void {
    // "các tỉnh …, Hải Phòng": a province-level unit keeps its own level
    if (unit && unit.kind === 'province') level = unit.level;
    const s = this.toks[from]!.s;
    const e = this.toks[to - 1]!.e;
    const after = this.text.slice(e, e + 16);
    this.out.push({
      name,
      level,
      unit,
      span: { field: this.field, index: this.index, start: s, end: e },
      former: this.r.former.test(after),
      province: unit ? unit.province : null,
      province2025: unit ? unit.province2025 : null,
      text: this.text,
    });
  }
}

/** Among the units a name may denote, the one a level word selects. */
function pickForLevel(level: Level, hits: AliasHit[], allowLevelOnly: boolean): KnownUnit | null {
  const ok = hits.filter((h) => allowLevelOnly || h.mode !== 'level');
  const find = (pred: (u: KnownUnit) => boolean) => ok.find((h) => pred(h.unit))?.unit ?? null;
  switch (level) {
    case 'tỉnh':
      return find((u) => u.kind === 'province');
    case 'thành phố':
      return find((u) => u.kind === 'city' && u.level === 'thành phố') ?? find((u) => u.kind === 'province' && u.level === 'thành phố');
    case 'quận':
    case 'huyện':
    case 'thị xã':
      return find((u) => (u.kind === 'city' || u.kind === 'district') && u.level === level) ?? find((u) => u.kind === 'city' || u.kind === 'district');
    case 'đặc khu':
      return find((u) => u.kind === 'zone');
    default:
      return null;
  }
}

const KIND_ORDER: Record<string, number> = { province: 0, city: 1, district: 2, zone: 3 };

function pickBare(hits: AliasHit[]): AliasHit | null {
  let best: AliasHit | null = null;
  for (const h of hits) {
    if (h.mode === 'level') continue;
    if (!best || KIND_ORDER[h.unit.kind]! < KIND_ORDER[best.unit.kind]!) best = h;
  }
  return best;
}

/** Fill in provinces of units the rules do not know, from the unit written after them or from the article. */
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
    if (m.province2025 || !n.province2025) continue;
    if (m.span.field !== n.span.field || m.span.index !== n.span.index) continue;
    if (rank(n.level, n.unit) <= rank(m.level, m.unit)) continue;
    if (!HIERARCHY_SEP.test(m.text.slice(m.span.end, n.span.start))) continue;
    setProvince(m, n.province, n.province2025);
  }
  if (mentions.every((m) => m.province2025)) return;
  // 3. the one province the article is about: named provinces not marked "(cũ)";
  //    failing that, the one post-2025 province they all belong to
  let ctx: { p: string | null; p2025: string | null } | null = null;
  const anchors = mentions.filter((m) => m.unit && m.unit.kind === 'province');
  const pool = anchors.length ? anchors : mentions.filter((m) => m.unit && m.unit.kind !== 'zone');
  if (pool.length) {
    const former = new Set(pool.filter((m) => m.former).map((m) => m.unit!.province));
    const current = new Set(pool.map((m) => m.unit!.province).filter((p) => !former.has(p)));
    if (current.size === 1) {
      const p = [...current][0]!;
      ctx = { p, p2025: r.mergedInto.get(p) ?? null };
    } else {
      const p2025 = new Set(pool.map((m) => m.unit!.province2025));
      if (p2025.size === 1) ctx = { p: null, p2025: [...p2025][0]! };
    }
  }
  for (const m of mentions) {
    if (m.province2025) continue;
    if (ctx) {
      setProvince(m, ctx.p, ctx.p2025);
      continue;
    }
    // 4. a ward named like a former city or district it grew out of ("phường Bà Rịa")
    const same = r.unitsByKey.get(foldKey(m.name))?.filter((u) => u.kind !== 'province');
    if (same && same.length && same.every((u) => u.province2025 === same[0]!.province2025)) {
      const one = same.every((u) => u.province === same[0]!.province);
      setProvince(m, one ? same[0]!.province : null, same[0]!.province2025);
    }
  }
}

export function extractLocations(text: ArticleText, rules: Rules): Location[] {
  const r = rules.places;
  const mentions: Mention[] = [];
  const cache = new Map<string, string>();
  text.paragraphs.forEach((p, i) => new FieldScanner(r, p, 'paragraphs', i, mentions, cache).scan());
  text.captions.forEach((c, i) => new FieldScanner(r, c, 'captions', i, mentions, cache).scan());
  if (text.title) new FieldScanner(r, text.title, 'title', 0, mentions, cache).scan();
  resolveProvinces(mentions, r);
  // each unit once: same name at two levels stays two units (thành phố and tỉnh Sóc Trăng)
  const seen = new Map<string, Location>();
  for (const m of mentions) {
    const k = foldKey(m.name) + '|' + (m.level ?? '');
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
