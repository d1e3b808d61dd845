import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';
import { PhraseSet, splitPhrase } from './words.js';
import { StartFinder } from './starts.js';
import { OfficesFile, readOrganisations, type OrganisationsRules } from '../people/rules.js';
import { DocumentRulesFile } from '../documents/rules.js';

/** rules/units.json: counted nouns, measures and the words around quoted figures */
export const UnitsFile = z.object({
  $comment: z.string().optional(),
  percent: z.array(z.string().min(1)),
  multipliers: z.record(z.string().min(1), z.union([z.literal(1000), z.literal(1000000), z.literal(1000000000)])),
  glued: z.array(z.string().min(1)),
  durations: z.array(z.string().min(1)),
  measures: z.array(z.string().min(1)),
  nouns: z.array(z.string().min(1)),
  qualifiers: z.array(z.string().min(1)),
  notBefore: z.array(z.string().min(1)),
  notBeforeUnless: z.array(z.string().min(1)),
  periodAfter: z.array(z.string().min(1)),
  perWords: z.array(z.string().min(1)),
  rangeWords: z.array(z.string().min(1)),
  objectSkipAfter: z.array(z.string().min(1)),
  afterStops: z.array(z.string().min(1)),
  beforeStops: z.array(z.string().min(1)),
  verbs: z.array(z.string().min(1)),
  afterStartOnly: z.array(z.string().min(1)),
  copulas: z.array(z.string().min(1)),
  copulaAdverbs: z.array(z.string().min(1)),
  temporal: z.array(z.string().min(1)),
  timeOfDay: z.array(z.string().min(1)),
  changeVerbs: z.array(z.string().min(1)),
  clockBefore: z.array(z.string().min(1)),
  notUnits: z.array(z.string().min(1)),
  compounds: z.array(z.string().min(1)),
  lunarMonths: z.array(z.string().min(1)),
  /** lunar month names no other word shares: dates in lower case too ("24 tháng chạp") */
  lunarMonthsAnyCase: z.array(z.string().min(1)).default([]),
  /** adverbs between a change verb (or a qualifier) and the amount: "giảm trung bình 30%" */
  changeAdverbs: z.array(z.string().min(1)).default([]),
  /** threshold words before an amount ("vượt mốc 600 USD"): never the object */
  thresholdWords: z.array(z.string().min(1)).default([]),
  /** comparative adjectives before "hơn" + amount ("cao hơn 40%"): the subject before them is the object */
  comparatives: z.array(z.string().min(1)).default([]),
  /** verbs (or qualifiers) of a share: after them a percentage names what it is a share of past 'ratioSkipAfter' */
  ratioVerbs: z.array(z.string().min(1)).default([]),
  ratioSkipAfter: z.array(z.string().min(1)).default([]),
  /** size words after a subject: "Cao tốc … dài 55 km" (the subject is the object) */
  dimensionWords: z.array(z.string().min(1)).default([]),
  /** words before a size word's subject that make it the tail of another phrase ("bằng sắt cao …") */
  dimensionNotAfter: z.array(z.string().min(1)).default([]),
  /** "từ 30 lên 90 ngày": words between the old and the new value of a change */
  changeParticles: z.array(z.string().min(1)).default([]),
  /** grade words after a number: "5 sao" is a rating, not a count; kept inside objects */
  ratingWords: z.array(z.string().min(1)).default([]),
  /** joiners a noun phrase before the number may hold: "thu nhập của ông" */
  beforeJoiners: z.array(z.string().min(1)).default([]),
  /** adverbs that after a verb are its particle ("nâng … lên 6 điểm"): no subject is read across them */
  verbParticles: z.array(z.string().min(1)).default([]),
  /** determiners a joiner may take inside a phrase before the number: "của các chủ thể" */
  joinerDeterminers: z.array(z.string().min(1)).default([]),
  /** marks glued after a measure: "km²", "m³" */
  powerMarks: z.array(z.string().length(1)).default([]),
  /** event classifiers whose object may open with a verb: "3 đợt kiểm tra", "2 buổi làm việc" */
  activityClassifiers: z.array(z.string().min(1)).default([]),
  /**
   * words of the borrowed vocabularies (office titles, body heads, document kinds, read
   * from the other rules files) that must not be read as counted nouns after a number
   */
  notCounted: z.array(z.string().min(1)).default([]),
  /** words that are not counted nouns when no list knows the word after a number: "2 bên", "1 nửa" */
  notOpenNouns: z.array(z.string().min(1)).default([]),
  /**
   * verbs that take a count as their object ("thúc đẩy 3 …", "bầu 41 …"), besides 'verbs':
   * before a number they let a noun no list knows be read as what is counted
   */
  countVerbs: z.array(z.string().min(1)).default([]),
  /**
   * verbs that, right after a counted noun, open a clause describing the counted things
   * ("6 bệnh viện có vốn …", "200 học sinh đạt giải …"): the clause is part of the object
   */
  nounClauseOpeners: z.array(z.string().min(1)).default([]),
  /** group nouns a verb after them names ("3 đoàn kiểm tra", "2 tổ công tác"): the verb stays in the object */
  collectiveNouns: z.array(z.string().min(1)).default([]),
  /**
   * head nouns a verb may modify inside a noun phrase ("diện tích nuôi", "mật độ thả nuôi",
   * "kinh phí hỗ trợ", "tỷ lệ tiêm chủng"): a verb right after one of them is part of the
   * phrase before the number, not its edge
   */
  verbModifiedHeads: z.array(z.string().min(1)).default([]),
  /** verbs that take the amount after them and never modify such a head ("lãi", "dao động", "cao") */
  notModifiers: z.array(z.string().min(1)).default([]),
  /** street words: a number before one and a capitalised name is a house number ('45 đường Giải Phóng') */
  streetWords: z.array(z.string().min(1)).default([]),
  /** words that restate the previous amount ('tương đương'): the figure after them takes its object */
  restateWords: z.array(z.string().min(1)).default([]),
  /** adjuncts that may close the subject before an amount ('Thu ngân sách trên địa bàn đạt …') */
  trailingAdjuncts: z.array(z.string().min(1)).default([]),
  /** the same opening with a preposition: only before a verb or qualifier ('trên địa bàn') */
  trailingAdjunctsBeforeVerb: z.array(z.string().min(1)).default([]),
  /** units written as a measure and its noun: with no other object the noun is what is counted ('44 chỉ vàng' -> 'vàng') */
  measuredNouns: z.array(z.string().min(1)).default([]),
  /** forecasts and plans before a change verb: the phrase before them is who forecasts ('doanh nghiệp dự báo vượt …') */
  forecastVerbs: z.array(z.string().min(1)).default([]),
  /** demonstratives that close a noun inside the phrase before a number ('đợt này') */
  demonstratives: z.array(z.string().min(1)).default([]),
  /** words after a percentage that name its part ('60% là đồng bào dân tộc thiểu số') */
  percentCopulas: z.array(z.string().min(1)).default([]),
  /** prepositions a subject may run over when only a place name stands after them ('khách quốc tế đến Việt Nam') */
  placePrepositions: z.array(z.string().min(1)).default([]),
});

