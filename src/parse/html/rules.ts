import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const OutletRulesFile = z.object({}).passthrough();
export type OutletRules = { raw: z.output<typeof OutletRulesFile> };

export function loadOutletRules(dir: string): OutletRules {
  return { raw: readRuleFile(dir, 'outlets.json', OutletRulesFile) };
}
