import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const OrgRulesFile = z.object({}).passthrough();
export type OrgRules = { raw: z.output<typeof OrgRulesFile> };

export function loadOrgRules(dir: string): OrgRules {
  return { raw: readRuleFile(dir, 'organisations.json', OrgRulesFile) };
}
