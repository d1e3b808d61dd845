import { z } from 'zod';
import { readRuleFile } from '../../rules/load.js';
import { foldKey } from '../../normalise/text.js';
import { PhraseSet } from '../figures/words.js';
import { StartFinder, type Alternative } from '../figures/starts.js';

/** rules/documents.json: document kinds, their number codes, and the words around citations */
export const DocumentRulesFile = z.object({
  $comment: z.string().optional(),
  kinds: z.array(
    z.object({
      kind: z.string().min(1),
      names: z.array(z.string().min(1)).min(1),
      codes: z.array(z.string()),
    }),
  ),
  titled: z.array(z.string().min(1)),
  nameOnly: z.array(z.string().min(1)),
  titleJoins: z.array(z.string().min(1)),
  quotedTitle: z.array(z.string().min(1)),
  abbreviations: z.record(z.string().min(1), z.object({ kind: z.string().min(1), name: z.string().min(1) })),
  numberWords: z.array(z.string().min(1)),
  dateWords: z.array(z.string().min(1)),
  issuerWords: z.array(z.string().min(1)),
  issuerLower: z.array(z.string().min(1)),
  issuerStops: z.array(z.string().min(1)),
  titleStops: z.array(z.string().min(1)),
  notTitle: z.array(z.string().min(1)),
  notTitleBefore: z.array(z.string().min(1)),
  listCues: z.array(z.string().min(1)),
  listLinks: z.array(z.string().min(1)),
  maxTitleWords: z.number().int().positive(),
  plainNumberFollowers: z.array(z.string().min(1)),
  /** words that may stand between a kind and its number: "công văn khẩn số …" */
  kindQualifiers: z.array(z.string().min(1)).default([]),
  /** "Luật sửa đổi, bổ sung … của Luật X số N": the amending law owns the number */
  amendCues: z.array(z.string().min(1)).default([]),
  /** kinds that may be cited without a number by issuer and subject ("Nghị quyết của Bộ Chính trị về …") */
  subjectTitled: z.array(z.string().min(1)).default([]),
  /** bodies whose numbered plenums name a resolution: "Nghị quyết Trung ương 8" */
  plenumBodies: z.array(z.string().min(1)).default([]),
  /** where the subject of such a resolution ends: "… về tài nguyên nước và thực hiện …" */
  subjectStops: z.array(z.string().min(1)).default([]),
  /** quoted-title kinds that may also be named by a capitalised title without quotes */
  capitalTitled: z.array(z.string().min(1)).default([]),
  /** kinds cited by a proper name in capitals right after the kind ('Hiệp định Paris', 'Công ước Vienna', 'Hiệp ước New START') */
  properNamed: z.array(z.string().min(1)).default([]),
  /** words that end such a proper name ('Hiệp định Paris về …') */
  properNameStops: z.array(z.string().min(1)).default([]),
  /** words that open a body's name, not a title: "Đề án Sở Nội vụ trình …" */
  bodyHeads: z.array(z.string().min(1)).default([]),
});

export interface DocumentRules {
  /** any written name of a kind, lower-cased → canonical kind */
  kindByName: Map<string, string>;
  /** code letters ("QĐ", "NQ", "NĐ") → canonical kind */
  kindByCode: Map<string, string>;
  titled: Set<string>;
  /** kinds that name one document on their own, with an optional year ("Hiến pháp năm 2013") */
  nameOnly: Set<string>;
  /** joins inside a title, kept when a capitalised word follows ("Luật Hôn nhân và Gia đình") */
  titleJoins: PhraseSet;
  quotedTitle: Set<string>;
  /** "BLDS" → { kind "Bộ luật", name "Bộ luật Dân sự" } */
  abbreviations: Map<string, { kind: string; name: string }>;
  /** folded full name → folded short name, so "Bộ luật Dân sự" and "BLDS" are one document */
  titleAlias: Map<string, string>;
  /** canonical kind of a list cue ("các luật" → "Luật") */
  listKind: Map<string, string>;
  numberWords: PhraseSet;
  dateWords: PhraseSet;
  issuerWords: PhraseSet;
  issuerLower: PhraseSet;
  /** every kind name ("chỉ thị", "nghị quyết liên tịch"), lower-cased: an issuer ends before "và" + one */
  kindNames: PhraseSet;
  issuerStops: PhraseSet;
  titleStops: PhraseSet;
  notTitle: PhraseSet;
  notTitleBefore: PhraseSet;
  listLinks: PhraseSet;
  maxTitleWords: number;
  /** what may follow a plain number written without "số" ("Kết luận 120 của …", "Nghị quyết 57 về …") */
  plainNumberFollowers: PhraseSet;
  kindQualifiers: PhraseSet;
  amendCues: PhraseSet;
  subjectTitled: Set<string>;
  plenumBodies: PhraseSet;
  subjectStops: PhraseSet;
  capitalTitled: Set<string>;
  properNamed: Set<string>;
  properNameStops: PhraseSet;
  bodyHeads: PhraseSet;
  /**
   * What may open a citation at a word start, in this order: a list cue, a kind word
   * (either case of the first letter), a short code name ("BLDS"); longest first in each.
   */
  starts: StartFinder;
  /** for each of `starts`: 0 list cue, 1 kind word, 2 short name */
  startGroups: Uint8Array;
  /** sticky: the opening of a bare number code at a digit ("686-QĐ/TU", "30/2020/NĐ-CP") */
  codeStart: RegExp;
}

