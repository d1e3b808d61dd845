/**
 * The author column of a row dump → person names, in reading order, title-cased.
 *
 * Author columns hold whatever the crawler found near the byline: notes in brackets
 * ("(Theo AFP, Reuters)", "(ảnh: Huy Vũ)", "(TTXVN)"), credit labels ("Tin, ảnh: X",
 * "Ảnh và clip: Y", glued as "Thùy LiênẢnh: NBC"), agencies after a slash ("X/VOV - TP.HCM"),
 * source notes ("Theo NHK"), roles ("CTV", "Chuyên viên tư vấn", "TS."), several people
 * ("A - B", "A, CTV B"), names the crawler glued together ("Trọng Tùng Đình Hiếu"), and
 * sometimes a whole paragraph that ends with the name. Credits that name no person (agencies,
 * "PV", initials, "Dữ liệu: …; Đồ họa: …") give nothing.
 */
import type { AuthorRules } from './rules.js';
import { normaliseInline, isAllCaps, titleCaseName } from '../../normalise/text.js';
import { isVietnameseSyllable } from '../../input/encodings/vietnamese.js';

const IS_LETTER = /[\p{L}\p{M}]/u;
const IS_LOWER = /\p{Ll}/u;
const IS_UPPER = /\p{Lu}/u;

export function cleanAuthors(raw: string, r: AuthorRules): string[] {
  return readAuthorColumn(raw, r).authors;
}

/** The people an author column credits: authors, and photo credits ("Tin, ảnh: X", "(Ảnh: Y)"). */
export function readAuthorColumn(raw: string, r: AuthorRules): { authors: string[]; photos: string[] } {
  let s = normaliseInline(raw);
  const authors: string[] = [];
  const photos: string[] = [];
  if (!s) return { authors, photos };
  s = fromParagraph(s);
  // a bracketed note never names an author, but "(ảnh: X)" names the photographer
  for (const note of bracketNotes(s)) for (const seg of creditSegments(note, r)) if (seg.photo) addPeople(seg.text, r, photos);
  s = dropBrackets(s);
  for (const seg of creditSegments(s, r)) {
    if (seg.authoring) addPeople(seg.text, r, authors);
    if (seg.photo) addPeople(seg.text, r, photos);
  }
  return { authors, photos };
}

/** the people one credit segment names, appended to `into` (each once) */
function addPeople(segment: string, r: AuthorRules, into: string[]): void {
  const text = stripSources(segment, r);
  // people apart: " - ", " -Name" (a dash glued to the next name), ",", ";", "|", "và", "&"
  for (const part of text.split(/\s+[-–—|]+\s+|\s+[-–—]+(?=\p{Lu})|\s*[,;|]\s*|\s+và\s+|\s+&\s+|\s+[-–—]+$|^[-–—]+\s+/u)) {
    const name = cleanPerson(part, r);
    if (!name) continue;
    for (const n of splitGlued(name, r)) if (!into.includes(n)) into.push(n);
  }
}

/** the text inside each innermost pair of brackets */
function bracketNotes(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(/\(([^()]*)\)|\[([^[\]]*)\]/g)) out.push((m[1] ?? m[2] ?? '').trim());
  return out;
}

