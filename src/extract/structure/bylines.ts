import type { StructureRules, LabelRole } from './rules.js';
import { lineKey } from './rules.js';
import { foldKey, titleCaseName, isAllCaps } from '../../normalise/text.js';

/** What one byline or credit line says. Names are as the record stores them. */
export interface Byline {
  /** people who wrote it ("Tin, ảnh: X" → X), title-cased */
  authors: string[];
  /** people or sources credited for the photos */
  photo: string[];
  /** agencies / desk credits ("TTXVN", "Nhóm PV", "Theo VOV"): authors only when no person is named */
  agencies: string[];
  /** parts that are neither a name nor a known agency (kept for photo credits as written) */
  other: string[];
  /** outlets a story is taken from ("(Theo AFP)", "Theo Reuters" after the names, "(Báo X)"): never authors */
  sources: string[];
  /** initials that sign the piece ("V.M", "T.N"): they name no one */
  signatures: string[];
  /** the line used a credit label ("Tin, ảnh:", "Bài:") or a source prefix ("Theo") */
  labelled: boolean;
  /** some author part is not a name ("Khán giả cổ vũ. Ảnh: X" is a caption, not a byline) */
  prose: boolean;
}

// separators between several people: "A - B", "A – B", "A, B", "A; B", "A và B", "A/B"
const NAME_SEPARATORS = /\s+[-–—]\s+|\s*[,;]\s*|\s+và\s+|\s*\/\s*|\s+&\s+/u;
// a trailing note in brackets: "Lan Phương (TTXVN)", "X (tổng hợp)"
const BRACKET_NOTE = /\s*[([]([^()[\]]{1,40})[)\]]\s*$/u;
// "H.P", "N.T.H.", "M.H (th)", "T.L (tổng hợp)"
const INITIALS = /^(?:\p{Lu}{1,2}\.){1,3}\p{Lu}{0,2}\.?(?:\s*\([\p{L}\s]{1,12}\))?$/u;
const WORD_OK = /^[\p{Lu}][\p{L}'’]*(?:-[\p{L}'’]+)*\.?$/u;
// a name with its first syllables cut to initials: "B.Ngân", "Nh.Thạch", "Q.DŨNG", "TR.TÂN"
const ABBREVIATED = /^(?:\p{Lu}\p{L}?\.){1,3}\s?\p{Lu}\p{L}+$/u;
// a signature of two or three capitals ("TN", "HL"): initials without dots
const CAPS_SIGNATURE = /^\p{Lu}{2,3}$/u;
// "BTC", "UBND": one word of capitals without Vietnamese letters is an acronym, not a name
const ACRONYM = /^[A-Z0-9&]{2,5}$/;
// "(Ảnh: X)" at the end: a credit in brackets, read as its own segment
const BRACKET_CREDIT = /\(\s*([^()]{1,60}:[^()]{1,80})\)\s*$/u;

/**
 * A person's name as bylines print it: 2–5 words, each capitalised (or the whole in
 * capitals), none of them a word that never stands in a Vietnamese name.
 */
export function isPersonName(s: string, rules: StructureRules, minWords = 2): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < minWords || words.length > 5) return false;
  if (s.length > 40) return false;
  for (const w of words) {
    if (rules.nameParticles.has(w.toLowerCase())) continue;
    if (!WORD_OK.test(w)) return false;
    if (rules.notNames.has(foldKey(titleCaseName(w)))) return false;
  }
  // "Kim Tuyến PHẢN HỒI": a name is printed all in capitals or capitalised word by word;
  // a mix is a name followed by a widget's label
  let caps = 0;
  for (const w of words) if (w.length > 1 && isAllCaps(w)) caps++;
  if (caps > 0 && caps < words.length) return false;
  // "Hà Nội", "Hải Dương", "Thái Lan": a place printed alone is not a signature (one-word
  // entries such as "Anh", "Đức", "Nga" are also given names, so only longer ones count);
  // in capitals ("ĐÔNG HÀ") it is printed as a signature, which text never does to a place
  return words.length < 2 || caps === words.length || !rules.placeNames.has(foldKey(s));
}

/** "B.Ngân", "Q.DŨNG": a signature with initials for the first syllables still names someone. */
export function isAbbreviatedName(s: string, rules: StructureRules): boolean {
  const t = s.trim();
  if (!ABBREVIATED.test(t)) return false;
  const last = t.slice(t.lastIndexOf('.') + 1).trim();
  return !rules.notNames.has(foldKey(titleCaseName(last))) && !rules.placeNames.has(foldKey(t));
}

