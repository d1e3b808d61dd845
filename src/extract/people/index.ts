import type { ArticleText, Span } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Official, Position } from '../../record/schema.js';
import { stripDiacritics, titleCaseName } from '../../normalise/text.js';
import { C, M } from './lexicon.js';
import { Grammar, type NameRange, type ParsedPosition } from './grammar.js';
import { phraseKeyIn, tokensOf, type Tok, type WordTable } from './tokens.js';
import type { PeopleRules } from './rules.js';

/** What one field says about people, before persons are merged across the article. */
interface PersonHit {
  name: string;
  honorific: string | null;
  positions: ParsedPosition[];
  span: Span;
}

/** "đồng chí Bí thư Tỉnh ủy Lạng Sơn": an office named without its holder */
interface OfficeMention {
  positions: ParsedPosition[];
  span: Span;
  honorific: boolean;
}

/** "ông Phớc", "bác sĩ Hồng": a person already named, by given name */
interface GivenMention {
  keys: string[];
  span: Span;
  /** "ông Hận từng làm …": posts the sentence gives that person */
  positions: ParsedPosition[];
}

/** "Ông từng là Giám đốc …": posts of the person named last, by a bare form of address */
interface PronounMention {
  honorific: string;
  positions: ParsedPosition[];
  span: Span;
}

interface FieldHits {
  persons: PersonHit[];
  offices: OfficeMention[];
  given: GivenMention[];
  pronouns: PronounMention[];
}

type Field = Span['field'];

interface Honorific {
  /** first token of the honorific (of "các" in "các đồng chí") */
  start: number;
  end: number;
  canonical: string;
  kind: 'addr' | 'kin' | 'prof';
  /** "các đồng chí", "hai ông": a list of persons follows */
  plural: boolean;
}

/** Scans one field (title, a paragraph or a caption) left to right. */
class FieldScanner {
  private g: Grammar;
  private out: FieldHits = { persons: [], offices: [], given: [], pronouns: [] };
  /** honorific of the last person and the token after its positions, for "các đồng chí: A, …; B, …" */
  private lastHon: string | null = null;
  private lastEnd = -1;

  constructor(
    private readonly toks: Tok[],
    starts: number[],
    private readonly text: string,
    private readonly rules: PeopleRules,
    private readonly field: Field,
    private readonly index: number,
  ) {
    this.g = new Grammar(toks, starts, text, rules);
  }

  private spanOf(a: number, b: number): Span {
    return { field: this.field, index: this.index, start: this.g.startOf(a), end: this.g.endOf(b - 1) };
  }

  private nameText(r: NameRange): string {
    const s = this.g.span(r.a, r.b).replace(/\s+/g, ' ');
    return this.g.validName(r.a, r.b) && this.toks[r.a]!.upper && this.toks[r.b - 1]!.upper ? titleCaseName(s) : s;
  }

