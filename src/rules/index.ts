import { defaultRulesDir } from './load.js';
import { loadStructureRules, type StructureRules } from '../extract/structure/rules.js';
import { loadDateRules, type DateRules } from '../extract/dates/rules.js';
import { loadOutletRules, type OutletRules } from '../parse/html/rules.js';
import { loadRowRules, type RowRules } from '../parse/rows/rules.js';
import { loadPeopleRules, type PeopleRules } from '../extract/people/rules.js';
import { loadOrgRules, type OrgRules } from '../extract/orgs/rules.js';
import { loadFigureRules, type FigureRules } from '../extract/figures/rules.js';
import { loadDocumentRules, type DocumentRules } from '../extract/documents/rules.js';
import { loadPlaceRules, type PlaceRules } from '../extract/places/rules.js';

/**
 * Every rules file, validated and compiled once. Extractors take the part they need;
 * nothing reads rules/ after this.
 */
export interface Rules {
  dir: string;
  structure: StructureRules; // boilerplate, byline and caption cues
  dates: DateRules; // weekday words, parts of day, relative words
  outlets: OutletRules; // outlet names, domains, agency tags, per-site selectors
  rows: RowRules; // column names of row dumps, non-article cues
  people: PeopleRules; // office titles, honorifics
  orgs: OrgRules; // organisation names and abbreviations
  figures: FigureRules; // units, counted nouns, number words
  documents: DocumentRules; // document kinds and number formats
  places: PlaceRules; // provinces (63 → 34) and their units
}

const cache = new Map<string, Rules>();

export function loadRules(dir: string = defaultRulesDir()): Rules {
  const hit = cache.get(dir);
  if (hit) return hit;
  const rules: Rules = {
    dir,
    structure: loadStructureRules(dir),
    dates: loadDateRules(dir),
    outlets: loadOutletRules(dir),
    rows: loadRowRules(dir),
    people: loadPeopleRules(dir),
    orgs: loadOrgRules(dir),
    figures: loadFigureRules(dir),
    documents: loadDocumentRules(dir),
    places: loadPlaceRules(dir),
  };
  cache.set(dir, rules);
  return rules;
}