/**
 * The parts of other areas' rules files used here, read through those areas' own schemas
 * (one schema per file): office titles ("giám đốc", "ủy viên") count people by their office,
 * body heads ("trung tâm", "khoa", "sở") count bodies, document kinds ("quy định", "nghị
 * quyết") count documents, and a document kind before a number makes it a reference.
 */
export interface Borrowed {
  offices: Pick<z.output<typeof OfficesFile>, 'prefixes' | 'titles' | 'bodyHeads'>;
  organisations: Pick<OrganisationsRules, 'heads'>;
  documents: { kinds: { names: string[] }[] };
}

/** rules/numbers.json: Vietnamese number words */
export const NumbersFile = z.object({
  $comment: z.string().optional(),
  digits: z.record(z.string().min(1), z.number().int().min(0).max(9)),
  afterTens: z.record(z.string().min(1), z.number().int().min(0).max(9)),
  ten: z.array(z.string().min(1)),
  tens: z.array(z.string().min(1)),
  hundred: z.array(z.string().min(1)),
  zeroLink: z.array(z.string().min(1)),
  noStart: z.array(z.string().min(1)),
  /** noStart words that open a number when a counted noun follows ('năm giáo viên') */
  countedStart: z.array(z.string().min(1)).default([]),
  /** words before such a number word that make it the other word ('từ năm lớp 7', 'mọi năm') */
  countedStartNotAfter: z.array(z.string().min(1)).default([]),
  /** nouns after it that make it the other word ('năm lớp 7', 'năm bản lề') */
  countedStartNotUnits: z.array(z.string().min(1)).default([]),
  startOnlyBefore: z.array(z.string().min(1)),
  excludedPairs: z.array(z.string().min(1)),
  vague: z.array(z.string().min(1)),
});