  scan(): FieldHits {
    const toks = this.toks;
    const g = this.g;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i]!;
      if (!t.w) {
        i++;
        continue;
      }
      const h = this.honorificAt(i);
      if (h) {
        const next = this.afterHonorific(h);
        i = next > i ? next : h.end;
        continue;
      }
      if (t.cap && g.officeAt(i) > 0) {
        i = this.officeChain(i, null);
        continue;
      }
      if (!t.cap && (t.f & (C.OFFICE | C.PREFIX)) !== 0) {
        // "đại biểu Nguyễn Văn An", "phó chủ tịch UBND TP.HCM Võ Văn Hoan": some papers write
        // titles in lower case; before a name they are positions, alone they are common nouns
        if (this.lowerChainNamesPerson(i)) {
          i = this.officeChain(i, null, true);
          continue;
        }
      }
      if (t.cap && (i === 0 || !g.isCapWord(i - 1))) {
        const known = g.knownAt(i, C.PLACE | C.COUNTRY | C.BODY | C.HEAD);
        if (known) {
          i += known; // "Bà Rịa-Vũng Tàu", "Ban Dân vận": not a name
          continue;
        }
        const r = g.runEnd(i);
        // "Theo TS Nguyễn Văn A, …", "Với Đại tá B": a sentence opener before an honorific
        // belongs to neither; the honorific is read from the next word
        const opener = r > i + 1 ? this.rules.lex.match(toks, i, C.CLAUSE) : null;
        if (opener !== null && opener.len === 1 && this.honorificAt(i + 1) !== null) {
          i++;
          continue;
        }
        if (!this.mayFollowName(r)) {
          i = Math.max(r, i + 1); // nothing after the run could give a position
          continue;
        }
        const a = g.nameInRun(i, r, 'cap');
        if (a >= 0) {
          const post = this.postName(r);
          if (post.positions.length > 0 && !this.nextClauseSubject(a, post.end)) {
            const inherited = a > 0 && toks[a - 1]!.s === ';' && this.lastEnd === a - 1 ? this.lastHon : null;
            this.addPerson({ a, b: r }, inherited, post.positions, post.end);
            i = post.end;
            continue;
          }
        } else if (r - i >= 2 && r - i <= 4 && this.officeFollows(r) && g.validName(i, r)) {
          // "Joe Biden, Tổng thống Mỹ": a foreign name followed by its office
          const post = this.postName(r);
          // compromise may find the person at the end of a longer run ("Kitco Marc Chandler")
          const w = post.positions.length > 0 ? g.westernPersonStart(i, r) : -1;
          const from = w >= 0 ? w : g.looksForeign(i, r) && g.foreignNameOk(i, r) ? i : -1;
          if (from >= 0) {
            this.addPerson({ a: from, b: r }, null, post.positions, post.end);
            i = post.end;
            continue;
          }
        }
        i = Math.max(r, i + 1);
        continue;
      }
      i++;
    }
    return this.out;
  }

  private addPerson(name: NameRange, honorific: string | null, positions: ParsedPosition[], end: number): void {
    this.out.persons.push({ name: this.nameText(name), honorific, positions, span: this.spanOf(name.a, name.b) });
    this.lastHon = honorific;
    this.lastEnd = end;
  }

  /** "Đồng chí", "các đồng chí:", "ông", "BS.CK2", "Thượng tướng", "PGS.TS" at i */
  private honorificAt(i: number): Honorific | null {
    const toks = this.toks;
    const t0 = toks[i];
    // most words start no honorific: without one of these classes every test below fails
    if (!t0 || ((t0.f & (C.PLURAL | C.ADDR | C.PROF | C.KIN)) === 0 && (t0.m & M.DEGREE) === 0)) return null;
    const lex = this.rules.lex;
    let p = i;
    const pl = lex.match(toks, p, C.PLURAL);
    const plural = pl !== null && lex.match(toks, p + pl.len, C.ADDR | C.PROF | C.KIN) !== null;
    if (plural) p += pl!.len;
    // "Bà Rịa", "Anh" (England) are places; "anh Nguyễn Thanh Tùng": a kin word that spells a
    // country is the form of address when a full Vietnamese name follows it
    const place = lex.match(toks, p, C.PLACE | C.COUNTRY);
    if (place && !(place.len === 1 && t0.f & C.KIN && toks[p]!.f & C.KIN && this.g.startsName(p + 1))) return null;
    let h: Honorific | null = null;
    const m = lex.match(toks, p, C.ADDR | C.PROF | C.KIN);
    if (m) {
      const f = m.flags;
      const kind = f & C.ADDR ? 'addr' : f & C.PROF ? 'prof' : 'kin';
      const canonical = kind === 'addr' ? m.value! : this.g.span(p, p + m.len);
      h = { start: i, end: p + m.len, canonical, kind, plural };
    } else if (this.isDegree(p)) {
      h = { start: i, end: p + 1, canonical: toks[p]!.s, kind: 'prof', plural };
    }
    if (!h) return null;
    // "Đồng chí Thượng tướng …", "Bác sĩ CKII …", "PGS.TS, BS …": further prefixes
    for (let k = 0; k < 3; k++) {
      let q = h.end;
      // "TS. Nguyễn…", "PGS. TS …", "Thượng tướng, PGS.TS …"
      if (toks[q]?.s === '.' && this.g.endOf(q - 1) === this.g.startOf(q) && this.isDegree(q - 1)) {
        h.end = ++q;
      }
      if (toks[q]?.s === ',' && (this.isDegree(q + 1) || lex.match(toks, q + 1, C.PROF))) q++;
      const m2 = lex.match(toks, q, C.PROF);
      if (m2) h.end = q + m2.len;
      else if (this.isDegree(q)) h.end = q + 1;
      else break;
    }
    if (toks[h.end]?.s === ':') h.end++;
    return h;
  }

  /** "PGS.TS", "BS.CK2", "ThS": pieces of academic and medical degrees joined by dots */
  /** can a position follow a name ending at r: punctuation, "làm", "kiêm"? (a cheap filter) */
  private mayFollowName(r: number): boolean {
    const t = this.toks[r];
    if (!t) return false;
    if (!t.w) return t.s === ',' || t.s === '(' || t.s === '-' || t.s === '–' || t.s === '—';
    return (t.f & (C.ROLEVERB | C.CHAIN)) !== 0;
  }

  private isDegree(i: number): boolean {
    const t = this.toks[i];
    if (!t || !t.w || !t.cap) return false;
    return (t.m & M.DEGREE) !== 0;
  }

  /** the name (or office) after an honorific; returns where scanning goes on */
  private afterHonorific(h: Honorific, pending: ParsedPosition[] = []): number {
    const g = this.g;
    const toks = this.toks;
    const i = h.end;
    if (g.officeAt(i, true) > 0 && h.kind !== 'kin' && pending.length === 0) return this.officeChain(i, h);
    if (!g.isCapWord(i)) {
      // "Ông từng là …", "Bà được bổ nhiệm giữ chức …": an appointment verb after a bare
      // form of address gives a post of the person last named
      // (not "của ông là Thủ tướng A": a possessive, and the post is A's)
      const possessive = toks[h.start - 1]?.k === 'của';
      if (h.kind === 'addr' && !h.plural && !possessive && (toks[i]?.f ?? 0) & (C.ROLEVERB | C.ROLEADV)) {
        const post = this.postName(i);
        // "ông là Thủ tướng Dmitry Medvedev": a post that names its own holder is not his
        const namesOther = post.positions.some((p) => g.parsePosition(p.start, true, true)?.name);
        if (post.positions.length > 0 && !namesOther) {
          this.out.pronouns.push({ honorific: h.canonical, positions: post.positions, span: this.spanOf(h.end - 1, h.end) });
          return post.end;
        }
      }
      return h.end;
    }
    if (g.knownAt(i, C.PLACE | C.COUNTRY | C.BODY | C.HEAD)) return h.end;
    const r = g.runEnd(i);
    if (r - i === 1) {
      const t = toks[i]!;
      // "ông Phớc": a given name of someone named in full elsewhere; "ông S" hides a name
      if (t.s.length > 1 && !t.upper && h.kind !== 'kin') {
        // "ông Hận từng làm Trưởng công an thị xã …": an appointment verb after the given name
        const roles = h.kind === 'addr' && !h.plural ? this.rolesAfterGiven(h, r) : null;
        this.out.given.push({ keys: [t.k], span: this.spanOf(i, r), positions: roles ? roles.positions : [] });
        if (roles) return roles.end;
      }
      return r;
    }
    if (!g.validName(i, r)) return r;
    if (!g.isSurname(i)) {
      // no Vietnamese surname: a foreign name ("ông Neil MacGregor"), not "ông Thần Tài"
      if (h.kind === 'kin') return r;
      if (!((g.looksForeign(i, r) && g.foreignNameOk(i, r)) || g.westernPerson(i, r))) return r;
    }
    if (r - i > 5) return r;
    // "do ông A, Pos làm Trưởng đoàn": after "do" the predicate "làm …" is the person's role
    const post = this.postName(r, toks[h.start - 1]?.k === 'do');
    // with an honorific the apposition is kept even when it runs into the next verb
    // ("của bà B, hiệu trưởng trường X để …"): a missing closing comma is common
    this.addPerson({ a: i, b: r }, h.canonical, [...pending, ...post.positions], post.end);
    return h.plural ? this.listAfter(post.end, h) : post.end;
  }

  /**
   * Posts after "ông Hận" introduced by an appointment verb ("từng làm", "giữ chức"), as after
   * a bare "ông" (not after "của ông Hận là …", and not a post that names its own holder).
   */
  private rolesAfterGiven(h: Honorific, r: number): { positions: ParsedPosition[]; end: number } | null {
    const t = this.toks[r];
    if (!t || !t.w || t.cap || (t.f & (C.ROLEVERB | C.ROLEADV | C.MOTION)) === 0) return null;
    if (this.toks[h.start - 1]?.k === 'của') return null;
    const post = this.postName(r);
    if (post.positions.length === 0) return null;
    if (post.positions.some((p) => this.g.parsePosition(p.start, true, true)?.name)) return null;
    return post;
  }

  /** "các đồng chí A, B và C": more names of the same list, each with its own positions */
  private listAfter(e: number, h: Honorific): number {
    const g = this.g;
    for (let guard = 0; guard < 20; guard++) {
      const t = this.toks[e];
      if (!t || !(t.s === ',' || t.s === ';' || t.k === 'và')) break;
      const a = e + 1;
      if (!g.startsName(a)) break;
      const r = g.runEnd(a);
      const post = this.postName(r);
      this.addPerson({ a, b: r }, h.canonical, post.positions, post.end);
      e = post.end;
    }
    return e;
  }

  /**
   * Names listed after an office held by several people ("các Phó Thủ tướng A, B và C", "các
   * Phó Chủ tịch UBND tỉnh: A, B"), from the separator at e: each gets the shared positions
   * and any of its own after it; the list ends at anything but a name.
   */
  private sharedList(e: number, positions: ParsedPosition[], h: Honorific | null): number {
    const g = this.g;
    for (let guard = 0; guard < 20; guard++) {
      const t = this.toks[e];
      if (!t || !(t.s === ',' || t.s === ';' || t.s === ':' || t.k === 'và')) break;
      const a = e + 1;
      if (!g.startsName(a)) break;
      const r = g.runEnd(a);
      if (g.knownAt(a, C.PLACE | C.COUNTRY | C.BODY | C.HEAD) || !g.validName(a, r) || !g.isSurname(a)) break;
      const post = this.postName(r);
      this.addPerson({ a, b: r }, h ? h.canonical : null, [...positions, ...post.positions], post.end);
      e = post.end;
    }
    return e;
  }

  /** positions chained before a name: "Phó Bí thư Thành ủy, Chủ tịch … Nguyễn Phước Lộc" */
  private officeChain(i: number, h: Honorific | null, lower = false): number {
    const g = this.g;
    const toks = this.toks;
    const positions: ParsedPosition[] = [];
    let e = i;
    // "Thừa quyền Chủ tịch nước, Phó Chủ tịch nước A", "KT. Bộ trưởng, Thứ trưởng A": the
    // first office is the one signed for, not the signer's
    const signedFor = this.actingBefore(i);
    // "các Phó Thủ tướng A, B", "các đồng chí Phó Bí thư Tỉnh ủy: A, B": one office shared by a list
    const shared = h !== null ? h.plural : toks[i - 1] !== undefined && (toks[i - 1]!.f & C.PLURAL) !== 0;
    for (let guard = 0; guard < 8; guard++) {
      const p = g.parsePosition(e, true, (guard === 0 && h !== null) || lower);
      if (!p) break;
      if (!(guard === 0 && signedFor && !p.name)) positions.push(p.pos);
      if (p.name) {
        const post = this.postName(p.name.b);
        this.addPerson(p.name, h ? h.canonical : null, [...positions, ...post.positions], post.end);
        return shared ? this.sharedList(post.end, positions, h) : post.end;
      }
      e = p.pos.end;
      const sep = this.separatorAt(e);
      if (sep > 0 && g.officeAt(e + sep, lower) > 0) {
        e += sep;
        continue;
      }
      if (p.stoppedAtOffice) continue;
      break;
    }
    // "các Phó Chủ tịch UBND tỉnh: A, B": the names after the colon share the office
    if (shared && positions.length > 0 && toks[e]?.s === ':' && g.startsName(e + 1)) return this.sharedList(e, positions, h);
    // "Bộ trưởng Tài chính, ông Hồ Văn Phúc, cho biết", "Chánh Thanh tra tỉnh - ông A": the
    // positions of the person named next
    const sepTok = toks[e]?.s;
    const dash = sepTok === '-' || sepTok === '–';
    if (positions.length > 0 && (sepTok === ',' || dash) && !h) {
      const next = this.honorificAt(e + 1);
      if (next && next.kind !== 'kin' && this.g.startsName(next.end)) return this.afterHonorific(next, positions);
    }
    // "Phó Chủ tịch UBND tỉnh - Hà Quang Lợi": the name after a dash
    if (positions.length > 0 && dash && g.startsName(e + 1)) {
      const r = g.runEnd(e + 1);
      const post = this.postName(r);
      this.addPerson({ a: e + 1, b: r }, h ? h.canonical : null, [...positions, ...post.positions], post.end);
      return post.end;
    }
    if (positions.length > 0) {
      const last = positions[positions.length - 1]!;
      this.out.offices.push({ positions, span: this.spanOf(i, Math.max(last.end, i + 1)), honorific: h !== null });
    }
    return Math.max(e, i + 1); // always move on
  }

  /**
   * "… danh nhân văn hoá Nguyễn Trãi, Bí thư Huyện ủy Thường Tín khẳng định": a bare name
   * (no honorific) after a lower-case word, whose "position" runs straight into a verb, is
   * the object of the clause before it; the office is the next clause's subject. After "có",
   * "do", "và"… (rules: subjectWords) or punctuation the apposition stands. With an honorific
   * the same test dropped more true positions than false ones on the corpus (a missing
   * closing comma is common), so it is not applied there.
   */
  private nextClauseSubject(start: number, postEnd: number): boolean {
    const after = this.toks[postEnd];
    if (!after || !after.w || after.cap || after.num) return false;
    const prev = this.toks[start - 1];
    if (!prev || !prev.w || prev.cap) return false;
    return (prev.m & M.SUBJECT) === 0;
  }

  /** cheap test before the costlier ones: does ", office" or "(office" follow token r? */
  private officeFollows(r: number): boolean {
    const t = this.toks[r];
    if (!t || t.w) return false;
    return this.g.officeAt(r + 1, true) > 0;
  }

  /** does the chain of lower-case titles from i end in a person's name? */
  private lowerChainNamesPerson(i: number): boolean {
    let e = i;
    for (let guard = 0; guard < 6; guard++) {
      const p = this.g.parsePosition(e, true, true);
      if (!p) return false;
      if (p.name) return true;
      const sep = this.separatorAt(p.pos.end);
      if (sep === 0 || this.g.officeAt(p.pos.end + sep, true) < 0) return false;
      e = p.pos.end + sep;
    }
    return false;
  }

  /** past up to two adverbs before a role verb ("tiếp tục", "sau đó ra", "điều động, bổ nhiệm") */
  private skipAdverbs(from: number): number {
    const toks = this.toks;
    let vx = from;
    for (let k = 0; k < 2; k++) {
      const move = this.movedTo(vx);
      if (move > vx) return move;
      const adv = this.rules.lex.matchLower(toks, vx, C.ROLEADV);
      if (!adv) break;
      vx += adv.len;
      if (toks[vx]?.s === ',' && toks[vx + 1]?.w && (toks[vx + 1]!.f & (C.ROLEADV | C.ROLEVERB)) !== 0) vx++;
    }
    return vx;
  }

  /**
   * "về trường tình báo làm Trưởng khoa", "chuyển sang Bộ Tài chính làm": a move word, up to
   * four words of the place (no punctuation, verb or particle), then a role verb; returns
   * the role verb's index, or `from`.
   */
  private movedTo(from: number): number {
    const toks = this.toks;
    const lex = this.rules.lex;
    const mv = lex.matchLower(toks, from, C.MOTION);
    if (!mv) return from;
    for (let k = from + mv.len; k < from + mv.len + 5 && k < toks.length; k++) {
      const t = toks[k]!;
      if (!t.w || t.num) return from;
      if (!t.cap && lex.matchLower(toks, k, C.ROLEVERB)) return k > from + mv.len ? k : from;
      if (t.m & M.SUBJECT || lex.match(toks, k, C.STOP | C.CHAIN | C.ADDR | C.KIN | C.CONNECTOR)) return from;
    }
    return from;
  }

  /** does a "signed for" phrase ("Thừa quyền", "KT.", "Thay mặt") end right before token i? */
  private actingBefore(i: number): boolean {
    const toks = this.toks;
    let k = i;
    if (toks[k - 1]?.s === '.') k--; // "KT. Bộ trưởng"
    for (let len = 1; len <= 3 && k - len >= 0; len++) {
      const m = this.rules.lex.match(toks, k - len, C.ACTING);
      if (m && m.len === len) return true;
    }
    return false;
  }

  /** "," "-" "–" or "kiêm" between two positions: its length in tokens, else 0 */
  private separatorAt(e: number): number {
    const t = this.toks[e];
    if (!t) return 0;
    if (!t.w) return t.s === ',' || t.s === '-' || t.s === '–' || t.s === '—' ? 1 : 0;
    const m = this.rules.lex.match(this.toks, e, C.CHAIN);
    return m ? m.len : 0;
  }

  /** positions after a name: ", Pos, Pos", "(Pos)", "- Pos", "làm Trưởng đoàn", ", Bệnh viện X" */
  private postName(start: number, agent = false): { positions: ParsedPosition[]; end: number } {
    const g = this.g;
    const toks = this.toks;
    const lex = this.rules.lex;
    const positions: ParsedPosition[] = [];
    let e = start;
    let closed = false; // the last position stood in brackets
    let byRole = false; // the list was opened by an appointment verb ("từng làm A, B và C")
    for (let guard = 0; guard < 12 && e < toks.length; guard++) {
      const t = toks[e]!;
      if (t.s === '(') {
        const close = this.findClose(e);
        if (close < 0) break;
        if (g.officeAt(e + 1, true) > 0) {
          // "(Chủ tịch UBND xã, Bí thư Đảng ủy xã)": every post in the bracket
          const inner = this.positionsIn(e + 1, close);
          if (inner.length > 0) {
            for (const q of inner) positions.push(q);
            e = close + 1;
            closed = true;
            continue;
          }
        }
        if (positions.length === 0) {
          e = close + 1; // "(trái)", "(SN 1970)"
          continue;
        }
        // "Chủ tịch UBND tỉnh X (cũ), Phó Bí thư …", "Tổng Giám đốc Công ty Y (Vinamilk), Phó
        // Chủ tịch …", "Giám đốc Công an tỉnh Z (trước khi hợp nhất) giữ chức …": an aside after a
        // position is not part of it, and the chain of positions goes on after it
        if (this.chainGoesOn(close + 1)) {
          e = close + 1;
          closed = true;
          continue;
        }
        break;
      }
      const sep = this.separatorAt(e);
      const nx = e + sep;
      // "A làm Trưởng đoàn", "A, Pos, làm trưởng đoàn": a role of the person; but "A, Phó
      // Trưởng ban làm trưởng đoàn" (no comma after the position) reads as the sentence's
      // predicate, and the gold leaves it out there
      // an appointment verb of several words ("được bầu làm", "từng giữ chức") introduces a post
      // of the person whatever stands before it
      // "tiếp tục giữ chức", "trước khi được bổ nhiệm làm", "sau đó ra làm": up to two
      // adverbs before the verb
      let vx = this.skipAdverbs(nx);
      // "được Bộ trưởng Bộ Nội vụ bổ nhiệm giữ chức …": the agent's office is not the person's
      if (toks[vx]?.k === 'được' && g.officeAt(vx + 1) > 0) {
        const agent = g.parsePosition(vx + 1, false);
        if (agent) {
          const after = this.skipAdverbs(agent.pos.end);
          if (lex.matchLower(toks, after, C.ROLEVERB)) vx = after;
        }
      }
      const verb = lex.matchLower(toks, vx, C.ROLEVERB);
      // after "do A, Pos" a bare "làm" counts when the role is written as a title ("làm
      // Trưởng đoàn"); "làm trưởng đoàn" in lower case reads as the clause's predicate
      const agentRole = agent && toks[vx + (verb?.len ?? 0)]?.cap === true;
      const role = verb && (positions.length === 0 || sep > 0 || closed || agentRole || vx > nx || verb.len > 1) ? verb : null;
      closed = false;
      if (role && g.officeAt(vx + role.len, true) > 0) {
        const p = g.parsePosition(vx + role.len, false, true);
        if (p) {
          positions.push(p.pos);
          e = p.pos.end;
          byRole = true;
          continue;
        }
      }
      // "từng làm Giám đốc Sở X, Chánh Văn phòng Y và Phó Chủ tịch Z": after an appointment
      // verb the last post of the list follows "và" (elsewhere "A, Pos và Pos2" may name two people)
      if (sep === 0 && byRole && t.k === 'và' && g.officeAt(e + 1, true) > 0) {
        const p = g.parsePosition(e + 1, true, true);
        if (p && !p.name) {
          positions.push(p.pos);
          e = p.pos.end;
          continue;
        }
      }
      // "đồng chí Nguyễn Thiện Nhân Ủy viên Bộ Chính trị - Phó Thủ tướng": a capitalised office
      // right after the name with no comma is the person's (party papers often leave it out)
      if (sep === 0 && e === start && t.cap && g.officeAt(e) > 0) {
        const p = g.parsePosition(e, true, true);
        if (p && !p.name) {
          positions.push(p.pos);
          e = p.pos.end;
          continue;
        }
      }
      if (sep === 0) break;
      if (g.officeAt(nx, true) > 0) {
        // a name after the office starts the next person; a foreign-looking run that
        // compromise does not know as a person is a company ("Giám đốc Bannockburn Global Forex");
        // after a name a lower-case title is a position too ("ông A, giám đốc Sở Y tế")
        const p = g.parsePosition(nx, true, true);
        if (!p || p.name) break; // the office of the next person named
        positions.push(p.pos);
        e = p.pos.end;
        continue;
      }
      // (not after a parent body in brackets: "Vụ X (Bộ Y), Chính phủ giao …" names no third
      // body; after an abbreviation in brackets it may: "Trung tâm X (HECI), Bệnh viện Y")
      const bracketed = toks[e - 1]?.s === ')' && toks[e - 3]?.s !== '(';
      if (t.s === ',' && positions.length > 0 && !bracketed && toks[nx]?.cap && lex.match(toks, nx, C.HEAD | C.BODY)) {
        // ", Bệnh viện Chợ Rẫy": the parent body of the post just named, no office word
        const tail = g.parseTail(nx, nx, false, 'body');
        const after = toks[tail.end];
        // ("…, Đại học Deajeon (Hàn Quốc)": a bracket after the parent body closes it too)
        const closes = !after || [',', '.', ';', ':', '(', ')'].includes(after.s) || lex.match(toks, tail.end, C.STOP);
        if (tail.end > nx + 1 && closes) {
          const last = positions[positions.length - 1]!;
          const extra = g.cleanRaw(this.text.slice(g.startOf(nx), g.endOf(tail.end - 1)));
          positions[positions.length - 1] = {
            ...last,
            raw: `${last.raw}, ${extra}`,
            organization: last.organization ? `${last.organization}, ${extra}` : extra,
            end: tail.end,
          };
          e = tail.end;
          continue;
        }
      }
      break;
    }
    return { positions, end: e };
  }

  /** the chain of positions from a, all ending before the bracket's close */
  private positionsIn(a: number, close: number): ParsedPosition[] {
    const g = this.g;
    const out: ParsedPosition[] = [];
    let k = a;
    for (let guard = 0; guard < 6; guard++) {
      const p = g.parsePosition(k, false, true);
      if (!p || p.pos.end > close) break;
      out.push(p.pos);
      k = p.pos.end;
      const sep = this.separatorAt(k);
      if (sep === 0 || k + sep >= close || g.officeAt(k + sep, true) < 0) break;
      k += sep;
    }
    return out;
  }

  /** does a further position of the same person follow at e: ", office", "kiêm office", "giữ chức office"? */
  private chainGoesOn(e: number): boolean {
    const g = this.g;
    const sep = this.separatorAt(e);
    if (sep > 0) return g.officeAt(e + sep, true) > 0;
    const vx = this.skipAdverbs(e);
    const verb = this.rules.lex.matchLower(this.toks, vx, C.ROLEVERB);
    return verb !== null && g.officeAt(vx + verb.len, true) > 0;
  }

  private findClose(i: number): number {
    for (let j = i + 1; j < this.toks.length && j <= i + 12; j++) {
      const s = this.toks[j]!.s;
      if (s === ')') return j;
      if (s === '(') return -1;
    }
    return -1;
  }
}

