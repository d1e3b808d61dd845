import { z } from 'zod';
import { readRuleFile, escapeRegExp } from '../../rules/load.js';
import { foldKey } from '../../normalise/text.js';
import { NamesFile } from '../people/rules.js';
import { PlaceRulesFile } from '../places/rules.js';

/** rules/boilerplate.json: page furniture (navigation, widgets, comment forms, debris). */
export const BoilerplateFile = z.object({
  $comment: z.string().optional(),
  lines: z.array(z.string().min(1)),
  linePatterns: z.array(z.string().min(1)),
  widgetSuffixes: z.array(z.string().min(1)),
  sectionEnders: z.array(z.string().min(1)),
  debris: z.array(z.string().min(1)),
  titleLabels: z.array(z.string().min(1)).default([]),
  siteNameStarts: z.array(z.string().min(1)).default([]),
  siteNameEnds: z.array(z.string().min(1)).default([]),
});

/** rules/bylines.json: how pages credit authors and photographers. */
export const BylinesFile = z.object({
  $comment: z.string().optional(),
  labels: z.array(z.object({ label: z.string().min(1), author: z.boolean(), photo: z.boolean() })).min(1),
  agencies: z.array(z.string().min(1)),
  sourcePrefixes: z.array(z.string().min(1)),
  groupCredits: z.array(z.string().min(1)),
  nameParticles: z.array(z.string().min(1)),
  notNames: z.array(z.string().min(1)),
  notAgencyTags: z.array(z.string().min(1)).default([]),
  sourceWords: z.array(z.string().min(1)).default([]),
  namePrefixes: z.array(z.string().min(1)).default([]),
  remarks: z.array(z.string().min(1)).default([]),
  gluedNameNotAfter: z.array(z.string().min(1)).default([]),
});

/** rules/captions.json: photo captions and their credits. */
export const CaptionsFile = z.object({
  $comment: z.string().optional(),
  creditLabels: z.array(z.string().min(1)).min(1),
  notCredits: z.array(z.string().min(1)),
  endMarks: z.array(z.string().min(1)).default([]),
  starts: z.array(z.string().min(1)),
  maxCaptionLength: z.number().int().positive(),
  maxHeadingWords: z.number().int().positive(),
});

export interface LabelRole {
  author: boolean;
  photo: boolean;
}

export interface StructureRules {
  /** whole lines that are furniture, as lineKey() */
  boilerLines: Set<string>;
  /** whole-line furniture patterns, one alternation */
  boilerPattern: RegExp | null;
  /** a widget glued to the end of a line ("… [GMT +7] A A") */
  widgetSuffix: RegExp | null;
  sectionEnders: Set<string>;
  debris: Set<string>;
  /** a line that is only a publication's name: group 1 = the capitalised name part */
  siteNameLine: RegExp | null;
  /** "Video | …": a media label opening a metadata title */
  titleLabel: RegExp | null;
  /** the longest furniture line (+ room for punctuation): longer lines need no lookup */
  maxFurnitureLength: number;
  /** byline labels, lineKey() → role */
  labels: Map<string, LabelRole>;
  /** finds "<label>:" inside a byline: group 1 = the label */
  labelRe: RegExp;
  /** agencies and desk credits, foldKey → as written in the rules */
  agencies: Map<string, string>;
  /** "Theo …", "Nguồn: …" opening a credit */
  sourcePrefix: RegExp;
  groupCredits: Set<string>;
  nameParticles: Set<string>;
  notNames: Set<string>;
  notAgencyTags: Set<string>;
  /** "TS. ", "Đại tá " before an author's name: group-free prefix, cut before the name check */
  namePrefix: RegExp | null;
  /** lower-case words allowed inside an outlet name in a source credit */
  sourceWords: Set<string>;
  /** a bracketed note after a name saying what the writer did ("(tổng hợp)", "(Dịch)", "(ghi)"), foldKey */
  remarks: Set<string>;
  /** lower-case words after which a name ending a one-line body belongs to its sentence */
  gluedNameNotAfter: Set<string>;
  /** a multi-word remark printed without brackets at the end ("An Bình Tổng hợp", "X - tổng hợp") */
  trailingRemark: RegExp | null;
  /** "Name Theo Reuters": a source credit after the names; group 1 = the sources */
  midSource: RegExp;
  /** place and country names (foldKey): a byline "name" that is one of them is a place */
  placeNames: Set<string>;
  /** words whose final "." is an abbreviation, not a sentence end ("TP.", "TS.", "GS."), foldKey */
  dotAbbreviations: Set<string>;
  /** the photo credit ending a caption: group 1 = the credit */
  captionCredit: RegExp;
  notCredit: RegExp | null;
  captionStart: RegExp | null;
  /** a photo mark that ends a caption line without crediting anyone: "… Ảnh minh họa", "(ảnh TL)" */
  captionEndMark: RegExp | null;
  maxCaptionLength: number;
  maxHeadingWords: number;
}

/** Key for comparing whole lines: folded case/tones, no trailing punctuation or spaces. */
export function lineKey(s: string): string {
  return foldKey(s).replace(/[\s.,:;!?…]+$/u, '');
}

const alt = (words: readonly string[]) =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w.normalize('NFC')).replace(/ +/g, '\\s*'))
    .join('|');

function compileOrThrow(source: string, flags: string, file: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (e) {
    throw new Error(`rules/${file}: bad pattern ${source}: ${(e as Error).message}`);
  }
}