/** Initials only ("V.M", "T.N.", "HL"): a signature, not a name. */
function isSignature(s: string, rules: StructureRules): boolean {
  const t = s.trim();
  if (INITIALS.test(t)) return true;
  return CAPS_SIGNATURE.test(t) && !rules.notAgencyTags.has(foldKey(t)) && !rules.placeNames.has(foldKey(t));
}

/** An agency or outlet named in a source credit: capitalised, a few words, no sentence in it. */
function isSourceName(s: string, rules: StructureRules): boolean {
  const words = s.split(/\s+/);
  if (words.length > 6 || !words.some((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || rules.sourceWords.has(foldKey(w)));
}

/** "THANH THY" → "Thanh Thy"; "Lê Ánh" kept; "Q.DŨNG" → "Q.Dũng". */
export function personName(s: string): string {
  const t = titleCaseName(s.trim());
  return t.includes('.') ? t.replace(/\.(\p{Ll})/gu, (_m, c: string) => '.' + c.toUpperCase()) : t;
}

/**
 * A photo credit as the record keeps it: a person's name in title case; an acronym
 * ("TP", "TTXVN") or a phrase ("Bệnh viện cung cấp") as written.
 */
export function creditName(s: string, rules: StructureRules): string {
  const t = s.trim().replace(/[.,;:]+$/u, '').trim();
  if (rules.agencies.has(foldKey(t))) return t;
  if (isAllCaps(t) && t.includes(' ')) return titleCaseName(t);
  return t;
}

function agencyOf(s: string, rules: StructureRules): string | null {
  const k = foldKey(s.trim());
  if (rules.agencies.has(k)) return s.trim();
  return null;
}

interface Segment {
  label: string | null;
  value: string;
}

function segments(text: string, rules: StructureRules): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let label: string | null = null;
  rules.labelRe.lastIndex = 0;
  for (const m of text.matchAll(rules.labelRe)) {
    const before = text.slice(last, m.index);
    if (before.replace(/[\s;,.|/(–—-]+/gu, '') !== '' || label !== null) out.push({ label, value: before });
    label = m[1]!;
    last = m.index! + m[0].length;
  }
  out.push({ label, value: text.slice(last) });
  return out.filter((s) => s.value.trim() !== '' || s.label !== null);
}

/**
 * Read one byline/credit line: "Tin, ảnh: THANH THY", "Bài và ảnh: X", "Minh Hiền - Hoàng
 * Nam", "PHÙNG KHIÊM", "Lan Phương (TTXVN)", "Theo TTXVN", "Bài: A; Ảnh: B", "Nhóm PV".
 */
export function parseByline(text: string, rules: StructureRules): Byline {
  const out: Byline = { authors: [], photo: [], agencies: [], other: [], sources: [], signatures: [], labelled: false, prose: false };
  let t = text.trim().replace(/^[-–—\s]+/u, '');
  // "(Theo TTXVN)": a credit wrapped whole in brackets
  if (/^\([^()]*\)$/u.test(t)) t = t.slice(1, -1).trim();
  if (rules.sourcePrefix.test(t)) {
    readSourceLine(t, rules, out);
    return out;
  }
  // "Thu Linh/VOV online (Ảnh: BTC)": a labelled credit in brackets is a segment of its own
  const credit = BRACKET_CREDIT.exec(t);
  if (credit && rules.labelRe.test(credit[1]!.trim())) t = `${t.slice(0, credit.index).trim()}; ${credit[1]!.trim()}`;
  rules.labelRe.lastIndex = 0;
  for (const seg of segments(t, rules)) {
    const role = seg.label === null ? { author: true, photo: false } : rules.labels.get(lineKey(seg.label).replace(/\s+/g, ''));
    if (seg.label !== null) out.labelled = true;
    if (!role) continue;
    const value = stripNotes(seg.value, rules, out);
    if (rules.sourcePrefix.test(value)) {
      const rest = value.replace(rules.sourcePrefix, '').trim();
      if (rest && isSourceName(rest, rules)) out.agencies.push(rest);
      else {
        out.other.push(value);
        if (role.author) out.prose = true;
      }
      continue;
    }
    readNames(value, role, seg.label === null, rules, out);
  }
  return out;
}

/**
 * "Theo TTXVN", "Theo Reuters, AFP": each source a capitalised name of a few words;
 * "Theo Huy Đồng (Vietnam+)": a reporter of a known agency is the author.
 */
function readSourceLine(t: string, rules: StructureRules, out: Byline): void {
  const rest = t.replace(rules.sourcePrefix, '').trim().replace(/[.]+$/u, '');
  const note = BRACKET_NOTE.exec(rest);
  if (note && agencyOf(note[1]!, rules)) {
    const who = rest.slice(0, note.index).trim();
    if (isPersonName(who, rules)) {
      out.labelled = true;
      out.authors.push(personName(who));
      out.agencies.push(agencyOf(note[1]!, rules)!);
      return;
    }
  }
  const parts = rest.split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length && parts.every((p) => isSourceName(p, rules) || SITE_SPELLING.test(p))) {
    out.labelled = true;
    out.agencies.push(...parts);
  } else {
    out.other.push(t);
    out.prose = true;
  }
}

const TRIM_END = /[\s.;,|(–—-]+$/u;
// "… từ Malaysia" after the names: where the story was filed from ("Từ" also opens names, so
// only a known place after it counts)
const SITE_AFTER = /\s+([\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|info))$/iu;
const FILED_FROM = /\s+[Tt]ừ\s+(\p{Lu}[\p{L}\s-]{1,30})$/u;

/**
 * A segment's value without what is printed after the names: bracketed notes (an agency
 * "(TTXVN)", a source "(Theo AFP)", a remark "(tổng hợp)", an outlet "(Dân trí)"), a source
 * after the names ("Đức Anh Theo Reuters") and an unbracketed remark ("X - tổng hợp").
 */
function stripNotes(raw: string, rules: StructureRules, out: Byline): string {
  let value = raw.trim().replace(TRIM_END, '').trim();
  // an unbalanced ")" left by a bracketed credit cut in two
  if (value.endsWith(')') && !value.includes('(')) value = value.slice(0, -1).trim();
  for (let guard = 0; guard < 3; guard++) {
    const note = BRACKET_NOTE.exec(value);
    if (note && note.index > 0) {
      readNote(note[1]!.trim(), rules, out);
      value = value.slice(0, note.index).trim().replace(TRIM_END, '').trim();
      continue;
    }
    const mid = rules.midSource.exec(value);
    if (mid && mid.index > 0 && isSourceList(mid[1]!)) {
      out.sources.push(...splitSources(mid[1]!));
      value = value.slice(0, mid.index).trim().replace(TRIM_END, '').trim();
      continue;
    }
    const filed = FILED_FROM.exec(value);
    if (filed && filed.index > 0 && rules.placeNames.has(foldKey(filed[1]!))) {
      // "Thành Duy từ Malaysia": the city it was filed from
      out.sources.push(filed[1]!);
      value = value.slice(0, filed.index).trim();
      continue;
    }
    const site = SITE_AFTER.exec(value);
    if (site && site.index > 0) {
      // "Tấn Quốc vnnew.vn": the site it was published on
      out.sources.push(site[1]!);
      value = value.slice(0, site.index).trim();
      continue;
    }
    const remark = rules.trailingRemark?.exec(value);
    if (remark && remark.index > 0) {
      value = value.slice(0, remark.index).trim().replace(TRIM_END, '').trim();
      continue;
    }
    break;
  }
  return value;
}

/** "(TTXVN)" → agency; "(tổng hợp)", "(Dịch)" → nothing; "(Theo AFP, ABC)", "(Dân trí)" → sources */
function readNote(note: string, rules: StructureRules, out: Byline): void {
  if (rules.remarks.has(foldKey(note))) return;
  const ag = agencyOf(note, rules);
  if (ag) {
    out.agencies.push(ag);
    return;
  }
  out.sources.push(...splitSources(note.replace(rules.sourcePrefix, '')));
}

function splitSources(s: string): string[] {
  return s
    .split(/\s*[,;]\s*/u)
    .map((p) => p.trim().replace(/[.]+$/u, ''))
    .filter(Boolean);
}

// a word of an outlet's name after "Theo": capitalised, or a site's own spelling ("gsmarena", "thethao247")
const SOURCE_WORD = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’&+-]*|[a-z][a-z0-9.]{4,})[,;]?$/u;

