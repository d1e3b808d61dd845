import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const RowRulesFile = z.object({}).passthrough();
export type RowRules = { raw: z.output<typeof RowRulesFile> };

export function loadRowRules(dir: string): RowRules {
  return { raw: readRuleFile(dir, 'columns.json', RowRulesFile) };
}
