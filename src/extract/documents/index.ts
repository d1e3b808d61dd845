import type { ArticleText } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { CitedDocument } from '../../record/schema.js';

// PLACEHOLDER (scaffold): owner replaces.
export function extractDocuments(_text: ArticleText, _rules: Rules): CitedDocument[] {
  return [];
}
