import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const PlaceRulesFile = z.object({}).passthrough();
export type PlaceRules = { raw: z.output<typeof PlaceRulesFile> };

export function loadPlaceRules(dir: string): PlaceRules {
  return { raw: readRuleFile(dir, 'places.json', PlaceRulesFile) };
}
