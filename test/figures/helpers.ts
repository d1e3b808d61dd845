import { defaultRulesDir } from '../../src/rules/load.js';
import { loadFigureRules } from '../../src/extract/figures/rules.js';
import { loadDocumentRules } from '../../src/extract/documents/rules.js';
import type { Rules } from '../../src/rules/index.js';

/**
 * Only the two rule areas these extractors read, so the tests do not depend on the
 * other areas' rules files.
 */
export function figureDocumentRules(): Rules {
  const dir = defaultRulesDir();
  return { figures: loadFigureRules(dir), documents: loadDocumentRules(dir) } as unknown as Rules;
}

/** an ArticleText with one paragraph */
export function para(p: string) {
  return { title: null, paragraphs: [p], captions: [] };
}
