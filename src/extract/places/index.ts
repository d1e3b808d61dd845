import type { ArticleText } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Location } from '../../record/schema.js';

// PLACEHOLDER (scaffold): owner replaces.
export function extractLocations(_text: ArticleText, _rules: Rules): Location[] {
  return [];
}