export type UnitKind = 'percent' | 'duration' | 'measure' | 'noun';

export interface FigureRules {
  /** any unit phrase → its kind (longest match wins through `units`) */
  unitKind: Map<string, UnitKind>;
  units: PhraseSet;
  /**
   * counted nouns borrowed from the other rules files (office titles, body heads, document
   * kinds), lower-cased; read only when written in lower case after a plain number
   */
  borrowedNouns: PhraseSet;
  notOpenNouns: PhraseSet;
  countVerbs: PhraseSet;
  /** multiplier words → 1e3 / 1e6 / 1e9 */
  multipliers: Map<string, 1e3 | 1e6 | 1e9>;
  /** units that may be glued to the digits, exactly as written ("2km", "88%", "100g") */
  glued: Map<string, string>;
  qualifiers: PhraseSet;
  notBefore: PhraseSet;
  notBeforeUnless: PhraseSet;
  periodAfter: PhraseSet;
  perWords: Set<string>;
  rangeWords: Set<string>;
  objectSkipAfter: PhraseSet;
  afterStops: PhraseSet;
  beforeStops: PhraseSet;
  verbs: PhraseSet;
  /** words that stop an object only when they come first after the unit ("11 triệu và …", "4,6 triệu đồng một tháng") */
  afterStartOnly: PhraseSet;
  /** "X là 15,4 triệu", "Thời hạn vay: 36 tháng": the object is X */
  copulas: PhraseSet;
  copulaAdverbs: PhraseSet;
  /** words after "đến"/"tới" that make a time adjunct rather than a boundary ("đến ngày …") */
  temporal: Set<string>;
  ratingWords: Set<string>;
  /** joiners inside a subject, read nearest-first: "của", "trên địa bàn" */
  beforeJoiners: PhraseSet;
  verbParticles: Set<string>;
  joinerDeterminers: Set<string>;
  powerMarks: Set<string>;
  activityClassifiers: Set<string>;
  nounClauseOpeners: PhraseSet;
  collectiveNouns: Set<string>;
  /** head nouns a verb may modify inside the phrase before a number ("diện tích nuôi") */
  verbModifiedHeads: PhraseSet;
  notModifiers: PhraseSet;
  streetWords: Set<string>;
  restateWords: PhraseSet;
  trailingAdjuncts: PhraseSet;
  trailingAdjunctsBeforeVerb: PhraseSet;
  measuredNouns: Set<string>;
  forecastVerbs: PhraseSet;
  demonstratives: Set<string>;
  percentCopulas: PhraseSet;
  placePrepositions: PhraseSet;
  /** "8 giờ sáng": a clock time, not a duration */
  timeOfDay: PhraseSet;
  /** "lúc 8 giờ", "đến 19 giờ": a clock time */
  clockBefore: PhraseSet;
  /** words that open with a unit but are not one ("phát sinh", "bộ trưởng", "chỉ là") */
  notUnits: PhraseSet;
  /** words made of syllables that are stop words on their own ("nhà ở", "thu nhập", "cho vay") */
  compounds: PhraseSet;
  /** "25 tháng Chạp", "15 tháng Giêng": a lunar date, not a duration */
  lunarMonths: PhraseSet;
  lunarMonthsAnyCase: Set<string>;
  changeAdverbs: PhraseSet;
  thresholdWords: PhraseSet;
  comparatives: PhraseSet;
  ratioVerbs: PhraseSet;
  ratioSkipAfter: PhraseSet;
  dimensionWords: PhraseSet;
  dimensionNotAfter: Set<string>;
  changeParticles: Set<string>;
  /** "Doanh thu tăng 15%": after these verbs the object is the subject before them */
  changeVerbs: PhraseSet;
  numbers: {
    digits: Map<string, number>;
    afterTens: Map<string, number>;
    ten: Set<string>;
    tens: Set<string>;
    hundred: Set<string>;
    zeroLink: Set<string>;
    noStart: Set<string>;
    countedStart: Set<string>;
    countedStartNotAfter: Set<string>;
    countedStartNotUnits: Set<string>;
    startOnlyBefore: Set<string>;
    excludedPairs: PhraseSet;
    vague: PhraseSet;
  };
  /**
   * The number words a figure may start with ("hai", "mười"; either case of the first
   * letter), longest first; with a digit, they are where a figure may start.
   */
  numberStarts: StartFinder;
}

