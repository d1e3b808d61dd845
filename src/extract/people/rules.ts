import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const PeopleRulesFile = z.object({}).passthrough();
export type PeopleRules = { raw: z.output<typeof PeopleRulesFile> };

export function loadPeopleRules(dir: string): PeopleRules {
  return { raw: readRuleFile(dir, 'offices.json', PeopleRulesFile) };
}