// a site's own lower-case spelling ("thethao247", "gsmarena", "vnexpress.net"): unaccented and
// longer than a Vietnamese syllable, or with a digit or a dot in it
const SITE_SPELLING = /^(?:[a-z][a-z0-9]{5,}|[a-z][a-z0-9]*[0-9.][a-z0-9.]*)$/u;

/** "Reuters", "AP, Reuters", "Daily Mail", "gsmarena": a few outlet names, no sentence. */
function isSourceList(s: string): boolean {
  const words = s.trim().split(/\s+/);
  return words.length <= 6 && words.every((w) => SOURCE_WORD.test(w));
}

/**
 * The names of one segment: "Minh Hiền - Hoàng Nam", "Thu Hà/VOV online" (a desk after "/"),
 * "Mạnh Hùng/Berlin", "TTXVN/Tin tức", "B.Ngân", "CTV Minh Huy".
 */
function readNames(value: string, role: LabelRole, unlabelled: boolean, rules: StructureRules, out: Byline): void {
  const desks: string[] = [];
  value = cutDesk(value, rules, { desks, sources: out.sources });
  const parts = value
    .split(NAME_SEPARATORS)
    .map((p) => p.trim().replace(/[.]+$/u, '').trim())
    .map((p) => (rules.namePrefix ? p.replace(rules.namePrefix, '') : p))
    .filter(Boolean);
  const whole = value.trim();
  // a photo credit that is a phrase ("Bệnh viện cung cấp") stays whole
  const asPeople = parts.every((p) => isPersonName(p, rules, 1) || agencyOf(p, rules) || isAbbreviatedName(p, rules) || isSignature(p, rules));
  for (const p of asPeople ? parts : whole ? [whole] : []) {
    // "(Tổng hợp)": a remark, not a desk credit
    if (rules.remarks.has(foldKey(p))) continue;
    const ag = agencyOf(p, rules);
    if (ag) {
      if (role.author || role.photo) out.agencies.push(ag);
      if (role.photo) out.photo.push(ag);
      continue;
    }
    if (asPeople && role.photo && ACRONYM.test(p)) {
      // "Ảnh: BTC": an organisation's acronym, kept as written
      out.photo.push(p);
    } else if (asPeople && (isPersonName(p, rules, unlabelled ? 2 : 1) || isAbbreviatedName(p, rules))) {
      const name = personName(p);
      if (role.author) out.authors.push(name);
      if (role.photo) out.photo.push(name);
    } else if (asPeople && isSignature(p, rules)) {
      out.signatures.push(p);
    } else {
      out.other.push(p);
      if (role.photo) out.photo.push(creditName(p, rules));
      else if (role.author) out.prose = true;
    }
  }
  out.agencies.push(...desks);
}

