import { z } from 'zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readRuleFile } from '../../rules/load.js';
import { C, M, Lexicon } from './lexicon.js';
import { VI_SYLLABLE, WordTable, phraseKeys, wordKey, type WordClasses } from './tokens.js';
import { stripDiacritics } from '../../normalise/text.js';
import { BoundedMemo } from './memo.js';

/** rules/offices.json: office titles and how positions chain */
export const OfficesFile = z.object({
  prefixes: z.array(z.string().min(1)),
  titles: z.array(z.string().min(1)).min(1),
  bodyHeads: z.array(z.string().min(1)),
  roleVerbs: z.array(z.string().min(1)),
  chainWords: z.array(z.string().min(1)),
  roleAdverbs: z.array(z.string().min(1)).default([]),
  signedFor: z.array(z.string().min(1)).default([]),
  motionWords: z.array(z.string().min(1)).default([]),
  subjectWords: z.array(z.string().min(1)).default([]),
  qualifiers: z.array(z.string().min(1)).default([]),
  termWords: z.array(z.string().min(1)).default([]),
  periodWords: z.array(z.string().min(1)).default([]),
  placedTitles: z.array(z.string().min(1)).default([]),
  /** an owner's trade in lower case after an owner title: 'chủ tiệm vàng', 'chủ vựa cá' (its words run on) */
  tradeHeads: z.array(z.string().min(1)).default([]),
  /** heads of state and ministers: a single foreign word after one is the holder ('Ngoại trưởng Lavrov') */
  leaderTitles: z.array(z.string().min(1)).default([]),
});

/** rules/honorifics.json: forms of address and professional prefixes */
export const HonorificsFile = z.object({
  address: z.array(z.object({ form: z.string().min(1), canonical: z.string().min(1) })),
  kin: z.array(z.string().min(1)),
  professional: z.array(z.string().min(1)),
  /** syllables written two ways ("sĩ"/"sỹ"): each professional prefix is known in both */
  spellingVariants: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
  degreeParts: z.array(z.string().min(1)),
  plural: z.array(z.string().min(1)),
});

/** "Thạc sĩ" → ["Thạc sĩ", "Thạc sỹ"]: the phrase with each listed syllable in its other spelling */
export function withSpellingVariants(phrase: string, pairs: [string, string][]): string[] {
  const out = [phrase];
  for (const [a, b] of pairs) {
    for (const p of [...out]) {
      const words = p.split(' ');
      if (words.includes(a)) out.push(words.map((w) => (w === a ? b : w)).join(' '));
      if (words.includes(b)) out.push(words.map((w) => (w === b ? a : w)).join(' '));
    }
  }
  return [...new Set(out)];
}

/** rules/names.json: surnames, and capitalised places that are not names */
export const NamesFile = z.object({
  surnames: z.array(z.string().min(1)).min(1),
  places: z.array(z.string().min(1)),
  countries: z.array(z.string().min(1)),
  personPlaces: z.array(z.string().min(1)),
  eponymPlaces: z.array(z.string().min(1)).default([]),
  notNameWords: z.array(z.string().min(1)).default([]),
  /** clause openers that are also given names ('Anh', 'Năm'): they never end a name's run */
  givenNameWords: z.array(z.string().min(1)).default([]),
  calendarStems: z.array(z.string().min(1)).default([]),
  calendarBranches: z.array(z.string().min(1)).default([]),
});

/** rules/organisations.json: bodies, their vocabulary, known abbreviations, words that end a name */
export const OrganisationsFile = z.object({
  abbreviations: z.array(z.object({ short: z.string().min(1), expansion: z.string().min(1) })),
  bodies: z.array(z.string().min(1)),
  heads: z.array(z.string().min(1)),
  eponymHeads: z.array(z.string().min(1)).default([]),
  descriptiveBodies: z.array(z.string().min(1)),
  orgWords: z.array(z.string().min(1)),
  descriptionWords: z.array(z.string().min(1)),
  connectors: z.array(z.string().min(1)),
  numberAfter: z.array(z.string().min(1)),
  levels: z.array(z.string().min(1)).default([]),
  positionEnds: z.array(z.string().min(1)),
  notAlone: z.array(z.string().min(1)).default([]),
  adHocBodies: z.array(z.string().min(1)).default([]),
  clauseStarts: z.array(z.string().min(1)).default([]),
  openHeads: z.array(z.string().min(1)).default([]),
  compounds: z.array(z.string().min(1)).default([]),
});

export type OrganisationsRules = z.output<typeof OrganisationsFile>;

/**
 * rules/places-units.json (owned by the places extractor): only the names of former
 * district-level units are read here, leniently, so that "huyện Lâm Hà" after a title is
 * read as a place and not as a person called Lâm Hà.
 */
const PlaceUnitsNames = z.object({ units: z.array(z.unknown()).default([]) }).passthrough();

