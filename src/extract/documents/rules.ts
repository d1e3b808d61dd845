import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const DocumentRulesFile = z.object({}).passthrough();
export type DocumentRules = { raw: z.output<typeof DocumentRulesFile> };

export function loadDocumentRules(dir: string): DocumentRules {
  return { raw: readRuleFile(dir, 'documents.json', DocumentRulesFile) };
}