/**
 * "Thu Hà/VOV online", "Quốc Bảo/Paris", "TTXVN/Tin tức": after a name or an agency, what
 * follows "/" is the desk or the city it was filed from, unless it is itself a list of
 * people ("Minh Anh/Thu Hà" are two writers). A desk naming an agency keeps it.
 */
function cutDesk(value: string, rules: StructureRules, out: { desks: string[]; sources: string[] }): string {
  const slash = value.indexOf('/');
  if (slash <= 0) return value;
  const first = value.slice(0, slash).trim();
  const rest = value.slice(slash + 1).trim();
  if (!rest || rules.agencies.has(foldKey(value))) return value;
  const head = rules.namePrefix ? first.replace(rules.namePrefix, '') : first;
  const firstAgency = agencyOf(first, rules);
  if (!firstAgency && !isPersonName(head, rules) && !isAbbreviatedName(head, rules)) return value;
  // "VOV online", "VOV-TP HCM", "VOV - Trung tâm Tin": an agency's desk, whatever follows
  const deskAgency = agencyOf(rest.split(/[\s\-–—]+/u)[0] ?? '', rules);
  if (deskAgency) {
    // after the names: "Nhóm PV/VOV" credits the group first
    out.desks.push(deskAgency);
    return first;
  }
  const restParts = rest.split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (restParts.every((p) => isPersonName(p, rules) || isAbbreviatedName(p, rules))) return value;
  out.sources.push(rest);
  return first;
}

/**
 * Is this whole line a byline? A labelled credit ("Tin, ảnh: X") that names someone, or a
 * short line of nothing but names and agencies ("Minh Hiền - Hoàng Nam", "PHÙNG KHIÊM",
 * "Lan Phương (TTXVN)", "TTXVN").
 */
export function looksLikeByline(text: string, rules: StructureRules): Byline | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 120) return null;
  // initials only ("H.P", "M.H (th)"): a signature that names no one
  if (INITIALS.test(t)) return { authors: [], photo: [], agencies: [], other: [t], sources: [], signatures: [], labelled: false, prose: false };
  const b = parseByline(t, rules);
  const named = b.authors.length + b.photo.length + b.agencies.length;
  if (named === 0) return null;
  if (b.prose) return null;
  if (b.labelled) return b;
  if (t.length > 80 || /[.!?:]$/u.test(t.replace(/\)$/u, ''))) return null;
  return b.other.length === 0 ? b : null;
}

