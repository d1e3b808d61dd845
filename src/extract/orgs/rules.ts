import { readOrganisations } from '../people/rules.js';
import { phraseKey } from '../people/tokens.js';

export interface KnownAbbreviation {
  short: string;
  expansion: string;
}

/**
 * organisations.json compiled for the organisation extractor. The phrase table itself
 * (bodies, heads, places, words that end a name) is shared with the officials extractor
 * (rules.people.lex), so both read bodies the same way.
 */
export interface OrgRules {
  /** the short form as written → the known abbreviation */
  abbreviations: Map<string, KnownAbbreviation>;
  /** keys of bodies too generic to list alone ("Đảng", "Nhà nước", "Trung ương") */
  notAlone: Set<string>;
  /** keys of delegations and working groups ("đoàn đại biểu"), not organisations */
  adHoc: string[];
  /** the same keys followed by a space: a longer name that starts with one */
  adHocPrefixes: string[];
}

export function loadOrgRules(dir: string): OrgRules {
  const file = readOrganisations(dir);
  const abbreviations = new Map<string, KnownAbbreviation>();
  for (const a of file.abbreviations) abbreviations.set(a.short, a);
  const adHoc = file.adHocBodies.map(phraseKey);
  return { abbreviations, notAlone: new Set(file.notAlone.map(phraseKey)), adHoc, adHocPrefixes: adHoc.map((a) => a + ' ') };
}
