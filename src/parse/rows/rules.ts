/**
 * Rules for row dumps (rules/columns.json) and for telling articles from other pages
 * (rules/classify.json), validated with zod and compiled once into maps and regexes.
 */
import { z } from 'zod';
import { readRuleFile, escapeRegExp } from '../../rules/load.js';
import { stripDiacritics } from '../../normalise/text.js';
import { PhraseSet } from './chars.js';

export const ROW_FIELDS = ['title', 'content', 'published', 'modified', 'author', 'url', 'outlet', 'summary', 'tags', 'section'] as const;
export type RowField = (typeof ROW_FIELDS)[number];

const Words = z.array(z.string().min(1));

export const ColumnsFile = z.object({
  _comment: z.string().optional(),
  columns: z.object(Object.fromEntries(ROW_FIELDS.map((f) => [f, Words])) as Record<RowField, typeof Words>),
  placeholders: Words,
  title: z.object({
    _comment: z.string().optional(),
    sites: z.array(z.object({ name: z.string().min(1), sections: z.boolean() })),
    separators: Words,
    prefixes: Words,
  }),
  authors: z.object({
    _comment: z.string().optional(),
    authoringLabelWords: Words,
    photoLabelWords: Words,
    creditLabelWords: Words,
    sourceWords: Words,
    rolePrefixes: Words,
    roleSuffixes: Words,
    agencies: Words,
    outletWords: Words,
    noPerson: Words,
    surnames: Words,
    neverLast: Words,
  }),
  content: z.object({
    _comment: z.string().optional(),
    creditMarkers: Words,
    /** capitalised words that open the next sentence after a credited name ("Ảnh: X Ông Y, …") */
    creditNameStops: Words.default([]),
    chromeCues: Words,
    trailingSourceCues: Words,
    noBreakAfter: Words,
    bulletStarts: Words,
    footerCues: Words,
    datelinePattern: z.string(),
  }),
});

export const ClassifyFile = z.object({
  _comment: z.string().optional(),
  url: z.object({
    listingPathSegments: Words,
    listingPathPatterns: Words,
    socialHosts: Words,
    encyclopediaHosts: Words,
    aggregatorHosts: Words,
    sectionMaxSegments: z.number().int().positive(),
    sectionMaxSlugWords: z.number().int().positive(),
    sectionMaxTopSlugWords: z.number().int().positive(),
    articleIdDigits: z.number().int().positive(),
  }),
  titleListingCues: Words,
  titleListingPatterns: Words,
  blockCues: Words,
  encyclopediaCues: Words,
  encyclopediaTitleCues: Words,
  socialCues: Words,
  aggregatorCues: Words,
  listingLineCues: Words,
  relativeTimePattern: z.string(),
  durationPattern: z.string(),
  weights: z.object({
    sectionUrl: z.number(),
    linkList: z.number(),
    stampRun: z.number(),
    listingTitle: z.number(),
    threshold: z.number(),
    thresholdWithoutDate: z.number(),
  }),
  thresholds: z.object({
    minArticleWords: z.number().int().positive(),
    minSentenceWords: z.number().int().positive(),
    listingShortLineShare: z.number().min(0).max(1),
    listingMinLines: z.number().int().positive(),
    listingMaxSentenceWords: z.number().int().positive(),
    stampRunMin: z.number().int().positive(),
  }),
});

export interface AuthorRules {
  /** credit labels ("Tin, ảnh:", "Ảnh và clip:"); group 1 = the label words */
  label: RegExp;
  /** true when a label (lower-cased) names an authoring role */
  isAuthoringLabel: (label: string) => boolean;
  /** true when a label (lower-cased) credits photos ("ảnh", "tin, ảnh") */
  isPhotoLabel: (label: string) => boolean;
  /** "Theo"/"Nguồn" as a word */
  source: RegExp;
  rolePrefix: RegExp;
  roleSuffix: RegExp;
  agencies: Set<string>;
  outletStart: RegExp;
  noPerson: Set<string>;
  surnames: Set<string>;
  neverLast: Set<string>;
}

