import type { ArticleText } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Figure } from '../../record/schema.js';

// PLACEHOLDER (scaffold): owner replaces.
export function extractFigures(_text: ArticleText, _rules: Rules): Figure[] {
  return [];
}