/** the unit names of places-units.json, read defensively: a change there never breaks this loader */
function unitNames(file: z.output<typeof PlaceUnitsNames>): string[] {
  const out: string[] = [];
  for (const group of file.units) {
    if (!group || typeof group !== 'object') continue;
    for (const v of Object.values(group as Record<string, unknown>)) {
      if (Array.isArray(v)) for (const name of v) if (typeof name === 'string' && name.trim()) out.push(name);
    }
  }
  return out;
}

export interface PeopleRules {
  lex: Lexicon;
  /** keys of surnames that open a Vietnamese name */
  surnames: Set<string>;
  /** keys of pieces of dotted degree prefixes (PGS.TS, BS.CK2) */
  degreeParts: Set<string>;
  /** keys of words after which a bare name may open an apposition ("có", "do") */
  subjectWords: Set<string>;
  /** prefixes that may open a position in lower case ("nguyên", "phó"), as written */
  lowerPrefixes: Set<string>;
  /** keys of words that make a foreign-looking run a company or place ("news", "group") */
  notNameWords: Set<string>;
  givenNameWords: Set<string>;
  /** keys of two-word runs that are never names ("giáp thìn": a year) */
  notNames: Set<string>;
  /** known abbreviations: key of short form → expansion */
  abbreviations: Map<string, { short: string; expansion: string }>;
  /**
   * the persons compromise finds in a short capitalised run, by the run's text: each call
   * costs ~0.2 ms (it tags the whole string), and the same foreign names recur across articles
   */
  westernMemo: BoundedMemo<string[]>;
  /**
   * two-syllable words one of whose syllables is a positionEnds word ("đổi mới", "sáng tạo"):
   * key of the first syllable → keys of the second. Inside a body's name such a syllable is
   * half of a noun, not a verb or particle that ends the name.
   */
  compounds: Map<string, Set<string>>;
  /** keys of posts held at a place abroad: "Đại sứ Việt Nam tại Nhật Bản" (rules: placedTitles) */
  placedTitles: Set<string>;
  /** keys of owners' trades in lower case: 'tiệm', 'cửa hàng' (rules: tradeHeads) */
  tradeHeads: Set<string>;
  leaderTitles: Set<string>;
  /** the lexicon's classes and the marks (`M`) of a word */
  classes: WordClasses;
  /** the words of the articles read so far, with their classes (see WordTable) */
  words: WordTable;
}