export interface ContentRules {
  /** "Ảnh: X", "(Ảnh: X)", "Video: X" ending a caption; group 1 = marker */
  credit: RegExp;
  /** the first word of every credit marker: text holding none of them holds no credit */
  creditFirstWords: string[];
  /** "Ảnh: An Phương Ông Nguyễn Văn B, …": words that end the credited name before them */
  creditNameStops: Set<string>;
  chrome: PhraseSet;
  trailingSource: RegExp;
  /** abbreviations after which a full stop does not end a sentence ("TP. HCM", "ThS. Lan") */
  noBreakAfter: Set<string>;
  /** a sentence opening with one of these is a related-article link ("» Giá vàng…") */
  bullet: RegExp;
  /** the page footer starts here: everything after it is chrome ("Bản quyền thuộc…") */
  footer: PhraseSet;
  /** the footer cues that are not chrome cues: all a sentence with no chrome cue can hold */
  footerOnly: PhraseSet;
  /** a date line the content opens with ("Thứ 7, 17/02/2024 | 07:38") */
  dateline: RegExp;
}

export interface ClassifyRules {
  listingSegments: Set<string>;
  listingPath: RegExp | null;
  socialHosts: string[];
  encyclopediaHosts: string[];
  aggregatorHosts: string[];
  /** the host part of each entry of the lists above (before any "/path") */
  socialHostNames: string[];
  encyclopediaHostNames: string[];
  aggregatorHostNames: string[];
  sectionMaxSegments: number;
  sectionMaxSlugWords: number;
  sectionMaxTopSlugWords: number;
  articleId: RegExp;
  titleListing: { test(s: string): boolean };
  block: PhraseSet;
  encyclopedia: PhraseSet;
  encyclopediaTitle: PhraseSet;
  social: PhraseSet;
  aggregator: PhraseSet;
  listingLine: PhraseSet;
  relativeTime: RegExp;
  duration: RegExp;
  t: z.output<typeof ClassifyFile>['thresholds'];
  w: z.output<typeof ClassifyFile>['weights'];
}

export interface KeyMatcher {
  /** the key a line opens with, and where its value starts; null for other lines */
  match(line: string): { key: string; valueStart: number } | null;
}

export interface RowRules {
  /** folded column name → field */
  columnOf: Map<string, RowField>;
  /** key-value lines: "Title: …", "Published Date: …", also the glued "AuthorSong Ngư" */
  kvKey: KeyMatcher;
  placeholders: Set<string>;
  titleSuffix: RegExp | null;
  titlePrefix: RegExp | null;
  authors: AuthorRules;
  content: ContentRules;
  classify: ClassifyRules;
}

// a dump repeats the same few column names on every row: their keys are kept (a pure
// function of the name; the memo is dropped whole if it ever grows large)
const foldedColumns = new Map<string, string>();

/** column-name comparison key: lower case, no diacritics, "_"/"-"/spaces folded */
export function foldColumn(name: string): string {
  let k = foldedColumns.get(name);
  if (k === undefined) {
    if (foldedColumns.size >= 4096) foldedColumns.clear();
    k = foldColumnNow(name);
    foldedColumns.set(name, k);
  }
  return k;
}

function foldColumnNow(name: string): string {
  return stripDiacritics(name.normalize('NFC'))
    .toLowerCase()
    .replace(/^\ufeff/, '')
    .replace(/[_\-\s.]+/g, ' ')
    .trim();
}

/** a cue as PhraseSet compares it: trimmed, single-spaced, lower case */
const phraseKey = (p: string): string => p.trim().replace(/\s+/g, ' ').toLowerCase();

/** alternation of literal phrases, longest first, spaces matching any run of spaces */
export function phraseAlternation(words: string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w.trim()).replace(/\s+/g, '\\s+'))
    .join('|');
}

const L = '\\p{L}\\p{M}';


