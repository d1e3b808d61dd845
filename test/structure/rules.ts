/**
 * The rules these tests need, loaded from the bundled rules/ folder: structure and dates
 * (this area's own files) and outlets (read by the structure extractor). Other areas'
 * rules are not loaded, so their work in progress cannot break these tests.
 */
import { defaultRulesDir } from '../../src/rules/load.js';
import { loadStructureRules } from '../../src/extract/structure/rules.js';
import { loadDateRules } from '../../src/extract/dates/rules.js';
import { loadOutletRules } from '../../src/parse/html/rules.js';
import type { Rules } from '../../src/rules/index.js';

let cached: Rules | null = null;

export function testRules(): Rules {
  if (cached) return cached;
  const dir = defaultRulesDir();
  cached = {
    dir,
    structure: loadStructureRules(dir),
    dates: loadDateRules(dir),
    outlets: loadOutletRules(dir),
  } as unknown as Rules;
  return cached;
}