// ---------- merging over the article ----------

interface PersonAcc {
  name: string;
  key: string;
  nameKeys: string[];
  honorific: string | null;
  positions: Position[];
  posKeys: Set<string>;
  mentions: Span[];
  mentionKeys: Set<string>;
}

function fields(text: ArticleText): { field: Field; index: number; s: string }[] {
  const out: { field: Field; index: number; s: string }[] = [];
  if (text.title) out.push({ field: 'title', index: 0, s: text.title });
  text.paragraphs.forEach((s, index) => out.push({ field: 'paragraphs', index, s }));
  text.captions.forEach((s, index) => out.push({ field: 'captions', index, s }));
  return out;
}

/** the key of a position's wording, without trailing punctuation */
function posKey(words: WordTable, raw: string): string {
  const k = phraseKeyIn(words, raw);
  let e = k.length;
  while (e > 0) {
    const c = k.charCodeAt(e - 1);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58) break; // . , ; :
    e--;
  }
  return e === k.length ? k : k.slice(0, e);
}

function addPosition(words: WordTable, p: PersonAcc, pos: Pick<ParsedPosition, 'raw' | 'title' | 'organization'>): void {
  if (!pos.raw) return;
  const k = posKey(words, pos.raw);
  if (p.posKeys.has(k)) return;
  p.posKeys.add(k);
  p.positions.push({ raw: pos.raw, title: pos.title, organization: pos.organization });
}