function compileColumns(f: z.output<typeof ColumnsFile>): Omit<RowRules, 'classify'> {
  const columnOf = new Map<string, RowField>();
  for (const field of ROW_FIELDS) for (const name of f.columns[field]) if (!columnOf.has(foldColumn(name))) columnOf.set(foldColumn(name), field);

  // key-value keys: every column name spelled as a key, at the start of a line
  const keys = ROW_FIELDS.flatMap((fl) => f.columns[fl]).filter((k) => /^[\p{L}][\p{L} _]*$/u.test(k));
  const withColon = new RegExp(`^[ \\t]*(${phraseAlternation(keys)})[ \\t]*:[ \\t]?`, 'iu');
  // the colon lost ("AuthorSong Ngư"): only a capitalised key glued to a capitalised value, matched
  // case-sensitively so "Authors" cannot swallow the value's first letter
  const capitalised = keys.map((k) => k[0]!.toUpperCase() + k.slice(1));
  const glued = new RegExp(`^[ \\t]*(${phraseAlternation(capitalised)})(?=\\p{Lu}\\p{Ll})`, 'u');
  const kvKey: KeyMatcher = {
    match(line) {
      const m = withColon.exec(line) ?? glued.exec(line);
      return m ? { key: m[1]!, valueStart: m[0].length } : null;
    },
  };

  const sep = `(?:${f.title.separators.map((s) => escapeRegExp(s).replace(/ /g, '\\s+')).join('|')})`;
  const plain = f.title.sites.filter((s) => !s.sections).map((s) => s.name);
  const withSections = f.title.sites.filter((s) => s.sections).map((s) => s.name);
  const siteAlt = [
    plain.length ? `(?:${phraseAlternation(plain)})` : null,
    withSections.length ? `(?:${phraseAlternation(withSections)})(?:\\s+[\\p{L}][\\p{L}\\p{M}]*){0,3}` : null,
  ]
    .filter(Boolean)
    .join('|');
  // site names are matched as capitalised ("Thanh Niên" the paper, not "thanh niên" the word)
  const titleSuffix = siteAlt ? new RegExp(`(?:${sep}(?:${siteAlt}))+\\s*$`, 'u') : null;
  const titlePrefix = f.title.prefixes.length ? new RegExp(`^(?:${phraseAlternation(f.title.prefixes.map((p) => p.trim()))})\\s*`, 'iu') : null;

  const a = f.authors;
  const labelWords = phraseAlternation([...new Set([...a.authoringLabelWords, ...a.photoLabelWords, ...a.creditLabelWords])]);
  const label = new RegExp(`((?:${labelWords})(?:(?:\\s*(?:,|-|–|&|\\+|\\/)\\s*|\\s+và\\s+|\\s+)(?:${labelWords}))*)\\s*:`, 'giu');
  const authoring = new RegExp(`(?<![${L}])(?:${phraseAlternation(a.authoringLabelWords)})(?![${L}])`, 'iu');
  const photo = new RegExp(`(?<![${L}])(?:${phraseAlternation(a.photoLabelWords)})(?![${L}])`, 'iu');
  const authors: AuthorRules = {
    label,
    isAuthoringLabel: (l) => authoring.test(l),
    isPhotoLabel: (l) => photo.test(l),
    source: new RegExp(`(?<![${L}])(?:${phraseAlternation(a.sourceWords)})(?![${L}])\\s*:?`, 'iu'),
    rolePrefix: new RegExp(`^(?:(?:${phraseAlternation(a.rolePrefixes)})(?:\\s*[:.,]\\s*|\\s+))+(?=\\p{Lu})`, 'u'),
    // a suffix is a word of its own: "(th)" ends "Minh Anh (th)", not "Philip Jones Griffith"
    roleSuffix: new RegExp(`(?:\\s*[-–,(]?\\s*(?<![${L}])(?:${phraseAlternation(a.roleSuffixes)})\\s*\\)?\\.?)+$`, 'iu'),
    agencies: new Set(a.agencies.map((x) => x.toLowerCase())),
    outletStart: new RegExp(`^(?:${phraseAlternation(a.outletWords)})(?![${L}])`, 'u'),
    noPerson: new Set(a.noPerson.map((x) => x.toLowerCase())),
    surnames: new Set(a.surnames),
    neverLast: new Set(a.neverLast),
  };

  const c = f.content;
  const content: ContentRules = {
    credit: new RegExp(`(?:^|(?<=[\\s.,;!?)"”'])|(?<=[\\p{Ll}\\d]))\\(?\\s*(${phraseAlternation(c.creditMarkers)})\\s*:`, 'gu'),
    creditFirstWords: [...new Set(c.creditMarkers.map((m) => m.trim().split(/\s+/)[0]!))],
    creditNameStops: new Set(c.creditNameStops),
    chrome: new PhraseSet(c.chromeCues),
    trailingSource: new RegExp(`^(?:${phraseAlternation(c.trailingSourceCues)})\\s*:?\\s*$`, 'iu'),
    noBreakAfter: new Set(c.noBreakAfter),
    bullet: new RegExp(`^\\s*(?:${c.bulletStarts.map(escapeRegExp).join('|')})`, 'u'),
    footer: new PhraseSet(c.footerCues),
    footerOnly: new PhraseSet(c.footerCues.filter((f) => !c.chromeCues.some((x) => phraseKey(x) === phraseKey(f)))),
    dateline: new RegExp(c.datelinePattern, 'iu'),
  };

  return {
    columnOf,
    kvKey,
    placeholders: new Set(f.placeholders.map((p) => p.toLowerCase())),
    titleSuffix,
    titlePrefix,
    authors,
    content,
  };
}