const low = (s: string) => s.normalize('NFC').toLowerCase();

/** the borrowed counted nouns: titles (and "phó giám đốc"…), body heads, document kinds */
function borrowedNounList(b: Borrowed, known: Map<string, UnitKind>, notCounted: string[]): string[] {
  const out = new Set<string>();
  const lowerPrefixes = b.offices.prefixes.filter((p) => p === low(p));
  for (const t of b.offices.titles) {
    out.add(low(t));
    for (const p of lowerPrefixes) out.add(`${low(p)} ${low(t)}`);
  }
  for (const h of [...b.offices.bodyHeads, ...b.organisations.heads]) out.add(low(h));
  for (const k of b.documents.kinds) for (const n of k.names) out.add(low(n));
  const drop = new Set(notCounted.map((w) => splitPhrase(w).join(' ')));
  return [...out].map((w) => splitPhrase(w).join(' ')).filter((w) => w.length > 0 && !known.has(w) && !drop.has(w));
}

export function compileFigureRules(
  units: z.output<typeof UnitsFile>,
  numbers: z.output<typeof NumbersFile>,
  borrowed: Borrowed = { offices: { prefixes: [], titles: [], bodyHeads: [] }, organisations: { heads: [] }, documents: { kinds: [] } },
): FigureRules {
  const unitKind = new Map<string, UnitKind>();
  const add = (list: string[], kind: UnitKind) => {
    for (const u of list) {
      const key = splitPhrase(u).join(' ');
      if (!unitKind.has(key)) unitKind.set(key, kind);
    }
  };
  add(units.percent, 'percent');
  add(units.durations, 'duration');
  add(units.measures, 'measure');
  add(units.nouns, 'noun');
  const multipliers = new Map<string, 1e3 | 1e6 | 1e9>();
  for (const [w, m] of Object.entries(units.multipliers)) multipliers.set(low(w), m as 1e3 | 1e6 | 1e9);
  // glued units are matched as written: "100g" is grams, "4G" is a network
  const glued = new Map<string, string>();
  for (const g of units.glued) glued.set(g, g);

  // a figure starts at a digit (even inside a word: the scan decides) or a number word
  // that starts a word (either case of its first letter), the longest first
  const words = [...Object.keys(numbers.digits), ...numbers.ten].map(low).sort((a, b) => b.length - a.length);
  const numberStarts = new StartFinder(
    words.map((text) => ({ text, eitherCase: true })),
    { digitsInWords: true },
  );

  return {
    unitKind,
    units: new PhraseSet(unitKind.keys()),
    borrowedNouns: new PhraseSet(borrowedNounList(borrowed, unitKind, units.notCounted)),
    notOpenNouns: new PhraseSet(units.notOpenNouns),
    countVerbs: new PhraseSet(units.countVerbs),
    multipliers,
    glued,
    qualifiers: new PhraseSet(units.qualifiers),
    // "Quy chế 25", "Lệnh 12": a document kind before a number makes it a reference
    notBefore: new PhraseSet([...units.notBefore, ...borrowed.documents.kinds.flatMap((k) => k.names)]),
    notBeforeUnless: new PhraseSet(units.notBeforeUnless),
    periodAfter: new PhraseSet(units.periodAfter),
    perWords: new Set(units.perWords.map(low)),
    rangeWords: new Set(units.rangeWords.map(low)),
    objectSkipAfter: new PhraseSet(units.objectSkipAfter),
    afterStops: new PhraseSet(units.afterStops),
    beforeStops: new PhraseSet(units.beforeStops),
    verbs: new PhraseSet(units.verbs),
    afterStartOnly: new PhraseSet(units.afterStartOnly),
    copulas: new PhraseSet(units.copulas),
    copulaAdverbs: new PhraseSet(units.copulaAdverbs),
    temporal: new Set(units.temporal.map(low)),
    ratingWords: new Set(units.ratingWords.map(low)),
    beforeJoiners: new PhraseSet(units.beforeJoiners),
    verbParticles: new Set(units.verbParticles.map(low)),
    joinerDeterminers: new Set(units.joinerDeterminers.map(low)),
    powerMarks: new Set(units.powerMarks),
    activityClassifiers: new Set(units.activityClassifiers.map(low)),
    nounClauseOpeners: new PhraseSet(units.nounClauseOpeners),
    collectiveNouns: new Set(units.collectiveNouns.map(low)),
    verbModifiedHeads: new PhraseSet(units.verbModifiedHeads),
    notModifiers: new PhraseSet(units.notModifiers),
    restateWords: new PhraseSet(units.restateWords),
    trailingAdjuncts: new PhraseSet(units.trailingAdjuncts),
    trailingAdjunctsBeforeVerb: new PhraseSet(units.trailingAdjunctsBeforeVerb),
    forecastVerbs: new PhraseSet(units.forecastVerbs),
    demonstratives: new Set(units.demonstratives.map(low)),
    percentCopulas: new PhraseSet(units.percentCopulas),
    placePrepositions: new PhraseSet(units.placePrepositions),
    measuredNouns: new Set(units.measuredNouns.map((w) => splitPhrase(w).join(' ').toLowerCase())),
    streetWords: new Set(units.streetWords.map((w) => splitPhrase(w).join(' ').toLowerCase())),
    timeOfDay: new PhraseSet(units.timeOfDay),
    clockBefore: new PhraseSet(units.clockBefore),
    notUnits: new PhraseSet(units.notUnits),
    compounds: new PhraseSet(units.compounds),
    lunarMonths: new PhraseSet(units.lunarMonths),
    lunarMonthsAnyCase: new Set(units.lunarMonthsAnyCase.map(low)),
    changeAdverbs: new PhraseSet(units.changeAdverbs),
    thresholdWords: new PhraseSet(units.thresholdWords),
    comparatives: new PhraseSet(units.comparatives),
    ratioVerbs: new PhraseSet(units.ratioVerbs),
    ratioSkipAfter: new PhraseSet(units.ratioSkipAfter),
    dimensionWords: new PhraseSet(units.dimensionWords),
    dimensionNotAfter: new Set(units.dimensionNotAfter.map(low)),
    changeParticles: new Set(units.changeParticles.map(low)),
    changeVerbs: new PhraseSet(units.changeVerbs),
    numbers: {
      digits: new Map(Object.entries(numbers.digits).map(([k, v]) => [low(k), v])),
      afterTens: new Map(Object.entries(numbers.afterTens).map(([k, v]) => [low(k), v])),
      ten: new Set(numbers.ten.map(low)),
      tens: new Set(numbers.tens.map(low)),
      hundred: new Set(numbers.hundred.map(low)),
      zeroLink: new Set(numbers.zeroLink.map(low)),
      noStart: new Set(numbers.noStart.map(low)),
      countedStart: new Set(numbers.countedStart.map(low)),
      countedStartNotAfter: new Set(numbers.countedStartNotAfter.map(low)),
      countedStartNotUnits: new Set(numbers.countedStartNotUnits.map(low)),
      startOnlyBefore: new Set(numbers.startOnlyBefore.map(low)),
      excludedPairs: new PhraseSet(numbers.excludedPairs),
      vague: new PhraseSet(numbers.vague),
    },
    numberStarts,
  };
}

export function loadFigureRules(dir: string): FigureRules {
  const borrowed: Borrowed = {
    offices: readRuleFile(dir, 'offices.json', OfficesFile),
    organisations: readOrganisations(dir),
    documents: readRuleFile(dir, 'documents.json', DocumentRulesFile),
  };
  return compileFigureRules(readRuleFile(dir, 'units.json', UnitsFile), readRuleFile(dir, 'numbers.json', NumbersFile), borrowed);
}
