import { z } from 'zod';
import { readRuleFile, escapeRegExp, RulesError } from '../../rules/load.js';
import { compileSelector, SelectorError, selectorProblem, type CompiledSelector } from './selector.js';
import { foldKey } from '../../normalise/text.js';

/**
 * rules/outlets.json: one profile per publisher (fundus-style: mostly data) plus the
 * generic cues the HTML parser uses on sites it has no profile for.
 *
 * A profile names the outlet, its domains, the agency tag(s) its leads open with
 * ("(PLO)-", "LSO-") and, only where the layout is known, CSS selectors for the parts
 * of an article page. Selectors are optional: the generic extractor handles the rest.
 */

/**
 * A CSS selector list that css-select (cheerio's engine) compiles; checked when the rules
 * load, so a selector a user wrote wrong is a rules error naming it, never a silent miss.
 */
const Css = z.string().superRefine((s, ctx) => {
  const why = s.trim() ? selectorProblem(s) : null;
  if (why) ctx.addIssue({ code: 'custom', message: `not a CSS selector css-select can compile: ${why}` });
});

const Selectors = z
  .object({
    /** the element holding the article body paragraphs */
    body: Css.optional(),
    title: Css.optional(),
    /** the sapo / description paragraph */
    lead: Css.optional(),
    byline: Css.optional(),
    /** the visible publication date of the article (not the site's header clock) */
    dateline: Css.optional(),
    kicker: Css.optional(),
    caption: Css.optional(),
    /** subtrees never read (related boxes, players, widgets) */
    drop: Css.optional(),
  })
  .strict();

const Outlet = z
  .object({
    name: z.string().min(1),
    domains: z.array(z.string().min(3)).default([]),
    /** other names the outlet goes by (og:site_name, Source: columns, footers) */
    aliases: z.array(z.string().min(1)).default([]),
    /** lead source tags: "PLO" from "(PLO)-", "LSO" from "LSO-" */
    agencyCodes: z.array(z.string().min(1)).default([]),
    /** false for wire services whose tag appears in every paper (TTXVN) */
    tagImpliesOutlet: z.boolean().default(true),
    selectors: Selectors.optional(),
    note: z.string().optional(),
  })
  .strict();

const Generic = z
  .object({
    /** elements whose subtree is never article text */
    dropTags: z.array(z.string().min(1)),
    /** class/id words of boxes that are never article text (related, share, comments…) */
    boilerplateClassWords: z.array(z.string().min(2)),
    /** stems that mark boilerplate even inside a longer class word ("kbwscwl-relatedbox", "boxComment") */
    boilerplateClassStems: z.array(z.string().min(4)).default([]),
    /** class/id words of page furniture dropped unless it holds the article body */
    weakBoilerplateClassWords: z.array(z.string().min(2)),
    leadClassWords: z.array(z.string().min(2)),
    bylineClassWords: z.array(z.string().min(2)),
    datelineClassWords: z.array(z.string().min(2)),
    captionClassWords: z.array(z.string().min(2)),
    /** class words of a picture's wrapper (<div class="image"><img><p>caption</p></div>): its short text is the caption */
    pictureClassWords: z.array(z.string().min(2)).default([]),
    kickerClassWords: z.array(z.string().min(2)),
    titleClassWords: z.array(z.string().min(2)),
    /** whole blocks that are widget text ("Nam miền Bắc", "0:00", "Chia sẻ") */
    dropTextExact: z.array(z.string().min(1)),
    /** blocks opening with these are widget/related text ("Xem thêm:", ">>") */
    dropTextPrefix: z.array(z.string().min(1)),
    /** a heading/line with this text introduces a related-links list */
    relatedMarkers: z.array(z.string().min(2)),
    /** a short closing line opening with one of these is a byline ("Tin, ảnh:", "Theo") */
    bylineCues: z.array(z.string().min(1)),
    /** separators between a page <title> and the site name ("Headline - VnExpress") */
    titleSeparators: z.array(z.string().min(1)),
    /** CMS account names a page's metadata gives as its author ("Super User", "admin"): no byline */
    cmsAccountNames: z.array(z.string().min(2)).default([]),
  })
  .strict();