function addMention(p: PersonAcc, s: Span): void {
  const k = `${s.field}:${s.index}:${s.start}`;
  if (p.mentionKeys.has(k)) return;
  p.mentionKeys.add(k);
  p.mentions.push(s);
}

/** Every named person the text gives an office, role or honorific (SPEC: officials). */
export function extractOfficials(text: ArticleText, rules: Rules): Official[] {
  const pr = rules.people;
  const persons = new Map<string, PersonAcc>();
  const offices: OfficeMention[] = [];
  const given: GivenMention[] = [];
  const all = fields(text);
  for (const f of all) {
    if (!f.s) continue;
    const ft = tokensOf(text, f.s, pr.words);
    const hits = new FieldScanner(ft.toks, ft.starts, ft.text, pr, f.field, f.index).scan();
    for (const h of hits.persons) {
      const key = phraseKeyIn(pr.words, h.name);
      let p = persons.get(key);
      if (!p) {
        p = {
          name: h.name,
          key,
          nameKeys: key.split(' '),
          honorific: h.honorific,
          positions: [],
          posKeys: new Set(),
          mentions: [],
          mentionKeys: new Set(),
        };
        persons.set(key, p);
      }
      if (!p.honorific && h.honorific) p.honorific = h.honorific;
      for (const pos of h.positions) addPosition(pr.words, p, pos);
      addMention(p, h.span);
    }
    offices.push(...hits.offices);
    given.push(...hits.given);
    for (const pm of hits.pronouns) {
      const p = personBefore(persons, pm);
      if (p) for (const pos of pm.positions) addPosition(pr.words, p, pos);
    }
  }
  const list = mergeSurnames(pr.words, [...persons.values()]);
  resolveOffices(pr.words, list, offices);
  resolveGiven(pr.words, list, given);
  for (const p of list) remention(p, all);
  return list.map((p) => ({
    name: p.name,
    honorific: p.honorific,
    positions: p.positions,
    mentions: p.mentions.sort(compareSpans),
  }));
}