const low = (s: string) => s.normalize('NFC').toLowerCase();
const byLength = (a: string, b: string) => b.length - a.length;

export function compileDocumentRules(f: z.output<typeof DocumentRulesFile>): DocumentRules {
  const kindByName = new Map<string, string>();
  const kindByCode = new Map<string, string>();
  for (const k of f.kinds) {
    for (const n of k.names) kindByName.set(low(n), k.kind);
    for (const c of k.codes) {
      const first = c.split(/[-/]/)[0]!;
      if (!kindByCode.has(first)) kindByCode.set(first, k.kind);
    }
  }
  const listKind = new Map<string, string>();
  for (const cue of f.listCues) listKind.set(low(cue), low(cue).includes('bộ luật') ? 'Bộ luật' : 'Luật');

  // One walk over the text finds every place a citation may start; the phrases are
  // compared only at word starts that open with one of their first letters. Word
  // boundaries are checked by the caller.
  const sorted = (xs: string[]) => [...xs].sort(byLength);
  const alternatives: Alternative[] = [];
  const groups: number[] = [];
  const add = (xs: string[], group: number, eitherCase: boolean) => {
    for (const text of xs) {
      alternatives.push({ text, eitherCase });
      groups.push(group);
    }
  };
  add(sorted(f.listCues.map(low)), 0, true);
  add(sorted([...kindByName.keys()]), 1, true);
  add(sorted(Object.keys(f.abbreviations)), 2, false);
  // the opening of a number code: digits, an optional /year, a dash or slash, a capital
  // ("686-QĐ/TU", "30/2020/NĐ-CP", "1234/QĐ-UBND"); the whole token is checked later
  const code = '[0-9]{1,5}(?:-[0-9]{1,3})?(?:\\/[0-9]{4})?[-/][A-ZĐ]';
  const codeStart = new RegExp(code, 'y');
  return {
    kindByName,
    kindByCode,
    titled: new Set(f.titled.map(low)),
    nameOnly: new Set(f.nameOnly.map(low)),
    titleJoins: new PhraseSet(f.titleJoins),
    quotedTitle: new Set(f.quotedTitle.map(low)),
    abbreviations: new Map(Object.entries(f.abbreviations)),
    titleAlias: new Map(Object.entries(f.abbreviations).map(([short, a]) => [foldKey(a.name), foldKey(short)])),
    listKind,
    numberWords: new PhraseSet(f.numberWords),
    dateWords: new PhraseSet(f.dateWords),
    issuerWords: new PhraseSet(f.issuerWords),
    issuerLower: new PhraseSet(f.issuerLower),
    kindNames: new PhraseSet(kindByName.keys()),
    issuerStops: new PhraseSet(f.issuerStops),
    titleStops: new PhraseSet(f.titleStops),
    notTitle: new PhraseSet(f.notTitle),
    notTitleBefore: new PhraseSet(f.notTitleBefore),
    listLinks: new PhraseSet(f.listLinks),
    maxTitleWords: f.maxTitleWords,
    plainNumberFollowers: new PhraseSet(f.plainNumberFollowers),
    starts: new StartFinder(alternatives, { digitsInWords: false, extra: code }),
    startGroups: Uint8Array.from(groups),
    codeStart,
    kindQualifiers: new PhraseSet(f.kindQualifiers),
    amendCues: new PhraseSet(f.amendCues),
    subjectTitled: new Set(f.subjectTitled.map(low)),
    plenumBodies: new PhraseSet(f.plenumBodies),
    subjectStops: new PhraseSet(f.subjectStops),
    capitalTitled: new Set(f.capitalTitled.map(low)),
    properNamed: new Set(f.properNamed.map(low)),
    properNameStops: new PhraseSet(f.properNameStops),
    bodyHeads: new PhraseSet(f.bodyHeads),
  };
}

export function loadDocumentRules(dir: string): DocumentRules {
  return compileDocumentRules(readRuleFile(dir, 'documents.json', DocumentRulesFile));
}
