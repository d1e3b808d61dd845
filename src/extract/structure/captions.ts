import type { StructureRules } from './rules.js';
import { creditName, isPersonName } from './bylines.js';
import { foldKey } from '../../normalise/text.js';

export interface SplitCaption {
  /** the caption without its trailing credit */
  caption: string;
  /** who the credit names ("NGỌC QUYÊN" → "Ngọc Quyên"; "Bệnh viện cung cấp" as written) */
  credits: string[];
}

const SEPARATORS = /\s+[-–—]\s+|\s*[,;/]\s*|\s+và\s+/u;

/**
 * "… hội nghị. Ảnh: NGỌC QUYÊN" → caption "… hội nghị.", credit "Ngọc Quyên";
 * "… (Ảnh: TTXVN)" → credit "TTXVN"; "… Ảnh minh họa" is a description, not a credit,
 * and stays in the caption.
 */
export function splitCaptionCredit(text: string, rules: StructureRules): SplitCaption {
  const m = rules.captionCredit.exec(text);
  if (!m) return { caption: text.trim(), credits: [] };
  const raw = m[1]!.trim();
  if (rules.notCredit?.test(raw)) return { caption: text.trim(), credits: [] };
  const caption = text.slice(0, m.index).replace(/[\s–—-]+$/u, '').trim();
  // "Ảnh: Lễ ra quân tại xã …" opening the line describes the photo: the caption is what follows
  if (!caption && describes(raw)) return { caption: raw, credits: [] };
  // "NGỌC HÀ - MINH ĐỨC" → two people; "Thanh Hà/TTXVN" → the person, the agency is her employer
  const parts = raw.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  const people = parts.filter((p) => isPersonName(p, rules, 2) || (isPersonName(p, rules, 1) && !rules.agencies.has(foldKey(p))));
  const rest = parts.filter((p) => !people.includes(p));
  const names = parts.length > 1 && people.length > 0 && rest.every((p) => rules.agencies.has(foldKey(p))) ? people : [raw];
  return { caption, credits: names.map((n) => creditName(n, rules)).filter(Boolean) };
}

/** a sentence about the photo, not a credit: six words or more, three of them lower-case */
function describes(s: string): boolean {
  const words = s.split(/\s+/u);
  return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 3;
}
