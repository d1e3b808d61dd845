/**
 * Refiners: conflicts between two extractors' readings of the same words, resolved after
 * both ran (each extractor stays a pure function of the text and its own rules).
 */
import type { Location, Official } from '../record/schema.js';
import type { ArticleText, Span } from '../types.js';
import type { Rules } from '../rules/index.js';
import { keyOf } from './places/rules.js';

/**
 * Places the rules do not list, read after a level or committee word, whose very words the
 * officials' reading takes as a person ("Trưởng Ban Dân vận Huyện ủy Lò Thị Hoa": a person,
 * not a commune): the person wins. A listed unit (it has its province) always stays, and so
 * does a place whose words are a person elsewhere only ("xã Ma Li Pho" … "liệt sĩ Ma Li Pho").
 */
export function notPeople(locations: Location[], officials: readonly Official[], text: ArticleText, rules: Rules): Location[] {
  if (officials.length === 0 || locations.length === 0) return locations;
  return locations.filter(
    (l) => l.province !== null || !afterCommittee(l, text, rules) || !officials.some((o) => o.name === l.name && o.mentions.some((m) => overlaps(m, l.span))),
  );
}

/**
 * A person with no position whose name the article also writes after a level word as a place
 * ("xã Ma Li Pho" … "các anh hùng liệt sĩ Ma Li Pho"): the place's reading wins
 */
export function notPlaces(officials: Official[], locations: readonly Location[], text: ArticleText, rules: Rules): Official[] {
  if (officials.length === 0 || locations.length === 0) return officials;
  return officials.filter((o) => o.positions.length > 0 || !locations.some((l) => l.name === o.name && !afterCommittee(l, text, rules)));
}

/** was the place read after a committee ("Huyện ủy", "Tỉnh ủy"; rules: places.json committees)? */
function afterCommittee(l: Location, text: ArticleText, rules: Rules): boolean {
  const field = l.span.field === 'title' ? text.title : l.span.field === 'paragraphs' ? text.paragraphs[l.span.index] : text.captions[l.span.index];
  if (!field) return false;
  // the two words written right before the name ("Huyện ủy", "Thành ủy")
  const words = field.slice(Math.max(0, l.span.start - 16), l.span.start).trim().split(/\s+/);
  return words.length >= 2 && rules.places.committees.has(keyOf(words.slice(-2).join(' ')));
}

function overlaps(a: Span, b: Span): boolean {
  return a.field === b.field && a.index === b.index && a.start < b.end && b.start < a.end;
}
