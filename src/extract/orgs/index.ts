import type { ArticleText } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Organization, Abbreviation } from '../../record/schema.js';

// PLACEHOLDER (scaffold): owner replaces.
export function extractOrganizations(_text: ArticleText, _rules: Rules): { organizations: Organization[]; abbreviations: Abbreviation[] } {
  return { organizations: [], abbreviations: [] };
}