export const OutletRulesFile = z
  .object({
    $comment: z.string().optional(),
    generic: Generic,
    outlets: z.array(Outlet),
  })
  .strict();

export type OutletSelectors = z.output<typeof Selectors>;
export type SelectorRole = keyof OutletSelectors;
export const SELECTOR_ROLES: SelectorRole[] = ['body', 'title', 'lead', 'byline', 'dateline', 'kicker', 'caption', 'drop'];
/** A profile's selectors, compiled once. */
export type CompiledSelectors = Partial<Record<SelectorRole, CompiledSelector>>;

export interface OutletProfile {
  name: string;
  domains: string[];
  aliases: string[];
  agencyCodes: string[];
  tagImpliesOutlet: boolean;
  selectors: CompiledSelectors | null;
}

/** Bits of the class-word map: what a class/id word says about its element. */
export const CW = {
  boilerplate: 1,
  weak: 2,
  lead: 4,
  byline: 8,
  dateline: 16,
  caption: 32,
  kicker: 64,
  title: 128,
  picture: 256,
} as const;

/** The generic cues, compiled once into matchers. */
export interface GenericHtmlRules {
  dropTags: Set<string>;
  /** class/id word (its parts joined by "-", lower case) → CW bits */
  classWords: Map<string, number>;
  /** the longest class word, in parts ("related-news" = 2) */
  classWordParts: number;
  /** boilerplate stems, matched anywhere in a class/id string */
  boilerplateStems: RegExp;
  /** some stem holds whitespace (then class, id and type are tested joined, not one by one) */
  stemsHoldSpace: boolean;
  /** lowerKey(text) of whole widget blocks */
  dropExact: Set<string>;
  /** anchored at the start of a block */
  dropPrefix: RegExp;
  /** the dropExact phrases, longest first (to tell a run of widget labels: "0 Bình luận Chia sẻ") */
  dropPhrases: string[];
  /** lowerKey(text) of related-list markers, trailing ":" removed */
  relatedMarkers: Set<string>;
  /** anchored: "Tin, ảnh: …", "Theo …"; the name follows the match */
  bylineCue: RegExp;
  /** " - ", " | ": where a page <title> may carry the site name */
  titleSeparators: string[];
  /** lowerKey of CMS account names that are no author */
  cmsAccounts: Set<string>;
}

export interface OutletRules {
  profiles: OutletProfile[];
  /** lower-case domain → profile (longest domain wins at lookup) */
  byHost: Map<string, OutletProfile>;
  /** foldKey(name or alias) → profile */
  byName: Map<string, OutletProfile>;
  /** foldKey(agency code) → profile */
  byCode: Map<string, OutletProfile>;
  generic: GenericHtmlRules;
}

/**
 * Comparison key for short widget texts: lower case, spaces collapsed. Cheaper than
 * foldKey (no per-word tone folding), enough for text compared within one page or
 * against the short phrase lists here (which list both tone spellings where needed).
 */