export function compileStructureRules(
  b: z.output<typeof BoilerplateFile>,
  y: z.output<typeof BylinesFile>,
  c: z.output<typeof CaptionsFile>,
  places: readonly string[] = [],
): StructureRules {
  const multiRemarks = y.remarks.filter((w) => w.trim().includes(' '));
  for (const p of b.linePatterns) compileOrThrow(p, 'iu', 'boilerplate.json');
  const labelAlt = alt(y.labels.map((l) => l.label));
  return {
    boilerLines: new Set(b.lines.map(lineKey).filter(Boolean)),
    boilerPattern: b.linePatterns.length ? compileOrThrow(b.linePatterns.map((p) => `(?:${p})`).join('|'), 'iu', 'boilerplate.json') : null,
    widgetSuffix: b.widgetSuffixes.length ? new RegExp(`(?:\\s+|^)(?:${alt(b.widgetSuffixes)})\\s*$`, 'u') : null,
    sectionEnders: new Set(b.sectionEnders.map(lineKey)),
    debris: new Set(b.debris.map(lineKey)),
    siteNameLine: b.siteNameStarts.length
      ? new RegExp(`^(?:${alt(b.siteNameStarts)})\\s+(.{2,60}?)(?:\\s+(?:${alt(b.siteNameEnds.length ? b.siteNameEnds : ['online'])}))?$`, 'iu')
      : null,
    titleLabel: b.titleLabels.length ? new RegExp(`^(?:${alt(b.titleLabels)})\\s*[|:]\\s+`, 'iu') : null,
    maxFurnitureLength: Math.max(...[...b.lines, ...b.sectionEnders, ...b.debris].map((l) => l.length)) + 8,
    labels: new Map(y.labels.map((l) => [lineKey(l.label).replace(/\s+/g, ''), { author: l.author, photo: l.photo }])),
    // a label opens the byline or follows a separator; the colon is required
    labelRe: new RegExp(`(?:^|(?<=[\\s;,.|/(–—-]))(${labelAlt})\\s*:\\s*`, 'giu'),
    agencies: new Map(y.agencies.map((a) => [foldKey(a), a])),
    sourcePrefix: new RegExp(`^(?:${alt(y.sourcePrefixes)})(?:\\s*:\\s*|\\s+)`, 'iu'),
    groupCredits: new Set(y.groupCredits.map(foldKey)),
    nameParticles: new Set(y.nameParticles.map((w) => w.toLowerCase())),
    notNames: new Set(y.notNames.map(foldKey)),
    notAgencyTags: new Set(y.notAgencyTags.map(foldKey)),
    sourceWords: new Set(y.sourceWords.map(foldKey)),
    remarks: new Set(y.remarks.map(foldKey)),
    gluedNameNotAfter: new Set(y.gluedNameNotAfter.map((w) => w.toLowerCase())),
    trailingRemark: multiRemarks.length ? new RegExp(`(?:\\s+[-–—])?\\s+(?:${alt(multiRemarks)})$`, 'iu') : null,
    // capitalised only: a lower-case "theo" after a name is a verb ("Lan Chi theo dõi")
    midSource: new RegExp(`\\s+(?:${alt(y.sourcePrefixes.map((p) => p[0]!.toUpperCase() + p.slice(1)))})(?:\\s*:\\s*|\\s+)(\\S.*)$`, 'u'),
    placeNames: new Set(places.map(foldKey)),
    dotAbbreviations: new Set([...y.namePrefixes, ...y.notAgencyTags].map((w) => foldKey(w.replace(/\.$/u, '')))),
    namePrefix: y.namePrefixes.length ? new RegExp(`^(?:${alt(y.namePrefixes)})\\.?\\s+(?=[\\p{L}])`, 'iu') : null,
    captionCredit: new RegExp(
      `(?<=^|[\\s.,;–—-])\\(?\\s*(?:${alt(c.creditLabels)})\\s*:\\s*([^():\\n]{1,80}?)\\s*\\)?\\s*\\.?\\s*$`,
      'iu',
    ),
    notCredit: c.notCredits.length ? new RegExp(`^(?:${alt(c.notCredits)})`, 'iu') : null,
    captionEndMark: c.endMarks.length ? new RegExp(`(?<=^|[\\s.,;–—-])\\(?\\s*(?:${alt(c.endMarks)})\\s*\\)?\\s*\\.?\\s*$`, 'iu') : null,
    captionStart: c.starts.length ? new RegExp(`^(?:${alt(c.starts)})(?![\\p{L}\\p{N}])`, 'u') : null,
    maxCaptionLength: c.maxCaptionLength,
    maxHeadingWords: c.maxHeadingWords,
  };
}

export function loadStructureRules(dir: string): StructureRules {
  return compileStructureRules(
    readRuleFile(dir, 'boilerplate.json', BoilerplateFile),
    readRuleFile(dir, 'bylines.json', BylinesFile),
    readRuleFile(dir, 'captions.json', CaptionsFile),
    placeList(dir),
  );
}

/**
 * The place names a trailing byline must not be: places and countries of rules/names.json,
 * provinces and their aliases of rules/places.json (read through their owners' schemas).
 */
function placeList(dir: string): string[] {
  const n = readRuleFile(dir, 'names.json', NamesFile);
  const p = readRuleFile(dir, 'places.json', PlaceRulesFile);
  return [...n.places, ...n.countries, ...p.provinces.flatMap((x) => [x.name, ...x.aliases])];
}