/**
 * "Tổng thống Putin" after "Tổng thống Vladimir Putin": a one-word name that is the last word
 * of exactly one longer name in the article is that person (foreign names end in the
 * surname); its positions and mentions join the longer name's
 */
function mergeSurnames(words: WordTable, list: PersonAcc[]): PersonAcc[] {
  const out: PersonAcc[] = [];
  for (const p of list) {
    if (p.nameKeys.length === 1) {
      // ("Sanchez" for "Pedro Sánchez": a foreign surname written without its accent)
      const bare = stripDiacritics(p.key);
      const full = list.filter((q) => q !== p && q.nameKeys.length > 1 && (q.nameKeys[q.nameKeys.length - 1] === p.key || (bare === p.key && stripDiacritics(q.nameKeys[q.nameKeys.length - 1]!) === bare)));
      if (full.length === 1) {
        const q = full[0]!;
        // (a shorter form of a post the full name holds, "Tổng thống" of "Tổng thống Nga", adds nothing)
        for (const pos of p.positions) if (!q.positions.some((x) => x.raw.startsWith(pos.raw + ' '))) addPosition(words, q, pos);
        for (const m of p.mentions) addMention(q, m);
        if (!q.honorific && p.honorific) q.honorific = p.honorific;
        continue;
      }
    }
    out.push(p);
  }
  return out;
}

