/** Shared by the officials tests: the rules once, and an article of one paragraph. */
import { loadRules } from '../../src/rules/index.js';
import { extractOfficials } from '../../src/extract/people/index.js';

export const rules = loadRules();
/** the officials of a one-paragraph article */
export const officials = (p: string) => extractOfficials({ title: null, paragraphs: [p], captions: [] }, rules);
/** each official as [name, raw positions] */
export const summary = (p: string) => officials(p).map((o) => [o.name, o.positions.map((x) => x.raw)]);