/** a body paragraph captured as the byline: only the name after its last sentence counts */
function fromParagraph(s: string): string {
  const words = s.split(' ');
  // a paragraph has many lower-case words and a real sentence end; a list of credits has neither
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  if (words.length <= 12 || lower < 5 || !/[\p{Ll}\d][.!?…]["”']?\s+\p{Lu}/u.test(s)) return s;
  const m = /[.!?…]["”']?\s+([^.!?…]*)$/u.exec(s);
  const tail = m ? m[1]!.trim() : '';
  return tail && tail.split(' ').length <= 5 ? tail : '';
}

/** notes in brackets never hold the author: "(Theo AFP)", "(ảnh: X)", "(TTXVN)", "(Tổng hợp)" */
function dropBrackets(s: string): string {
  let prev;
  do {
    prev = s;
    s = s.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ');
  } while (s !== prev);
  return s.replace(/\([^)]*$/, ' ').replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim();
}

interface Segment {
  text: string;
  /** its label credits authors (or there is no label: the byline itself) */
  authoring: boolean;
  /** its label credits photos */
  photo: boolean;
}

/** split at credit labels ("Tin, ảnh:", "Ảnh:"); text before any label is the byline itself */
function creditSegments(s: string, r: AuthorRules): Segment[] {
  const out: Segment[] = [];
  let pos = 0;
  let authoring = true;
  let photo = false;
  const re = new RegExp(r.label.source, r.label.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const i = m.index;
    const prev = i > 0 ? s[i - 1]! : '';
    // a label starts a word, or is glued to the name before it with a capital ("LiênẢnh:")
    const ok = i === 0 || !IS_LETTER.test(prev) || (IS_LOWER.test(prev) && IS_UPPER.test(s[i]!));
    if (!ok) {
      re.lastIndex = i + 1;
      continue;
    }
    out.push({ text: s.slice(pos, i), authoring, photo });
    const label = m[1]!.toLowerCase();
    authoring = r.isAuthoringLabel(label);
    photo = r.isPhotoLabel(label);
    pos = i + m[0].length;
  }
  out.push({ text: s.slice(pos), authoring, photo });
  return out;
}

/** "X Theo Reuters, AFP" → "X"; "Theo NHK X" → "X" (source notes name agencies, not authors) */
function stripSources(text: string, r: AuthorRules): string {
  let t = text.trim();
  for (let guard = 0; guard < 5; guard++) {
    const re = new RegExp(r.source.source, 'giu');
    const hits = [...t.matchAll(re)].filter((m) => m.index === 0 || !IS_LETTER.test(t[m.index! - 1]!));
    if (!hits.length) break;
    const later = hits.find((m) => m.index! > 0);
    if (later) {
      t = t.slice(0, later.index).trim();
      continue;
    }
    // at the start: drop the word and the agency tokens after it, up to the first name-like token
    const rest = t.slice(hits[0]![0].length).trim().split(/\s+/);
    let k = 0;
    while (k < rest.length && !nameLike(rest[k]!)) k++;
    t = rest.slice(k).join(' ');
  }
  return t;
}

function nameLike(token: string): boolean {
  const w = token.replace(/[^\p{L}\p{M}]/gu, '');
  return !!w && IS_UPPER.test(w[0]!) && !isAllCaps(w) && isVietnameseSyllable(w);
}

/** one person's credit → the name, or null when it names nobody */
function cleanPerson(part: string, r: AuthorRules): string | null {
  let p = part.replace(/\/.*$/u, ''); // "Thiên Lý/VOV", "Hà Linh/Báo Tin tức"
  p = p.replace(/^[\s\-–—:.,;'"“”]+|[\s\-–—:,;'"“”]+$/gu, '');
  for (let i = 0; i < 3; i++) {
    const before = p;
    p = p.replace(r.rolePrefix, '').replace(r.roleSuffix, '').trim();
    p = p.replace(/^[\s\-–—:.,;]+|[\s\-–—:,;]+$/gu, '');
    if (p === before) break;
  }
  if (!p || !isPerson(p, r)) return null;
  return isAllCaps(p) ? titleCaseName(p) : p;
}

function isPerson(p: string, r: AuthorRules): boolean {
  if (/\d/.test(p)) return false;
  // several words in capitals are a name in capitals ("VĂN HÀ"): judge it title-cased
  if (isAllCaps(p) && p.includes(' ')) p = titleCaseName(p);
  const lower = p.toLowerCase();
  if (r.noPerson.has(lower) || r.agencies.has(lower)) return false;
  if (r.outletStart.test(p)) return false;
  const tokens = p.split(/\s+/);
  if (tokens.length > 8) return false;
  // initials only: "H.P", "M.H"
  if (tokens.every((t) => /^(?:\p{Lu}\.)*\p{Lu}\.?$/u.test(t)) && /\./.test(p)) return false;
  // "TP.HCM", "VOV.VN" are not names; an abbreviated given name is ("Q.Anh", "Đ.Hiếu")
  if (tokens.some((t) => /\p{L}\.\p{L}/u.test(t) && !/^(?:\p{Lu}\.)+\p{Lu}\p{Ll}[\p{Ll}\p{M}]*$/u.test(t))) return false;
  if (!tokens.every((t) => IS_UPPER.test(t[0]!))) return false;
  if (tokens.length === 1) {
    const t = tokens[0]!;
    // one word in capitals is an abbreviation unless it is long and has vowels ("JEANIE")
    if (isAllCaps(t) && (t.length <= 4 || !/[AEIOUY]/i.test(stripMarks(t)))) return false;
    if (t.length < 2) return false;
  }
  // a long run only passes when it is made of Vietnamese syllables (names glued by the crawler)
  if (tokens.length > 5 && !tokens.every((t) => isVietnameseSyllable(t))) return false;
  return true;
}

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * Names glued without a separator ("Trọng Tùng Đình Hiếu"): split a run of four or more
 * syllables into names of two to four syllables. A name scores when it opens with a common
 * surname (3–4 syllables without one are unusual); "Thị" never ends a name; every extra
 * name costs a little, so a plausible single name ("Vũ Thị Huyền Trang") stays whole.
 */
export function splitGlued(name: string, r: AuthorRules): string[] {
  const t = name.split(/\s+/);
  if (t.length < 4 || !t.every((w) => isVietnameseSyllable(w.replace(/['’]/g, '')) || w.length === 1)) return [name];
  const score = (seq: string[]): number => {
    const first = seq[0]!;
    const last = seq[seq.length - 1]!;
    let s = 0;
    const sur = r.surnames.has(first);
    if (seq.length === 2) s += sur ? 1 : 0;
    else if (seq.length === 3) s += sur ? 1 : -1;
    else s += sur ? 1 : -3;
    if (r.neverLast.has(last)) s -= 5;
    if (r.neverLast.has(first)) s -= 5;
    return s;
  };
  const n = t.length;
  const best: { score: number; cuts: number[] }[] = [{ score: 0, cuts: [] }];
  for (let i = 1; i <= n; i++) {
    best[i] = { score: -Infinity, cuts: [] };
    for (let len = 2; len <= 4; len++) {
      const j = i - len;
      if (j < 0 || best[j]!.score === -Infinity) continue;
      const sc = best[j]!.score + score(t.slice(j, i)) - (j > 0 ? 0.5 : 0);
      if (sc > best[i]!.score) best[i] = { score: sc, cuts: [...best[j]!.cuts, j] };
    }
  }
  const end = best[n]!;
  if (end.score === -Infinity) return [name];
  const cuts = [...end.cuts.filter((c) => c > 0), n];
  const out: string[] = [];
  let start = 0;
  for (const c of cuts) {
    out.push(t.slice(start, c).join(' '));
    start = c;
  }
  return out;
}