/**
 * The person a bare "ông"/"bà" refers to: the one whose latest mention before it is closest
 * (in this field or an earlier one), skipping someone addressed with the other form.
 */
function personBefore(persons: Map<string, PersonAcc>, pm: PronounMention): PersonAcc | null {
  let best: PersonAcc | null = null;
  let bestSpan: Span | null = null;
  for (const p of persons.values()) {
    if (p.honorific && p.honorific !== pm.honorific && (p.honorific === 'ông' || p.honorific === 'bà')) continue;
    for (const m of p.mentions) {
      if (compareSpans(m, pm.span) >= 0) continue;
      if (!bestSpan || compareSpans(m, bestSpan) > 0) {
        best = p;
        bestSpan = m;
      }
    }
  }
  return best;
}

const FIELD_ORDER: Record<Field, number> = { title: 0, paragraphs: 1, captions: 2 };

function compareSpans(a: Span, b: Span): number {
  return FIELD_ORDER[a.field] - FIELD_ORDER[b.field] || a.index - b.index || a.start - b.start;
}

/**
 * "đồng chí Bí thư Tỉnh ủy Lạng Sơn" names the person who holds that office in this
 * article: the one whose position equals it or is a shorter form of it ("Bí thư Tỉnh ủy").
 * With an honorific the fuller wording is added to that person's positions.
 */