function titleListing(f: z.output<typeof ClassifyFile>): { test(s: string): boolean } {
  const phrases = new PhraseSet(f.titleListingCues);
  const patterns = f.titleListingPatterns.length ? new RegExp(f.titleListingPatterns.join('|'), 'iu') : null;
  return { test: (s) => phrases.test(s) || (!!patterns && patterns.test(s)) };
}

function compileClassify(f: z.output<typeof ClassifyFile>): ClassifyRules {
  return {
    listingSegments: new Set(f.url.listingPathSegments.map((s) => s.toLowerCase())),
    listingPath: f.url.listingPathPatterns.length ? new RegExp(f.url.listingPathPatterns.join('|'), 'i') : null,
    socialHosts: f.url.socialHosts.map((h) => h.toLowerCase()),
    encyclopediaHosts: f.url.encyclopediaHosts.map((h) => h.toLowerCase()),
    aggregatorHosts: f.url.aggregatorHosts.map((h) => h.toLowerCase()),
    socialHostNames: f.url.socialHosts.map((h) => h.toLowerCase().split('/')[0]!),
    encyclopediaHostNames: f.url.encyclopediaHosts.map((h) => h.toLowerCase().split('/')[0]!),
    aggregatorHostNames: f.url.aggregatorHosts.map((h) => h.toLowerCase().split('/')[0]!),
    sectionMaxSegments: f.url.sectionMaxSegments,
    sectionMaxSlugWords: f.url.sectionMaxSlugWords,
    sectionMaxTopSlugWords: f.url.sectionMaxTopSlugWords,
    articleId: new RegExp(`\\d{${f.url.articleIdDigits},}`),
    titleListing: titleListing(f),
    block: new PhraseSet(f.blockCues),
    encyclopedia: new PhraseSet(f.encyclopediaCues),
    encyclopediaTitle: new PhraseSet(f.encyclopediaTitleCues),
    social: new PhraseSet(f.socialCues),
    aggregator: new PhraseSet(f.aggregatorCues),
    listingLine: new PhraseSet(f.listingLineCues),
    relativeTime: new RegExp(f.relativeTimePattern, 'giu'),
    duration: new RegExp(f.durationPattern, 'g'),
    t: f.thresholds,
    w: f.weights,
  };
}

export function loadRowRules(dir: string): RowRules {
  const columns = compileColumns(readRuleFile(dir, 'columns.json', ColumnsFile));
  const classify = compileClassify(readRuleFile(dir, 'classify.json', ClassifyFile));
  return { ...columns, classify };
}