// a trailing byline is a few words: names, a desk, a source ("CTV Minh Huy/VOV online (theo AP, Reuters)")
const MAX_TAIL_WORDS = 10;
const MAX_TAIL_LENGTH = 110;
// where a sentence ends: . ! ? … closing quotes, and ":" (a photo or video intro before the signature)
const STARTS_BYLINE = /^[\p{Lu}(]/u;
const isTailStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x201d || c === 34 || c === 58;

/**
 * Where a byline glued to the end of a one-line body may start ("… cho hay. Lan Chi",
 * "… ngày tới./. Thu Hà/VOV online"): right after a sentence end and a space, within the
 * last few words; longest tail first. Not after an abbreviation's dot ("TP. Hồ Chí Minh",
 * "TS. Lê An", "Q. Hoàng Mai") and not after a ":" of a "label: value" list ("Bắc Mỹ: X
 * Châu Á: Y"), where the name belongs to the text.
 */
export function trailingBylineStarts(text: string, rules: StructureRules): number[] {
  const out: number[] = [];
  const from = Math.max(1, text.length - MAX_TAIL_LENGTH);
  for (let i = from; i < text.length - 1; i++) {
    if (text.charCodeAt(i) !== 32 || !isTailStop(text.charCodeAt(i - 1))) continue;
    // a byline opens with a capital or a bracket
    if (!STARTS_BYLINE.test(text[i + 1]!)) continue;
    const stop = text.charCodeAt(i - 1);
    if (stop === 46 && dotIsAbbreviation(text, i - 1, rules)) continue;
    if (stop === 58 && (colonInList(text, i - 1) || labelBefore(text, i - 1, rules))) continue;
    if (i - 1 < 1) continue;
    out.push(i + 1);
  }
  return out;
}

/** the word before the "." at `dot` is an initial or a known abbreviation */
function dotIsAbbreviation(text: string, dot: number, rules: StructureRules): boolean {
  let s = dot;
  while (s > 0 && dot - s < 12 && text.charCodeAt(s - 1) !== 32) s--;
  // the word before the dot, without an opening bracket or quote ("(TS.")
  const word = text.slice(s, dot).replace(/^[^\p{L}]+/u, '');
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return rules.dotAbbreviations.has(foldKey(word));
}

/** "… Hà Ngân Ảnh: X": the colon closes a credit label, which belongs to the tail */
function labelBefore(text: string, colon: number, rules: StructureRules): boolean {
  const before = text.slice(Math.max(0, colon - 30), colon + 1);
  rules.labelRe.lastIndex = 0;
  for (const m of before.matchAll(rules.labelRe)) if (m.index! + m[0].trimEnd().length === before.length) return true;
  return false;
}

/** another ":" since the previous sentence end: the colon is inside a "label: value" list */
function colonInList(text: string, colon: number): boolean {
  for (let k = colon - 1; k >= 0 && k >= colon - 300; k--) {
    const c = text.charCodeAt(k);
    if (c === 58) return true;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) return false;
  }
  return false;
}

/**
 * Is this tail, cut off the end of a body, a byline? It must read whole with the byline
 * grammar (names, labels, a desk, a source, remarks) and name someone, an agency, a source
 * it was taken from, or sign with initials; nothing in it may be prose.
 */
export function readTrailingByline(tail: string, rules: StructureRules): Byline | null {
  const t = tail.trim();
  if (!t || t.length > MAX_TAIL_LENGTH) return null;
  const words = t.split(/\s+/).filter((w) => !/^[-–—,&]$/u.test(w));
  if (words.length > MAX_TAIL_WORDS) return null;
  // a body never ends on a bare lower-case or numeric word of its own; a byline starts capitalised
  if (!/^[\p{Lu}(]/u.test(t)) return null;
  const b = parseByline(t, rules);
  if (b.prose) return null;
  if (b.other.length && !b.labelled) return null;
  if (b.labelled && b.other.length && !b.photo.length) return null;
  // "(Ảnh: Bút tích của …) Thanh Nhã": a caption's credit in brackets with more text after it
  if (b.photo.some((p) => /[()]/u.test(p)) || b.other.some((p) => /[()]/u.test(p))) return null;
  const named = b.authors.length + b.photo.length + b.agencies.length + b.signatures.length;
  if (named === 0 && !(b.labelled && b.sources.length)) return null;
  return b;
}
