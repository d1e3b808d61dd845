import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';

// PLACEHOLDER (scaffold): the owner of this area replaces this schema and compiler.
export const FigureRulesFile = z.object({}).passthrough();
export type FigureRules = { raw: z.output<typeof FigureRulesFile> };

export function loadFigureRules(dir: string): FigureRules {
  return { raw: readRuleFile(dir, 'units.json', FigureRulesFile) };
}