function resolveOffices(words: WordTable, persons: PersonAcc[], mentions: OfficeMention[]): void {
  for (const m of mentions) {
    for (const pos of m.positions) {
      const k = posKey(words, pos.raw);
      const tk = phraseKeyIn(words, pos.title);
      let exact: PersonAcc | null = null;
      const near: PersonAcc[] = [];
      for (const p of persons) {
        for (const q of p.positions) {
          const qk = posKey(words, q.raw);
          if (qk === k) exact = exact ?? p;
          else if (phraseKeyIn(words, q.title) === tk && pos.organization && (k.startsWith(qk + ' ') || qk.startsWith(k + ' '))) {
            if (!near.includes(p)) near.push(p);
          }
        }
      }
      const who = exact ?? (near.length === 1 ? near[0]! : null);
      if (!who) {
        givenInPosition(words, persons, m, pos);
        continue;
      }
      addMention(who, m.span);
      if (m.honorific) addPosition(words, who, pos);
    }
  }
}

/** "ông Phớc" → the one person whose name ends in "Phớc" */
/**
 * "Chủ tịch HĐND thành phố Lệ đề nghị": a title and the given name of a person named in
 * full who holds the same title elsewhere in the article; the post is the words before it.
 */
function givenInPosition(words: WordTable, persons: PersonAcc[], m: OfficeMention, pos: ParsedPosition): void {
  const sp = pos.raw.lastIndexOf(' ');
  if (sp <= pos.title.length) return;
  const given = phraseKeyIn(words, pos.raw.slice(sp + 1));
  const tk = phraseKeyIn(words, pos.title);
  const whole = phraseKeyIn(words, pos.raw);
  const rest = pos.raw.slice(0, sp);
  const before = phraseKeyIn(words, rest.slice(rest.lastIndexOf(' ') + 1));
  const hits = persons.filter(
    (p) =>
      p.nameKeys[p.nameKeys.length - 1] === given &&
      // "Tổng thống Yoon Suk-yeol" read as one post: the whole name, not a given name
      !whole.endsWith(' ' + p.key) &&
      !p.nameKeys.includes(before) &&
      p.positions.some((q) => phraseKeyIn(words, q.title) === tk),
  );
  if (hits.length !== 1) return;
  const raw = rest;
  const org = pos.organization && pos.organization.length > pos.raw.length - raw.length ? pos.organization.slice(0, pos.organization.length - (pos.raw.length - raw.length)).trim() : null;
  addMention(hits[0]!, m.span);
  addPosition(words, hits[0]!, { ...pos, raw, organization: org || null });
}

function resolveGiven(words: WordTable, persons: PersonAcc[], mentions: GivenMention[]): void {
  for (const m of mentions) {
    const hits = persons.filter((p) => {
      const n = p.nameKeys.length;
      return n > m.keys.length && m.keys.every((k, i) => p.nameKeys[n - m.keys.length + i] === k);
    });
    if (hits.length !== 1) continue;
    addMention(hits[0]!, m.span);
    for (const pos of m.positions) addPosition(words, hits[0]!, pos);
  }
}

/** later mentions of the full name without an honorific or office */
function remention(p: PersonAcc, all: { field: Field; index: number; s: string }[]): void {
  for (const f of all) {
    let from = 0;
    for (;;) {
      const at = f.s.indexOf(p.name, from);
      if (at < 0) break;
      const end = at + p.name.length;
      const before = at > 0 ? f.s[at - 1]! : ' ';
      const after = end < f.s.length ? f.s[end]! : ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        addMention(p, { field: f.field, index: f.index, start: at, end });
      }
      from = end;
    }
  }
}
