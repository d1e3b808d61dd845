import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const StructureRulesFile = z.object({}).passthrough();
export type StructureRules = { raw: z.output<typeof StructureRulesFile> };

export function loadStructureRules(dir: string): StructureRules {
  return { raw: readRuleFile(dir, 'boilerplate.json', StructureRulesFile) };
}
