import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const DateRulesFile = z.object({}).passthrough();
export type DateRules = { raw: z.output<typeof DateRulesFile> };

export function loadDateRules(dir: string): DateRules {
  return { raw: readRuleFile(dir, 'dates.json', DateRulesFile) };
}
