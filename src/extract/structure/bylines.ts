import type { StructureRules } from './rules.js';
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
  return true;
}

/** An agency or outlet named in a source credit: capitalised, a few words, no sentence in it. */
function isSourceName(s: string, rules: StructureRules): boolean {
  const words = s.split(/\s+/);
  if (words.length > 6 || !words.some((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || rules.sourceWords.has(foldKey(w)));
}

/** "THANH THY" → "Thanh Thy"; "Lê Ánh" kept. */
export function personName(s: string): string {
  return titleCaseName(s.trim());
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
  const out: Byline = { authors: [], photo: [], agencies: [], other: [], labelled: false, prose: false };
  let t = text.trim().replace(/^[-–—\s]+/u, '');
  // "(Theo TTXVN)": a credit wrapped whole in brackets
  if (/^\([^()]*\)$/u.test(t)) t = t.slice(1, -1).trim();
  if (rules.sourcePrefix.test(t)) {
    // "Theo TTXVN", "Theo Reuters, AFP": each source a capitalised name of a few words
    const rest = t.replace(rules.sourcePrefix, '').trim().replace(/[.]+$/u, '');
    const parts = rest.split(NAME_SEPARATORS).map((p) => p.trim()).filter(Boolean);
    if (parts.length && parts.every((p) => isSourceName(p, rules))) {
      out.labelled = true;
      out.agencies.push(...parts);
    } else {
      out.other.push(t);
      out.prose = true;
    }
    return out;
  }
  for (const seg of segments(t, rules)) {
    const role = seg.label === null ? { author: true, photo: false } : rules.labels.get(lineKey(seg.label).replace(/\s+/g, ''));
    if (seg.label !== null) out.labelled = true;
    if (!role) continue;
    let value = seg.value.trim().replace(/[\s.;,|–—-]+$/u, '').trim();
    // a bracketed note: an agency ("(TTXVN)") or a remark ("(tổng hợp)"); never part of the name
    const note = BRACKET_NOTE.exec(value);
    if (note) {
      const ag = agencyOf(note[1]!, rules);
      if (ag) out.agencies.push(ag);
      value = value.slice(0, note.index).trim();
    }
    if (rules.sourcePrefix.test(value)) {
      const rest = value.replace(rules.sourcePrefix, '').trim();
      if (rest && isSourceName(rest, rules)) out.agencies.push(rest);
      else {
        out.other.push(value);
        if (role.author) out.prose = true;
      }
      continue;
    }
    const parts = value
      .split(NAME_SEPARATORS)
      .map((p) => p.trim().replace(/[.]+$/u, '').trim())
      .map((p) => (rules.namePrefix ? p.replace(rules.namePrefix, '') : p))
      .filter(Boolean);
    const whole = value.trim();
    // a photo credit that is a phrase ("Bệnh viện cung cấp") stays whole
    const asPeople = parts.every((p) => isPersonName(p, rules, 1) || agencyOf(p, rules));
    for (const p of asPeople ? parts : whole ? [whole] : []) {
      const ag = agencyOf(p, rules);
      if (ag) {
        if (role.author || role.photo) out.agencies.push(ag);
        if (role.photo) out.photo.push(ag);
        continue;
      }
      if (asPeople && (isPersonName(p, rules, seg.label === null ? 2 : 1))) {
        const name = personName(p);
        if (role.author) out.authors.push(name);
        if (role.photo) out.photo.push(name);
      } else {
        out.other.push(p);
        if (role.photo) out.photo.push(creditName(p, rules));
        else if (role.author) out.prose = true;
      }
    }
  }
  return out;
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
  if (INITIALS.test(t)) return { authors: [], photo: [], agencies: [], other: [t], labelled: false, prose: false };
  const b = parseByline(t, rules);
  const named = b.authors.length + b.photo.length + b.agencies.length;
  if (named === 0) return null;
  if (b.prose) return null;
  if (b.labelled) return b;
  if (t.length > 80 || /[.!?:]$/u.test(t.replace(/\)$/u, ''))) return null;
  return b.other.length === 0 ? b : null;
}
