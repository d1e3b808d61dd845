import type { ArticleText } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Official } from '../../record/schema.js';

// PLACEHOLDER (scaffold): owner replaces.
export function extractOfficials(_text: ArticleText, _rules: Rules): Official[] {
  return [];
}
