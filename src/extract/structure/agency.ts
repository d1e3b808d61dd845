import type { StructureRules } from './rules.js';
import { foldKey } from '../../normalise/text.js';

// "(CT) - ", "(ĐCSVN) – ", "(PLO)- ", "(Chinhphu.vn) - ", "(Dân trí) - "
const BRACKET_TAG = /^\(\s*([\p{Lu}\p{N}][\p{L}\p{N}.+&/ -]{0,23}?)\s*\)\s*[-–—]/u;
// "Hà Nội, 12/3 (TTXVN) - ": a place/date, then a capitals-only tag
const PLACED_TAG = /^[\p{Lu}][^()\n.!?]{0,40}?\s\(\s*([\p{Lu}][\p{Lu}\p{N}.+&/]{1,15})\s*\)\s*[-–—]/u;
// "LSO-", "NDĐT – ", "VOV.VN - ", "GD&TĐ - " (capitals only, no brackets)
const BARE_TAG = /^([\p{Lu}][\p{Lu}\p{N}.&+]{1,11})\s*[-–—]\s*(?=\S)/u;
// "Baotintuc.vn - " (a domain as the tag)
const DOMAIN_TAG = /^([\p{L}\p{N}-]{2,30}\.(?:vn|com|net|org))\s*[-–—]\s+/iu;

export interface AgencyTag {
  code: string;
  /** length of the tag prefix in the text (the paragraph keeps it as written) */
  length: number;
}

/**
 * The source tag that opens a lead: "(CT) - " → "CT", "LSO-" → "LSO", "(ĐCSVN) – " → "ĐCSVN",
 * "(PLO)- " → "PLO", "NDĐT – " → "NDĐT". A bare capital word before a dash is a tag only
 * when the text after the dash does not open with another capital abbreviation
 * ("HĐND - UBND xã …" is not a tag) and the word is not a common abbreviation.
 */
export function agencyTag(text: string, rules: StructureRules): AgencyTag | null {
  const b = BRACKET_TAG.exec(text) ?? PLACED_TAG.exec(text);
  if (b) {
    const code = b[1]!.trim();
    // a tag is a short name ("CT", "Dân trí", "Chinhphu.vn"); "( Tin tức thời sự ) -" is a section label
    const words = code.split(/\s+/);
    const nameLike = words.length <= 2 || words.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
    if (nameLike && !rules.notAgencyTags.has(foldKey(code)) && code.length >= 2) return { code, length: b[0].length };
  }
  const m = BARE_TAG.exec(text);
  if (m) {
    const code = m[1]!.replace(/\.$/, '');
    const after = text.slice(m[0].length);
    const nextWord = /^[\p{L}\p{N}.&]+/u.exec(after)?.[0] ?? '';
    const nextIsAbbrev = nextWord.length >= 2 && nextWord === nextWord.toUpperCase() && /\p{L}/u.test(nextWord);
    if (!rules.notAgencyTags.has(foldKey(code)) && !nextIsAbbrev && /\p{L}/u.test(code)) return { code, length: m[0].length };
  }
  const d = DOMAIN_TAG.exec(text);
  if (d) return { code: d[1]!, length: d[0].length };
  return null;
}