/** a word that is no Vietnamese syllable (Biden, Grant, Joe) */
export function foreignWord(s: string): boolean {
  const bare = stripDiacritics(s.toLowerCase());
  if (/[fjwz]/.test(bare)) return true;
  for (const piece of bare.split('-')) if (!VI_SYLLABLE.test(piece.replace(/['’]/g, ''))) return true;
  return false;
}

const ETHNIC_PREFIX = /^[hky]['’]\p{L}/u;

function wordClasses(
  lex: Lexicon,
  sets: { surnames: Set<string>; degreeParts: Set<string>; subjectWords: Set<string>; notNameWords: Set<string>; givenNameWords: Set<string> },
): WordClasses {
  return {
    startFlags: (k) => lex.startFlags(k),
    officeFlags: C.OFFICE | C.PREFIX,
    phrasesAt: (k) => lex.phrasesAt(k),
    marksOf(s, k) {
      let m = 0;
      // ethnic-minority names open with a prefix glued by an apostrophe: H'Ing, K'Nhiên
      if (sets.surnames.has(k) || ETHNIC_PREFIX.test(k)) m |= M.SURNAME;
      const degree = s.indexOf('.') < 0 ? sets.degreeParts.has(k) : s.split('.').every((p) => sets.degreeParts.has(p.toLowerCase()));
      if (degree) m |= M.DEGREE;
      if (sets.subjectWords.has(k)) m |= M.SUBJECT;
      if (sets.notNameWords.has(k)) m |= M.NOTNAME;
      if (sets.givenNameWords.has(k)) m |= M.GIVEN;
      if (foreignWord(s)) m |= M.FOREIGN;
      if (/[.\d&/]/.test(s)) m |= M.NONAME;
      return m;
    },
  };
}

/** the lexicon value of a term word after which only years count ("nhiệm kỳ", "giai đoạn") */
export const PERIOD = 'period';

/** "đổi mới" → đổi → {mới}; a compound is two syllables (a longer phrase is rejected) */
function compoundMap(list: string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const c of list) {
    const keys = c.trim().split(/\s+/).map(wordKey);
    if (keys.length !== 2) throw new Error(`organisations.json compounds: "${c}" is not two syllables`);
    let seconds = out.get(keys[0]!);
    if (!seconds) out.set(keys[0]!, (seconds = new Set()));
    seconds.add(keys[1]!);
  }
  return out;
}

/** Read organisations.json once (people and organisations both use it). */
export function readOrganisations(dir: string): OrganisationsRules {
  return readRuleFile(dir, 'organisations.json', OrganisationsFile);
}

export function loadPeopleRules(dir: string): PeopleRules {
  const offices = readRuleFile(dir, 'offices.json', OfficesFile);
  const hon = readRuleFile(dir, 'honorifics.json', HonorificsFile);
  const names = readRuleFile(dir, 'names.json', NamesFile);
  const orgs = readOrganisations(dir);
  const lex = new Lexicon();
  for (const t of offices.titles) lex.add(t, C.OFFICE);
  for (const p of offices.prefixes) lex.add(p, C.PREFIX);
  for (const b of offices.bodyHeads) lex.add(b, C.BODYHEAD);
  for (const b of offices.tradeHeads) lex.add(b, C.BODYHEAD | C.OPENHEAD);
  for (const r of offices.roleVerbs) lex.add(r, C.ROLEVERB);
  for (const c of offices.chainWords) lex.add(c, C.CHAIN);
  for (const a of offices.roleAdverbs) lex.add(a, C.ROLEADV);
  for (const a of offices.signedFor) lex.add(a, C.ACTING);
  for (const a of offices.motionWords) lex.add(a, C.MOTION);
  for (const q of offices.qualifiers) lex.add(q, C.QUALIFIER);
  for (const w of offices.termWords) lex.add(w, C.TERM);
  // the value marks a period: only years may follow ("nhiệm kỳ 2020-2025", not "giai đoạn 1")
  for (const w of offices.periodWords) lex.add(w, C.TERM, PERIOD);
  for (const a of hon.address) lex.add(a.form, C.ADDR, a.canonical);
  for (const k of hon.kin) lex.add(k, C.KIN);
  for (const p of hon.professional) for (const v of withSpellingVariants(p, hon.spellingVariants)) lex.add(v, C.PROF);
  for (const p of hon.plural) lex.add(p, C.PLURAL);
  for (const p of names.places) lex.add(p, C.PLACE);
  for (const p of names.countries) lex.add(p, C.COUNTRY);
  for (const p of names.personPlaces) lex.add(p, C.PLACE | C.PERSONPLACE);
  for (const p of names.eponymPlaces) lex.add(p, C.UNIT);
  if (existsSync(join(dir, 'places-units.json'))) {
    const units = PlaceUnitsNames.safeParse(readRuleFile(dir, 'places-units.json', z.unknown()));
    if (units.success) for (const name of unitNames(units.data)) lex.add(name, C.UNIT);
  }
  for (const b of orgs.bodies) lex.add(b, C.BODY);
  for (const b of orgs.descriptiveBodies) lex.add(b, C.BODY | C.DESCBODY);
  for (const h of orgs.heads) lex.add(h, C.HEAD);
  for (const h of orgs.eponymHeads) lex.add(h, C.HEAD | C.EPONYM);
  for (const h of orgs.openHeads) lex.add(h, C.HEAD | C.OPENHEAD);
  for (const w of orgs.orgWords) lex.add(w, C.ORGWORD);
  for (const w of orgs.levels) lex.add(w, C.ORGWORD | C.LEVEL);
  for (const w of orgs.descriptionWords) lex.add(w, C.DESCWORD);
  for (const w of orgs.connectors) lex.add(w, C.CONNECTOR);
  for (const w of orgs.numberAfter) lex.add(w, C.NUMAFTER);
  for (const w of orgs.positionEnds) lex.add(w, C.STOP);
  for (const w of orgs.clauseStarts) lex.add(w, C.CLAUSE);
  const abbreviations = new Map<string, { short: string; expansion: string }>();
  for (const a of orgs.abbreviations) {
    lex.add(a.short, C.ABBR, a.expansion);
    abbreviations.set(wordKey(a.short), a);
  }
  const sets = {
    surnames: new Set(names.surnames.map(wordKey)),
    notNameWords: new Set(names.notNameWords.map(wordKey)),
    givenNameWords: new Set(names.givenNameWords.map(wordKey)),
    subjectWords: new Set(offices.subjectWords.map(wordKey)),
    degreeParts: new Set(hon.degreeParts.flatMap((d) => d.split('.')).map(wordKey)),
  };
  const classes = wordClasses(lex, sets);
  return {
    lex,
    ...sets,
    lowerPrefixes: new Set(offices.prefixes.filter((p) => p[0] === p[0]!.toLowerCase())),
    notNames: new Set(names.calendarStems.flatMap((st) => names.calendarBranches.map((br) => `${wordKey(st)} ${wordKey(br)}`))),
    abbreviations,
    compounds: compoundMap(orgs.compounds),
    placedTitles: new Set(offices.placedTitles.map((t) => phraseKeys(t).join(' '))),
    tradeHeads: new Set(offices.tradeHeads.map((t) => phraseKeys(t).join(' '))),
    leaderTitles: new Set(offices.leaderTitles.map((t) => phraseKeys(t).join(' '))),
    westernMemo: new BoundedMemo(20_000),
    classes,
    words: new WordTable(classes),
  };
}