export function lowerKey(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "article__sapo" → ["article", "sapo"]: class words compare by their parts. */
export function classWordParts(word: string): string[] {
  return word.toLowerCase().split(/[_-]+/).filter(Boolean);
}

function compileGeneric(g: z.output<typeof Generic>): GenericHtmlRules {
  const classWords = new Map<string, number>();
  let maxParts = 1;
  const add = (words: string[], bit: number) => {
    for (const w of words) {
      const parts = classWordParts(w);
      if (parts.length === 0) continue;
      maxParts = Math.max(maxParts, parts.length);
      const k = parts.join('-');
      classWords.set(k, (classWords.get(k) ?? 0) | bit);
    }
  };
  add(g.boilerplateClassWords, CW.boilerplate);
  add(g.weakBoilerplateClassWords, CW.weak);
  add(g.leadClassWords, CW.lead);
  add(g.bylineClassWords, CW.byline);
  add(g.datelineClassWords, CW.dateline);
  add(g.captionClassWords, CW.caption);
  add(g.pictureClassWords, CW.picture);
  add(g.kickerClassWords, CW.kicker);
  add(g.titleClassWords, CW.title);
  const prefixes = [...g.dropTextPrefix].sort((a, b) => b.length - a.length).map(escapeRegExp);
  // a cue written with ":" also matches "Tin, ảnh :" / "Tin, ảnh:"; one without needs a word end
  const cues = [...g.bylineCues]
    .sort((a, b) => b.length - a.length)
    .map((c) => (c.endsWith(':') ? escapeRegExp(c.slice(0, -1).trimEnd()) + '\\s*:' : escapeRegExp(c) + '(?=[\\s,.:)-]|$)'));
  return {
    dropTags: new Set(g.dropTags.map((t) => t.toLowerCase())),
    classWords,
    classWordParts: maxParts,
    boilerplateStems: g.boilerplateClassStems.length ? new RegExp(g.boilerplateClassStems.map(escapeRegExp).join('|'), 'i') : /(?!)/,
    stemsHoldSpace: g.boilerplateClassStems.some((t) => /\s/.test(t)),
    dropExact: new Set(g.dropTextExact.map((t) => lowerKey(t.normalize('NFC')))),
    dropPrefix: prefixes.length ? new RegExp(`^(?:${prefixes.join('|')})`, 'iu') : /(?!)/,
    dropPhrases: [...new Set(g.dropTextExact.map((t) => lowerKey(t.normalize('NFC'))))].filter((t) => /\p{L}/u.test(t)).sort((a, b) => b.length - a.length),
    relatedMarkers: new Set(g.relatedMarkers.map((t) => lowerKey(t.normalize('NFC').replace(/[:：]\s*$/, '')))),
    bylineCue: cues.length ? new RegExp(`^(?:${cues.join('|')})\\s*`, 'iu') : /(?!)/,
    titleSeparators: g.titleSeparators,
    cmsAccounts: new Set(g.cmsAccountNames.map((t) => lowerKey(t.normalize('NFC')))),
  };
}

/** Strip scheme, "www."-like prefixes and a trailing dot: the key used for domain lookup. */
export function normaliseDomain(d: string): string {
  return d
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/:?#].*$/, '')
    .replace(/^(?:www\d?|m|amp|mobile)\./, '')
    .replace(/\.$/, '');
}

function compileProfileSelectors(name: string, sel: OutletSelectors): CompiledSelectors {
  const out: CompiledSelectors = {};
  for (const role of SELECTOR_ROLES) {
    const src = sel[role];
    if (!src?.trim()) continue;
    try {
      out[role] = compileSelector(src);
    } catch (e) {
      if (e instanceof SelectorError) throw new RulesError(`rules file outlets.json: outlet "${name}", selector ${role}: ${e.message}`);
      throw e;
    }
  }
  return out;
}

export function compileOutletRules(file: z.output<typeof OutletRulesFile>): OutletRules {
  const profiles: OutletProfile[] = [];
  const byHost = new Map<string, OutletProfile>();
  const byName = new Map<string, OutletProfile>();
  const byCode = new Map<string, OutletProfile>();
  for (const o of file.outlets) {
    const p: OutletProfile = {
      name: o.name,
      domains: o.domains.map(normaliseDomain),
      aliases: o.aliases,
      agencyCodes: o.agencyCodes,
      tagImpliesOutlet: o.tagImpliesOutlet,
      selectors: o.selectors ? compileProfileSelectors(o.name, o.selectors) : null,
    };
    profiles.push(p);
    for (const d of p.domains) if (!byHost.has(d)) byHost.set(d, p);
    for (const n of [p.name, ...p.aliases]) {
      const k = foldKey(n);
      if (!byName.has(k)) byName.set(k, p);
    }
    for (const c of p.agencyCodes) {
      const k = foldKey(c);
      if (!byCode.has(k)) byCode.set(k, p);
    }
  }
  return { profiles, byHost, byName, byCode, generic: compileGeneric(file.generic) };
}

export function loadOutletRules(dir: string): OutletRules {
  return compileOutletRules(readRuleFile(dir, 'outlets.json', OutletRulesFile));
}
