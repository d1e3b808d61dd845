import { parseDom } from './tokenizer.js';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import type { Block, BlockKind, MetaCandidate, ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import { CW, lowerKey, SELECTOR_ROLES, type CompiledSelectors, type GenericHtmlRules, type OutletProfile, type SelectorRole } from './rules.js';
import { SelectorIndex } from './selector.js';
import { agencyTag } from '../../extract/structure/agency.js';
import type { StructureRules } from '../../extract/structure/rules.js';
import type { DateRules } from '../../extract/dates/rules.js';
import { matchDateLine } from '../../extract/dates/lines.js';
import { profileFor, profileForDocTitle } from './outlets.js';
import { dedupeCandidates, headElements, jsonLdCandidates, metaTagCandidates, metaTagOf, type MetaTag } from './meta.js';
import { BLOCK_TAGS, alignedTo, attr, classId, commonAncestor, containsImage, isAncestor, isElement, isHidden } from './dom.js';
import { foldKey, isAllCaps, normaliseInline, normaliseText } from '../../normalise/text.js';

/**
 * HTML page → typed blocks + metadata candidates, in two walks over the htmlparser2 DOM:
 *
 * 1. scan: every element once. Collects <meta>/JSON-LD/<title> (those of <head> picked
 *    by cheerio from the elements the scan lists there, see headElements), the candidates for
 *    title, lead, byline, dateline and kicker (by outlet selectors or generic class
 *    words), and scores every container by the text of the good paragraphs it holds
 *    minus a share of its other text (navigation, link lists, widgets).
 * 2. emit: the article body container(s) only, in reading order, splitting text at block
 *    elements and <br>; boilerplate subtrees are skipped; captions, headings, bylines are
 *    told apart; then the outside candidates (title, dateline, lead, header byline) are
 *    merged in by document position.
 *
 * The outlet profile (rules/outlets.json) supplies selectors where a layout is known; the
 * generic rules handle every other site. Profile selectors are real CSS run by css-select
 * (cheerio's selector engine), compiled once at rule load and tested in the scan (see
 * selector.ts).
 *
 * Why a direct walk and not cheerio (`$(sel)`, `.find()`, `.text()`) for the generic scan:
 * the scan needs a dozen facts per element (text and link lengths, class words, positions)
 * gathered in one pass; each cheerio query is a walk of its own over the whole tree
 * (≈ 0.1–0.15 ms per query on a news page, measured) and wraps its results in objects.
 * The <head> metadata is different: a small list of elements, read with one clear selector
 * list through cheerio (`$(headElements).filter(…)`, ≈ 0.01 ms); the <meta>/JSON-LD
 * elements some sites put in <body> are still picked up by the scan.
 */

const PARA_TAGS = new Set(['p', 'li', 'blockquote', 'dd', 'pre', 'td']);
const CONTAINER_TAGS = new Set(['div', 'article', 'section', 'main', 'td', 'body', 'center', 'font', 'span', 'form']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const INLINE_STRONG = new Set(['strong', 'b']);
/**
 * Inline elements never count as boilerplate by their class: sites tag links inside
 * sentences as "cms-relate" or "related-link", and dropping them would cut the sentence.
 */
const INLINE_TAGS = new Set(['a', 'span', 'b', 'strong', 'i', 'em', 'u', 'font', 'small', 'big', 'sup', 'sub', 'time', 'label', 'abbr', 'cite', 'q', 'mark', 'code', 's', 'strike', 'del', 'ins']);
const INLINE_EM = new Set(['em', 'i']);
const DATE_RE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+tháng\s+\d{1,2}/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

interface Candidates {
  h1: Element[];
  title: Element[];
  lead: Element[];
  byline: Element[];
  dateline: Element[];
  kicker: Element[];
  /** <time datetime> and itemprop=datePublished elements outside <head> */
  times: Element[];
}

interface Scan {
  /** document position of every scanned element (see posOf) */
  order: PosIndex;
  metas: MetaTag[];
  canonical: string | null;
  /** <base href> (only to tell the site by, never the record's URL) */
  baseHref: string | null;
  docTitle: string | null;
  ld: string[];
  cand: Candidates;
  best: Element | null;
  bestScore: number;
  /** every container holding good paragraphs, with its score */
  scored: { el: Element; score: number; good: number }[];
  body: Element | null;
  /** the outlet profile, decided when <body> opens (the <head> metadata is read by then) */
  profile: OutletProfile | null;
  profileDecided: boolean;
  /** elements matched by the profile's selectors, per role, in document order */
  prof: Record<SelectorRole, Element[]>;
}

/**
 * Document positions, kept on the elements themselves (a Map of thousands of entries per
 * page costs more than the scan around it). The DOM is ours for the length of one parse.
 */
const POS = '__bantinPos';
class PosIndex {
  set(el: Element, i: number): void {
    (el as unknown as Record<string, number>)[POS] = i;
  }
  get(el: Element): number | undefined {
    return (el as unknown as Record<string, number | undefined>)[POS];
  }
}

/** CW bits of an element's class words, kept on the element like its position (0 if none). */
const BITS = '__bantinBits';
function bitsOf(el: Element): number {
  return (el as unknown as Record<string, number | undefined>)[BITS] ?? 0;
}

/**
 * Class/id strings repeat across the pages of one site, so their bits are remembered
 * across pages (per compiled rules; a pure function of string and rules), up to a bound.
 */
const BITS_CACHE = new WeakMap<GenericHtmlRules, Map<string, number>>();
const BITS_CACHE_MAX = 20000;
function bitsCache(g: GenericHtmlRules): Map<string, number> {
  let c = BITS_CACHE.get(g);
  if (!c) BITS_CACHE.set(g, (c = new Map()));
  else if (c.size > BITS_CACHE_MAX) c.clear();
  return c;
}

/**
 * CW bits of an element's class, id and type attributes (see classId): the OR of each
 * one's bits, which is the bits of their joined string as long as no boilerplate stem
 * holds a space (words are split at spaces), checked when the rules compile.
 */
function elementBits(el: Element, g: GenericHtmlRules, cache: Map<string, number>): number {
  if (g.stemsHoldSpace) {
    const ci = classId(el);
    return ci ? classBits(ci, g, cache) : 0;
  }
  const a = el.attribs;
  let bits = 0;
  if (a.class) bits = classBits(a.class, g, cache);
  if (a.id) bits |= classBits(a.id, g, cache);
  const extra = a.type || a['data-role'] || a['data-type'] || a['data-component-type'];
  if (extra) bits |= classBits(extra, g, cache);
  return bits;
}

/** CW bits for one class/id string, split into words and their 2-/3-part runs. */
function classBits(s: string, g: GenericHtmlRules, cache: Map<string, number>): number {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  let bits = g.boilerplateStems.test(s) ? CW.boilerplate : 0;
  for (const name of s.toLowerCase().split(/\s+/)) {
    if (!name) continue;
    const parts = name.split(/[_-]+/).filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      let k = parts[i]!;
      bits |= g.classWords.get(k) ?? 0;
      for (let n = 1; n < g.classWordParts && i + n < parts.length; n++) {
        k += '-' + parts[i + n];
        bits |= g.classWords.get(k) ?? 0;
      }
    }
  }
  // a copy as the key: the parser's strings are slices of the whole page, which a
  // remembered slice would keep alive
  cache.set((' ' + s).slice(1), bits);
  return bits;
}

function emptyRoles(): Record<SelectorRole, Element[]> {
  return { body: [], title: [], lead: [], byline: [], dateline: [], kicker: [], caption: [], drop: [] };
}

/** One index per outlet profile's selectors, built on first use. */
const INDEXES = new WeakMap<CompiledSelectors, SelectorIndex>();
function selectorIndex(sel: CompiledSelectors): SelectorIndex {
  let idx = INDEXES.get(sel);
  if (!idx) INDEXES.set(sel, (idx = new SelectorIndex(SELECTOR_ROLES.map((r) => sel[r]))));
  return idx;
}

function matchProfile(el: Element, idx: SelectorIndex, prof: Record<SelectorRole, Element[]>): void {
  const m = idx.match(el);
  if (m === 0) return;
  for (let i = 0; i < SELECTOR_ROLES.length; i++) if (m & (1 << i)) prof[SELECTOR_ROLES[i]!].push(el);
}

function scanDocument(root: Document, g: GenericHtmlRules, decide: (scan: Scan) => OutletProfile | null): Scan {
  const scan: Scan = {
    order: new PosIndex(),
    metas: [],
    canonical: null,
    baseHref: null,
    docTitle: null,
    ld: [],
    cand: { h1: [], title: [], lead: [], byline: [], dateline: [], kicker: [], times: [] },
    best: null,
    bestScore: 0,
    scored: [],
    body: null,
    profile: null,
    profileDecided: false,
    prof: emptyRoles(),
  };
  let sel: SelectorIndex | null = null;
  const cache = bitsCache(g);
  let idx = 0;

  // visit returns the subtree's text length; its link and good-paragraph lengths come
  // back through retL/retG (no object per element: the scan allocates almost nothing)
  let retL = 0;
  let retG = 0;
  // the first <head>'s metadata is read with cheerio (headElements) from the elements the
  // scan reaches in it; inside it the scan only lists them and counts positions. Read when
  // <head> closes, or when a <body> opens inside it (broken markup) so that the profile
  // decision sees the same tags as before.
  let head: Element | null = null;
  let inHead = false;
  let headEls: Element[] = [];
  const readHead = (): void => {
    const h = headElements(headEls);
    headEls = [];
    for (const m of h.metas) {
      const t = metaTagOf(m);
      if (t) scan.metas.push(t);
    }
    if (!scan.canonical && h.canonical[0]) scan.canonical = normaliseText(h.canonical[0].attribs.href!);
    if (!scan.baseHref && h.base[0]) scan.baseHref = normaliseText(h.base[0].attribs.href!);
    for (const t of h.titles) {
      normaliseChildren(t);
      if (scan.docTitle === null) scan.docTitle = textOfScript(t);
    }
    for (const s of h.ld) scan.ld.push(normaliseText(textOfScript(s)));
  };
  const zero = (): number => {
    retL = 0;
    retG = 0;
    return 0;
  };
  const visit = (el: Element, inBoiler: boolean, depth: number): number => {
    scan.order.set(el, idx++);
    if (depth >= MAX_DEPTH) flattenInPlace(el);
    const tag = el.name;
    if (inHead) headEls.push(el);
    // metadata first: it lives in <head>, which is otherwise not text
    if (tag === 'meta') {
      const m = inHead ? null : metaTagOf(el);
      if (m) scan.metas.push(m);
      return zero();
    }
    if (tag === 'link') {
      if (!inHead && !scan.canonical && (el.attribs.rel || '').toLowerCase() === 'canonical' && el.attribs.href) scan.canonical = normaliseText(el.attribs.href);
      return zero();
    }
    if (tag === 'script') {
      // JSON-LD: normalised as a whole (odd spaces between JSON tokens would break JSON.parse)
      if (!inHead && (el.attribs.type || '').toLowerCase().includes('ld+json')) scan.ld.push(normaliseText(textOfScript(el)));
      return zero();
    }
    if (tag === 'title') {
      if (inHead) return zero();
      normaliseChildren(el);
      if (scan.docTitle === null) scan.docTitle = textOfScript(el);
      return zero();
    }
    if (tag === 'head') {
      inBoiler = true;
      if (head === null) {
        head = el;
        inHead = true;
      }
    }
    else if (g.dropTags.has(tag)) return zero();
    if (tag === 'body') {
      scan.body = el;
      if (inHead) readHead();
      if (!scan.profileDecided) {
        scan.profileDecided = true;
        scan.profile = decide(scan);
        sel = scan.profile?.selectors ? selectorIndex(scan.profile.selectors) : null;
      }
    }
    if (sel) matchProfile(el, sel, scan.prof);

    let bits = elementBits(el, g, cache);
    if (bits && INLINE_TAGS.has(tag)) bits &= ~(CW.boilerplate | CW.weak);
    (el as unknown as Record<string, number>)[BITS] = bits;
    if (!inBoiler && ((bits & CW.boilerplate) !== 0 || isHidden(el))) inBoiler = true;

    if (!inBoiler) {
      const c = scan.cand;
      if (tag === 'h1') c.h1.push(el);
      if (bits & CW.title || (tag !== 'meta' && (el.attribs.itemprop || '').toLowerCase() === 'headline')) c.title.push(el);
      if (bits & CW.lead) c.lead.push(el);
      if (bits & CW.byline) c.byline.push(el);
      if (bits & CW.dateline || tag === 'time') c.dateline.push(el);
      if (bits & CW.kicker) c.kicker.push(el);
      if ((tag === 'time' && el.attribs.datetime) || (el.attribs.itemprop || '').toLowerCase() === 'datepublished') c.times.push(el);
    }

    let t = 0;
    let l = 0;
    let gd = 0;
    let direct = 0; // text directly in this element (text nodes + inline children)
    let directLink = 0;
    let goodKids = 0; // children that are good paragraphs (or hold them)
    let linkKids = 0; // text of children that are mostly a link (a teaser's headline)
    for (const ch of el.children) {
      if (ch.type === 'text') {
        const n = scanTextNode(ch as unknown as TextNode);
        t += n;
        direct += n;
      } else if (isElement(ch)) {
        const ct = visit(ch, inBoiler, depth + 1);
        t += ct;
        l += retL;
        gd += retG;
        if (retG > 0) goodKids++;
        else if (ct > 0 && retL >= 0.6 * ct) linkKids += ct;
        if (!BLOCK_TAGS.has(ch.name)) {
          direct += ct;
          directLink += retL;
        }
      }
    }
    if (el === head) {
      inHead = false;
      readHead();
    }
    if (tag === 'a') l = t;
    if (inBoiler) {
      retL = l;
      retG = 0;
      return t;
    }
    if (goodKids === 1 && linkKids >= 4 && gd < 400 && tag !== 'body') {
      // a teaser: a linked headline and one summary paragraph ("more news" lists,
      // sidebars). Its text is not article text, however well written.
      gd = 0;
    } else if (PARA_TAGS.has(tag) && !(tag === 'td' && goodKids > 0)) {
      // (a layout cell that holds paragraphs of its own is a container, scored below: as a
      // paragraph its whole text, menus and footers beside the article, would count as good)
      if (t >= 40 && l < 0.4 * t) gd = Math.max(gd, t);
    } else if (direct >= 60 && directLink < 0.3 * direct && CONTAINER_TAGS.has(tag)) {
      gd += direct;
    }
    if (gd > 0 && CONTAINER_TAGS.has(tag)) {
      const score = gd - 0.35 * (t - gd);
      if (score > 0) scan.scored.push({ el, score, good: gd });
      if (score > scan.bestScore) {
        scan.bestScore = score;
        scan.best = el;
      }
    }
    retL = l;
    retG = gd;
    return t;
  };

  for (const ch of root.children) if (isElement(ch)) visit(ch, false, 0);
  if (!scan.profileDecided) {
    // a page without <body>: decide now and match the selectors in one more walk
    scan.profileDecided = true;
    scan.profile = decide(scan);
    const late = scan.profile?.selectors ? selectorIndex(scan.profile.selectors) : null;
    if (late) {
      const rec = (n: AnyNode) => {
        if (!isElement(n)) return;
        matchProfile(n, late, scan.prof);
        for (const c of n.children) rec(c);
      };
      for (const ch of root.children) rec(ch);
    }
  }
  return scan;
}

/**
 * Markup nested deeper than this (50,000 unclosed <div>s, runaway <span>s) is flattened
 * to its text during the scan, so every later walk, all recursive, stays shallow.
 */
const MAX_DEPTH = 200;

/** Replace an element's subtree by one text node holding its text (iterative: no recursion). */
function flattenInPlace(el: Element): void {
  if (!el.children.some((c) => isElement(c))) return;
  const parts: string[] = [];
  let keep: AnyNode | null = null;
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push((n as unknown as { data: string }).data);
      keep ??= n;
    } else if (isElement(n)) {
      if (n.name === 'script' || n.name === 'style') continue;
      if (BLOCK_TAGS.has(n.name) || n.name === 'br') parts.push(' ');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  if (!keep) {
    el.children = [];
    return;
  }
  (keep as unknown as { data: string }).data = parts.join('');
  keep.parent = el;
  keep.prev = null;
  keep.next = null;
  el.children = [keep as Element['children'][number]];
}

// what normaliseInline does beyond collapsing whitespace: zero-width/soft hyphen removal,
// Ð → Đ, NFC of combining marks. Text from the (already normalised) page rarely needs it;
// entities can bring it back, so check before paying for the full pass.
const NEEDS_FULL_NORMALISE = /[\u00ad\u00d0\u00f0\u0300-\u036f\u200b-\u200d\u2060\ufeff]/;

/** Block text → stored form (SPEC §1 normalisation, inline). */
function cleanText(s: string): string {
  if (NEEDS_FULL_NORMALISE.test(s)) return normaliseInline(s);
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * SPEC §1 on the page's text, not its markup: every text node is normalised in place when
 * the scan first reaches it (the scan reaches every node any later step reads: what it
 * skips, dropped tags, is skipped by every reader too). Pure-ASCII text, most of the
 * whitespace between tags, needs nothing. Entities are decoded by then, so "&nbsp;" and
 * "&#8203;" are normalised like the characters themselves.
 */
function normaliseNode(node: { data: string }): string {
  const s = node.data;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (tabs and CRs may stay: every reader treats them as the spaces they would become)
    if (c >= 0x80 || c === 11 || c === 12) return (node.data = normaliseText(s));
  }
  return s;
}

interface TextNode {
  data: string;
  /** textLen(data), set by the scan for the emission to reuse */
  __bantinLen?: number;
}

/** The scan's one pass over a text node: normalise it (see normaliseNode) and count its text. */
function scanTextNode(node: TextNode): number {
  const s = node.data;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 11 || c === 12) {
      n = textLen(normaliseNode(node));
      break;
    }
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) n++;
  }
  node.__bantinLen = n;
  return n;
}

function normaliseChildren(el: Element): void {
  for (const c of el.children) if (c.type === 'text') normaliseNode(c as unknown as { data: string });
}

/** Characters of a text node that are not spaces (cheap: no allocation for short runs). */
function textLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 160) n++;
  }
  return n;
}

function textOfScript(el: Element): string {
  let s = '';
  for (const c of el.children) if (c.type === 'text') s += (c as unknown as { data: string }).data;
  return s;
}

/** Readable text of a subtree: skips dropped tags, hidden and boilerplate parts; "Hà Nội" stamps get " - ". */
function readText(el: Element, g: GenericHtmlRules, scan: Scan, skip?: Set<Element>): string {
  return cleanText(readParts(el, g, scan, skip, 0).join(''));
}

/**
 * readText(el).length >= min, without reading a whole article body to know it: the text
 * read so far only grows (cleaning collapses spaces, never shortens what is read later).
 */
function hasTextOf(el: Element, g: GenericHtmlRules, scan: Scan, min: number): boolean {
  return cleanText(readParts(el, g, scan, undefined, min).join('')).length >= min;
}

/** The raw pieces of readText; with `min` > 0 it stops once the cleaned text is that long. */
function readParts(el: Element, g: GenericHtmlRules, scan: Scan, skip: Set<Element> | undefined, min: number): string[] {
  const parts: string[] = [];
  let raw = 0;
  let nextCheck = min > 0 ? 2 * min : Infinity;
  let done = false;
  const rec = (n: AnyNode) => {
    if (done) return;
    if (n.type === 'text') {
      const d = (n as unknown as { data: string }).data;
      parts.push(d);
      raw += d.length;
      if (raw >= nextCheck) {
        if (cleanText(parts.join('')).length >= min) done = true;
        else nextCheck = 2 * raw;
      }
      return;
    }
    if (!isElement(n)) return;
    if (g.dropTags.has(n.name) || n.name === 'script' || n.name === 'style') return;
    if (n !== el && ((bitsOf(n) & CW.boilerplate) !== 0 || isHidden(n) || skip?.has(n))) return;
    if (n.name === 'br') {
      parts.push(' ');
      return;
    }
    for (const c of n.children) rec(c);
    if (BLOCK_TAGS.has(n.name)) parts.push(' ');
    else if (/(?:^|\s)location-stamp(?:\s|$)/.test(n.attribs.class || '')) parts.push(' - ');
  };
  rec(el);
  return parts;
}

// ---------------------------------------------------------------- emission

interface RawBlock {
  kind: BlockKind;
  text: string;
  pos: number;
  origin: string;
  /** share of the text inside links */
  linkShare: number;
  /** all the text is bold / italic */
  strong: boolean;
  em: boolean;
  right: boolean;
  /** set centred (style or align) */
  center: boolean;
  /** an image came between the previous text block and this one */
  afterImage: boolean;
  /** an element picked as title/lead/byline… (kept as is by the filters) */
  special: boolean;
}

interface EmitCtx {
  g: GenericHtmlRules;
  scan: Scan;
  specials: Map<Element, BlockKind>;
  emitted: Set<Element>;
  drop: Set<Element>;
  captions: Set<Element>;
  out: RawBlock[];
  /** parts left out of a special's text (a kicker <span> inside the headline) */
  skip?: Set<Element>;
}

/**
 * Walk one container in document order. Text accumulates across inline elements and is
 * cut into blocks at block-level elements and <br>.
 */
function emitContainer(container: Element, ctx: EmitCtx): void {
  const { g, scan } = ctx;
  let buf: string[] = [];
  let total = 0;
  let link = 0;
  let strong = 0;
  let em = 0;
  let lastPos = scan.order.get(container) ?? 0;
  let sawImage = false;
  // the block element the current text belongs to
  let blockTag = container.name;
  let blockRight = alignedTo(container, 'right');
  let blockCenter = false;
  let inCaption = false;

  const flush = () => {
    if (buf.length === 0) return;
    const text = cleanText(buf.join(''));
    const t = total;
    const ln = link;
    const st = strong;
    const e = em;
    buf = [];
    total = link = strong = em = 0;
    if (!text || !LETTER_OR_DIGIT.test(text)) return;
    const kind: BlockKind = inCaption ? 'caption' : HEADING_TAGS.has(blockTag) ? 'heading' : 'paragraph';
    ctx.out.push({
      kind,
      text,
      pos: lastPos,
      origin: blockTag,
      linkShare: t > 0 ? ln / t : 0,
      strong: t > 0 && st >= t,
      em: t > 0 && e >= t,
      right: blockRight,
      center: blockCenter,
      afterImage: sawImage,
      special: false,
    });
    sawImage = false;
  };

  const rec = (n: AnyNode, inLink: boolean, inStrong: boolean, inEm: boolean) => {
    if (n.type === 'text') {
      const data = (n as unknown as TextNode).data;
      buf.push(data);
      const len = (n as unknown as TextNode).__bantinLen ?? textLen(data);
      total += len;
      if (inLink) link += len;
      if (inStrong) strong += len;
      if (inEm) em += len;
      return;
    }
    if (!isElement(n)) return;
    const el = n;
    const tag = el.name;
    if (tag === 'br') {
      flush();
      return;
    }
    if (tag === 'img' || tag === 'picture' || tag === 'video' || tag === 'iframe') {
      sawImage = true;
      return;
    }
    if (g.dropTags.has(tag) || tag === 'script' || tag === 'style' || tag === 'head') return;
    const pos = scan.order.get(el);
    if (pos !== undefined) lastPos = pos;
    const special = ctx.specials.get(el);
    if (special) {
      flush();
      if (!ctx.emitted.has(el)) {
        ctx.emitted.add(el);
        pushSpecial(el, special, ctx);
      }
      return;
    }
    const bits = bitsOf(el);
    if (bits & (CW.boilerplate | CW.weak) || ctx.drop.has(el) || isHidden(el)) {
      if (containsImage(el)) sawImage = true;
      return;
    }
    const isCaption =
      tag === 'figcaption' ||
      (bits & CW.caption) !== 0 ||
      ctx.captions.has(el) ||
      ((tag === 'table' || (bits & CW.picture) !== 0) && isPictureTable(el, g, scan));
    if (isCaption && !inCaption) {
      flush();
      const text = readText(el, g, scan);
      // a linked thumbnail and headline (a related-story box laid out like a picture) is no caption
      if (text && LETTER_OR_DIGIT.test(text) && !isTeaserBox(el, text, g)) {
        ctx.out.push({ kind: 'caption', text, pos: pos ?? lastPos, origin: tag, linkShare: 0, strong: false, em: false, right: false, center: false, afterImage: true, special: false });
      }
      if (containsImage(el)) sawImage = true;
      return;
    }
    if (BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th') {
      if (tag === 'td' || tag === 'th') {
        // table cells run on within their row; a row is one block
        for (const c of el.children) rec(c, inLink, inStrong, inEm);
        buf.push(' ');
        return;
      }
      if (tag === 'figure' && isTeaserBox(el, readText(el, g, scan), g)) {
        flush();
        sawImage = true;
        return;
      }
      flush();
      const saveTag = blockTag;
      const saveRight = blockRight;
      const saveCenter = blockCenter;
      const saveCaption = inCaption;
      blockTag = tag;
      blockRight = alignedTo(el, 'right') || (blockRight && tag !== 'div');
      blockCenter = alignedTo(el, 'center') || (blockCenter && tag !== 'div');
      if (tag === 'figure') inCaption = true; // text in a figure outside figcaption is still a caption
      for (const c of el.children) rec(c, inLink, inStrong, inEm);
      flush();
      blockTag = saveTag;
      blockRight = saveRight;
      blockCenter = saveCenter;
      inCaption = saveCaption;
      return;
    }
    const a = inLink || (tag === 'a' && !!el.attribs.href);
    const s = inStrong || INLINE_STRONG.has(tag);
    const e = inEm || INLINE_EM.has(tag);
    for (const c of el.children) rec(c, a, s, e);
    if (/(?:^|\s)location-stamp(?:\s|$)/.test(el.attribs.class || '')) buf.push(' - ');
  };
  for (const c of container.children) rec(c, false, false, false);
  flush();
}

/**
 * A picture box whose text is mostly a link, or opens with a related-list marker
 * ("Tin liên quan"): a teaser for another story.
 */
function isTeaserBox(el: Element, text: string, g: GenericHtmlRules): boolean {
  const first = lowerKey(text.slice(0, 40));
  for (const m of g.relatedMarkers) if (first.startsWith(m)) return true;
  let all = 0;
  let linked = 0;
  const rec = (n: AnyNode, inLink: boolean) => {
    if (n.type === 'text') {
      const k = textLen((n as unknown as TextNode).data);
      all += k;
      if (inLink) linked += k;
      return;
    }
    if (!isElement(n) || g.dropTags.has(n.name) || (n !== el && ((bitsOf(n) & CW.boilerplate) !== 0 || isHidden(n)))) return;
    const a = inLink || (n.name === 'a' && !!n.attribs.href);
    for (const c of n.children) rec(c, a);
  };
  rec(el, false);
  return all > 0 && linked >= 0.6 * all;
}

/**
 * A layout table (older CMSs) or a picture wrapper (<div class="image">) that holds a
 * picture and a short text: the text is the caption.
 */
function isPictureTable(el: Element, g: GenericHtmlRules, scan: Scan): boolean {
  if (!containsImage(el)) return false;
  const text = readText(el, g, scan);
  return text.length > 0 && text.length <= 400;
}

/** An e-mail address (author boxes print one beside the name), with its label. */
const EMAIL = /(?:\b(?:e-?mail|email|thư điện tử)\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function pushSpecial(el: Element, kind: BlockKind, ctx: EmitCtx): void {
  let text = readText(el, ctx.g, ctx.scan, ctx.skip);
  if (kind === 'byline' && text.includes('@')) text = cleanText(text.replace(EMAIL, ' ')).replace(/[\s(|,-]+\)?$/u, '');
  if (!text) return;
  ctx.out.push({
    kind,
    text,
    pos: ctx.scan.order.get(el) ?? 0,
    origin: el.name + (el.attribs.class ? '.' + el.attribs.class.trim().split(/\s+/)[0] : ''),
    linkShare: 0,
    strong: false,
    em: false,
    right: false,
    center: false,
    afterImage: false,
    special: true,
  });
}

// ---------------------------------------------------------------- choosing candidates

/** Elements that are not inside another element of the list. */
function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((e) => {
    for (let p = e.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
}

function tokenOverlap(a: string, b: string): number {
  const ta = new Set(a.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const tb = b.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (ta.size === 0 || tb.length === 0) return 0;
  let hit = 0;
  for (const t of tb) if (ta.has(t)) hit++;
  return hit / Math.max(ta.size, tb.length);
}

function inScope(el: Element, scope: ParentNode | null): boolean {
  return !scope || el === scope || isAncestor(scope, el);
}

/**
 * Inside the site's page header (menu bar, masthead) — where the site's clock lives. Only
 * asked when the article scope is loose (no headline, or headline and body meet only at
 * <body>); a tight scope already keeps the header out.
 */
function inSiteHeader(el: Element, scan: Scan): boolean {
  for (let p = el.parent; p && p.type !== 'root'; p = p.parent) {
    const pe = p as Element;
    if (pe.name === 'header' || pe.name === 'nav') return true;
    if (bitsOf(pe) & CW.weak && /(?:^|[\s_-])(?:header|masthead|topbar|top)(?:$|[\s_-])/i.test(classId(pe))) return true;
  }
  return false;
}

function nameLike(s: string): boolean {
  // "Hồng Nhung/Báo Tin tức", "Mạnh Hùng/VOV-Tây Bắc": a name, then the desk or paper it writes for
  const slash = s.indexOf('/');
  if (slash > 0 && s.length - slash <= 41) return nameLike(s.slice(0, slash));
  const core = s
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[–—\-,;&/+]/g, ' ')
    .replace(/[.)]+$/, '')
    .trim();
  if (!core) return false;
  const words = core.split(/\s+/);
  if (words.length > 8) return false;
  let n = 0;
  for (const w of words) {
    if (w === 'và' || w === 'and') continue;
    if (/\d/.test(w)) return false;
    if (!/^[\p{Lu}]/u.test(w)) return false;
    n++;
  }
  return n > 0;
}

/** A short closing line that names who wrote or supplied the story. */
function looksLikeByline(b: RawBlock, g: GenericHtmlRules): boolean {
  const t = b.text;
  if (t.length > 80 || b.linkShare > 0.9) return false;
  if (/[!?]$/.test(t) || DATE_RE.test(t)) return false;
  const cue = g.bylineCue.exec(t);
  if (cue) {
    const rest = t.slice(cue[0].length).replace(/^[\s:]+/, '');
    const source = /^\(?(?:theo|nguồn)\b/iu.test(t);
    // a credit that is the whole line ("Nhóm PV", "PV (tổng hợp)", "CTV"): a byline; a label
    // ("Ảnh:", "Theo") with nothing after it is not
    if (rest.replace(/\([^)]*\)/g, '').trim().length === 0) return !/[:：]\s*$/.test(cue[0]) && !source;
    // "Theo TTXVN", "Nguồn: Cổng TTĐT tỉnh": a source credit, a short capitalised name
    // without sentence punctuation or numbers ("Theo kế hoạch, …" is a sentence)
    if (source && rest.length <= 50 && /^[\p{Lu}]/u.test(rest) && !/[,;!?\d]|\.\s/u.test(rest)) return true;
    return nameLike(rest);
  }
  // a line wholly in brackets: "(Theo VOV)"; a trailing bracket ("Nguyễn An (TTXVN)") stays
  const bare = t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t;
  if (!nameLike(bare)) return false;
  if (b.right || b.strong || b.em || isAllCaps(bare)) return true;
  // plain closing line: a short name without sentence punctuation
  return bare.split(/\s+/).length <= 5 && !/[.:]$/.test(t);
}

function isDateText(t: string): boolean {
  return DATE_RE.test(t) && t.length <= 100;
}

function cleanByline(t: string): string {
  return t.replace(/^[\s\-–—,|]+|[\s\-–—,|]+$/g, '');
}

function stripSiteSuffix(title: string, siteNames: Set<string>, seps: string[]): string {
  for (const sep of seps) {
    // "<site> - <headline>" (older CMSs put the site first)
    const h = title.indexOf(sep);
    if (h > 0 && siteNames.has(foldKey(title.slice(0, h).trim()))) return title.slice(h + sep.length).trim();
    const i = title.lastIndexOf(sep);
    if (i <= 0) continue;
    const tail = title.slice(i + sep.length).trim();
    const k = foldKey(tail);
    if (siteNames.has(k) || /^[\p{L}\d-]+\.[a-z]{2,}(?:\.[a-z]{2})?$/iu.test(tail)) return title.slice(0, i).trim();
  }
  return title;
}

/**
 * The headline: the outlet's title selector, else the <h1> that best matches the
 * metadata titles (nearer the body breaks ties), else an element with a title class.
 */
function chooseTitle(scan: Scan, g: GenericHtmlRules, profTitles: Element[], metaTitles: string[], body: Element | null, siteNames: string[]): Element | null {
  for (const e of profTitles) if (readText(e, g, scan)) return e;
  const bodyPos = body ? scan.order.get(body)! : 0;
  const sites = new Set(siteNames.map(lowerKey));
  const pickBest = (els: Element[], maxLen: number): Element | null => {
    let best: Element | null = null;
    let bestSim = -1;
    for (const e of els) {
      const t = readText(e, g, scan);
      if (t.length < 8 || t.length > maxLen || (body && isAncestor(e, body))) continue;
      let sim = 0;
      for (const m of metaTitles) sim = Math.max(sim, tokenOverlap(t, m));
      // the site's logo or name set as <h1>: not the headline (unless the metadata says so)
      if (sim < 0.3 && (sites.has(lowerKey(t)) || isLogoLike(e))) continue;
      const near = body && (isAncestor(body, e) || scan.order.get(e)! < bodyPos) ? 0.05 : 0;
      if (sim + near > bestSim) {
        bestSim = sim + near;
        best = e;
      }
    }
    return best;
  };
  return pickBest(scan.cand.h1, 1000) ?? pickBest(scan.cand.title, 300);
}

/**
 * The first element after the headline and before the body container whose text is
 * nothing but a date line (weekday, date, time, labels; not the site clock), within the
 * article's scope and outside boilerplate. Only elements that hold a digit of their own
 * are read, so the walk costs little.
 */
function visibleDateline(scan: Scan, g: GenericHtmlRules, dr: DateRules, title: Element, body: Element, scope: ParentNode | null): Element | null {
  const from = scan.order.get(title)!;
  const to = scan.order.get(body)!;
  if (to <= from) return null;
  const root = (scope && scope.type !== 'root' ? scope : body.parent) as Element | null;
  if (!root) return null;
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    const pos = scan.order.get(n);
    if (pos === undefined || n === body || g.dropTags.has(n.name) || (bitsOf(n) & (CW.boilerplate | CW.weak)) !== 0 || isHidden(n)) continue;
    if (pos > to) break;
    if (pos > from && !isAncestor(n, title) && n.children.some((c) => c.type === 'text' && /\d/.test((c as unknown as TextNode).data))) {
      const t = readText(n, g, scan);
      const d = t.length <= 100 ? matchDateLine(t, dr) : null;
      if (d && !d.clock) return n;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

/** A logo heading: a logo class, an image, or a link to the site's home page. */
function isLogoLike(el: Element): boolean {
  if (/logo|brand|site-?name|site-?title/i.test(classId(el))) return true;
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'img' || n.name === 'svg') return true;
    if (n.name === 'a' && /^(?:\/|https?:\/\/[^/]+\/?)(?:index\.\w+)?$/i.test((n.attribs.href || '').trim())) return true;
    stack.push(...n.children);
  }
  return false;
}

/**
 * The generic body container. The best score wins, except that a container standing
 * after the headline and before the winner, scoring at least 40% of it, is preferred:
 * article columns come before sidebars and "more news" teaser lists, whose summaries can
 * outweigh a short article.
 */
function chooseContainer(scan: Scan, title: Element | null): Element | null {
  let best = scan.best;
  let bestScore = scan.bestScore;
  if (best && best.name === 'body') {
    // <body> itself wins when a layout table or column puts the article text beside other
    // text-rich cells (a footer with the licence and address, a "read more" column). The
    // article's own column is the container then: it scores at least half of <body> and
    // holds most of its good text (an article split into sibling blocks right under <body>
    // has no such column, and <body> stays).
    const bodyGood = scan.scored.find((c) => c.el === best)?.good ?? 0;
    let inner: { el: Element; score: number } | null = null;
    for (const c of scan.scored) if (c.el !== best && c.score >= 0.5 * bestScore && c.good >= 0.7 * bodyGood && (!inner || c.score > inner.score)) inner = c;
    if (inner) {
      best = inner.el;
      bestScore = inner.score;
    }
  }
  if (!best || !title) return best ?? scan.body;
  const tpos = scan.order.get(title)!;
  const bpos = scan.order.get(best)!;
  const afterTitle = (e: Element) => scan.order.get(e)! > tpos || isAncestor(e, title);
  const bestAfter = afterTitle(best);
  let pick: Element = best;
  let pickScore = -1;
  for (const c of scan.scored) {
    if (c.score < 0.4 * bestScore || c.el === best || !afterTitle(c.el) || isAncestor(c.el, best)) continue;
    if (bestAfter && (scan.order.get(c.el)! >= bpos || isAncestor(best, c.el))) continue;
    if (c.score > pickScore) {
      pickScore = c.score;
      pick = c.el;
    }
  }
  return pick;
}

// ---------------------------------------------------------------- main

/**
 * `html` is the decoded page as it came (SPEC §1 normalisation of the markup is not needed:
 * the text read from it is normalised here); already-normalised input is fine too.
 */
export function parseHtml(html: string, rules: Rules, url: string | null): ParsedDoc {
  const g = rules.outlets.generic;
  const warnings: string[] = [];
  // htmlparser2 directly (cheerio's load() built a wrapper class per page), with the
  // tokenizer's idle loops skipped
  const root: Document = parseDom(html);
  let metaTags: MetaCandidate[] = [];
  let metasRead = 0;
  let ogSite: string | null = null;
  const scan = scanDocument(root, g, (sc) => {
    // the profile: the URL we were given, else the page's canonical/og:url, else its site name
    metaTags = metaTagCandidates(sc.metas);
    metasRead = sc.metas.length;
    ogSite = metaTags.find((m) => m.field === 'outlet' && m.origin === 'og')?.value ?? null;
    const pageUrl = url ?? sc.canonical ?? metaTags.find((m) => m.field === 'url')?.value ?? null;
    return (
      profileFor(pageUrl ?? sc.baseHref, ogSite, rules.outlets) ??
      (pageUrl || ogSite ? null : profileForDocTitle(sc.docTitle, g.titleSeparators, rules.outlets))
    );
  });
  // the tags after <body> opened (candidates are made tag by tag, so appending is the same)
  if (scan.metas.length > metasRead) metaTags = [...metaTags, ...metaTagCandidates(scan.metas.slice(metasRead))];
  const prof = scan.profile;
  const siteNames = [ogSite, prof?.name, ...(prof?.aliases ?? [])].filter((x): x is string => !!x);
  const ld = jsonLdCandidates(scan.ld, siteNames);

  // ---- outlet selectors (css-select matchers, tested during the scan)
  const sel = prof?.selectors ?? null;
  const pick = (role: SelectorRole) => scan.prof[role];
  const drop = new Set(pick('drop'));
  const captions = new Set(pick('caption'));

  // ---- body container(s): the outlet's selector, else the best-scoring container
  let containers = outermost(pick('body')).filter((e) => hasTextOf(e, g, scan, 80));
  const generic = containers.length === 0;
  if (generic && sel?.body) warnings.push(`html: the ${prof!.name} layout was not found; generic extraction used`);
  const provisional = containers[0] ?? scan.best ?? scan.body;

  // ---- title
  const metaTitles = [...ld.candidates, ...metaTags].filter((m) => m.field === 'title').map((m) => m.value);
  if (scan.docTitle) metaTitles.push(normaliseInline(scan.docTitle));
  const titleEl = chooseTitle(scan, g, pick('title'), metaTitles, provisional, siteNames);

  if (generic) {
    const best = chooseContainer(scan, titleEl);
    containers = best ? [best] : [];
  }
  const first = containers[0] ?? null;
  const firstPos = first ? scan.order.get(first)! : 0;

  const scope: ParentNode | null = first && titleEl ? commonAncestor(first, titleEl) : first ? first.parent ?? first : null;
  const looseScope = !scope || scope.type === 'root' || ['body', 'html'].includes((scope as Element).name);

  const specials = new Map<Element, BlockKind>();
  const out: RawBlock[] = [];
  let titleText: string | null = null;
  let kickerInTitle: Element | null = null;
  if (titleEl) {
    specials.set(titleEl, 'title');
    titleText = readText(titleEl, g, scan);
  }

  // ---- kicker: a separate line above the headline that ends in ":"
  if (titleEl) {
    const titlePos = scan.order.get(titleEl)!;
    let kick: Element | null = null;
    for (const e of [...pick('kicker'), ...scan.cand.kicker]) {
      // above the headline, or a kicker <span> opening the headline itself
      const within = e !== titleEl && isAncestor(titleEl, e);
      if ((scan.order.get(e)! < titlePos || within) && inScope(e, scope) && /[:：]$/.test(readText(e, g, scan))) {
        kick = e;
        if (within) {
          kickerInTitle = e;
          titleText = readText(titleEl, g, scan, new Set([e]));
        }
        break;
      }
    }
    if (!kick) {
      let prev = titleEl.prev;
      while (prev && prev.type === 'text' && !(prev as unknown as { data: string }).data.trim()) prev = prev.prev;
      if (prev && isElement(prev) && !g.dropTags.has(prev.name)) {
        const t = readText(prev, g, scan);
        if (t.length >= 3 && t.length <= 120 && /[:：]$/.test(t)) kick = prev;
      }
    }
    if (kick) specials.set(kick, 'kicker');
  }

  // ---- lead: a sapo stands before the body text or opens it (within the body's first
  // few dozen elements)
  const leadLimit = first ? firstPos + 50 : Infinity;
  let leadEl: Element | null = null;
  const profLeads = pick('lead');
  for (const e of [...profLeads, ...outermost(scan.cand.lead)]) {
    if (specials.has(e) || (first && isAncestor(e, first)) || !inScope(e, scope)) continue;
    // the outlet's sapo selector is trusted anywhere in the article; a generic sapo class
    // only where a sapo stands: before the body text or at its start
    if (!profLeads.includes(e)) {
      if (scan.order.get(e)! > leadLimit) continue;
      if (titleEl && isAncestor(e, titleEl)) continue;
    }
    const t = readText(e, g, scan);
    if (t.length >= 30 && t.length <= 2000 && (!titleText || lowerKey(t) !== lowerKey(titleText))) {
      leadEl = e;
      break;
    }
  }
  if (leadEl) specials.set(leadEl, 'lead');

  // ---- dateline
  let datelineEl: Element | null = null;
  for (const e of [...pick('dateline'), ...scan.cand.dateline]) {
    if (specials.has(e)) continue;
    if (!inScope(e, scope) || (looseScope && inSiteHeader(e, scan))) continue;
    if (isDateText(readText(e, g, scan))) {
      datelineEl = e;
      break;
    }
  }
  // no dateline by class: a line that is nothing but a date between the headline and the
  // body ("Thứ Hai, 10/11/2025 14:30" in a plain <span> or <em>)
  if (!datelineEl && titleEl && first) datelineEl = visibleDateline(scan, g, rules.dates, titleEl, first, scope);
  if (datelineEl) specials.set(datelineEl, 'dateline');

  // ---- bylines (page-marked author blocks)
  const bylineEls: Element[] = [];
  const profBylines = pick('byline');
  const genericBylines = scan.cand.byline.filter((e) => !scan.cand.byline.some((o) => o !== e && isAncestor(e, o)));
  for (const e of [...profBylines, ...genericBylines]) {
    if (specials.has(e) || bylineEls.includes(e)) continue;
    if (!profBylines.includes(e) && (!inScope(e, scope) || (looseScope && inSiteHeader(e, scan)))) continue;
    const t = cleanByline(readText(e, g, scan));
    if (t.length < 2 || t.length > 120 || isDateText(t) || !/\p{L}/u.test(t)) continue;
    if (g.dropExact.has(lowerKey(t))) continue;
    bylineEls.push(e);
    specials.set(e, 'byline');
  }

  // ---- body
  const ctx: EmitCtx = { g, scan, specials, emitted: new Set(), drop, captions, out, skip: kickerInTitle ? new Set([kickerInTitle]) : undefined };
  for (const c of containers) emitContainer(c, ctx);
  for (const [el, kind] of specials) if (!ctx.emitted.has(el)) pushSpecial(el, kind, ctx);
  out.sort((a, b) => a.pos - b.pos);

  // title from metadata when the page has no visible headline
  if (!out.some((b) => b.kind === 'title')) {
    const names = new Set(siteNames.map((n) => foldKey(n)));
    const t = metaTitles[0];
    if (t) {
      out.unshift({ kind: 'title', text: stripSiteSuffix(t, names, g.titleSeparators), pos: -1, origin: 'meta', linkShare: 0, strong: false, em: false, right: false, center: false, afterImage: false, special: true });
      warnings.push('html: no visible headline; title taken from the page metadata');
    }
  }

  // the page's own summary (meta/og/JSON-LD description), to tell an unmarked sapo by
  const descKeys = new Set([...ld.candidates, ...metaTags].filter((m) => m.field === 'description').map((m) => lowerKey(m.value)));
  const blocks = finishBlocks(out, g, rules.structure, descKeys, rules.dates);

  // ---- metadata candidates
  const meta: MetaCandidate[] = [...ld.candidates, ...metaTags];
  if (scan.canonical) meta.push({ field: 'url', value: normaliseInline(scan.canonical), origin: 'meta' });
  if (scan.docTitle) meta.push({ field: 'title', value: normaliseInline(scan.docTitle), origin: 'meta' });
  for (const e of scan.cand.times) {
    if (!inScope(e, scope)) continue;
    const v = attr(e, 'datetime') ?? attr(e, 'content') ?? readText(e, g, scan);
    if (v && v.trim()) {
      meta.push({ field: 'published', value: normaliseInline(v), origin: 'time' });
      break;
    }
  }
  if (prof) meta.push({ field: 'outlet', value: prof.name, origin: 'profile' });
  if (blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'lead').length === 0) warnings.push('html: no article text found');
  // a CMS account ("Super User", "admin") named as the author is nobody's byline
  const real = (g.cmsAccounts.size ? meta.filter((m) => m.field !== 'author' || !g.cmsAccounts.has(lowerKey(m.value))) : meta).map((m) =>
    m.field === 'published' || m.field === 'modified' ? { ...m, value: utcToVietnam(m.value) } : m,
  );
  return { format: 'html', blocks, meta: dedupeCandidates(real), warnings };
}

const UTC_STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-]00:?00)$/i;

/**
 * A machine timestamp in UTC ("2025-11-09T18:30:00Z", "+00:00") as the page's readers see
 * it: Vietnam time, +07:00 ("2025-11-10T01:30:00+07:00"). The CMSs that stamp UTC print
 * the local time on the page; left in UTC, an article posted after midnight would carry
 * the day before. Other values pass unchanged.
 */
export function utcToVietnam(v: string): string {
  const m = UTC_STAMP.exec(v.trim());
  if (!m) return v;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, m[6] ? +m[6] : 0) + 7 * 3600 * 1000;
  const d = new Date(t);
  const p = (n: number) => String(n).padStart(2, '0');
  const time = `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}` + (m[6] ? `:${p(d.getUTCSeconds())}` : '');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${time}+07:00`;
}

/**
 * A short line made only of widget labels and counters: "0 Bình luận Chia sẻ", "00:00 /
 * 03:25" (a player's clock), "Lưu | In". `key` is the line's lowerKey.
 */
function isWidgetRun(key: string, g: GenericHtmlRules): boolean {
  let rest = key.replace(/[\d()|•·,.:/+\-–]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!rest) return true;
  if (rest === key) return false; // no counter or separator: a single label is dropExact's job
  for (let guard = 0; rest && guard < 8; guard++) {
    const p = g.dropPhrases.find((ph) => rest === ph || rest.startsWith(ph + ' '));
    if (!p) return false;
    rest = rest.slice(p.length).trimStart();
  }
  return rest.length === 0;
}

/**
 * Filters over the emitted blocks: widget text, related-link lists, link-only lines,
 * repeated title/lead, captions told by position and style, closing bylines, duplicate
 * captions and bylines.
 */
function finishBlocks(raw: RawBlock[], g: GenericHtmlRules, sr: StructureRules, descKeys: Set<string>, dr: DateRules): Block[] {
  const title = raw.find((b) => b.kind === 'title');
  const lead = raw.find((b) => b.kind === 'lead');
  const titleKey = title ? lowerKey(title.text) : null;
  const leadKey = lead ? lowerKey(lead.text) : null;
  const kept: RawBlock[] = [];
  let inRelated = false;
  for (const b of raw) {
    if (b.special) {
      kept.push(b);
      continue;
    }
    // widget phrases and markers are short: only short blocks need a key
    const key = b.text.length <= 80 || (titleKey && b.text.length === titleKey.length) || (leadKey && b.text.length === leadKey.length) ? lowerKey(b.text) : '';
    const bare = key.replace(/[:：\s]+$/, '');
    if (g.relatedMarkers.has(bare)) {
      inRelated = true;
      continue;
    }
    if (inRelated) {
      if (b.linkShare >= 0.6) continue;
      inRelated = false;
    }
    if (g.dropExact.has(key) || g.dropExact.has(bare) || g.dropPrefix.test(b.text)) continue;
    if (key && key.length <= 60 && isWidgetRun(key, g)) continue;
    if ((b.kind === 'paragraph' || b.kind === 'heading') && b.linkShare >= 0.8) continue;
    if (key && (key === titleKey || key === leadKey)) continue;
    if (b.kind === 'paragraph' && b.afterImage && b.text.length <= 300 && (b.em || (b.center && b.text.length <= 250) || /(?:^|[\s(.])Ảnh\s*:/u.test(b.text))) {
      kept.push({ ...b, kind: 'caption' });
      continue;
    }
    kept.push(b);
  }

  // a body line that is nothing but a date, first or last in the body, is the dateline
  // (one the page marks by no class), never article text
  {
    const text = kept.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
    const hasDateline = kept.some((b) => b.kind === 'dateline');
    const ends = text.length > 2 ? [text[0]!, text[text.length - 1]!] : text.slice(0, 1);
    let taken = hasDateline;
    for (const b of ends) {
      const d = b.kind === 'paragraph' && b.text.length <= 100 ? matchDateLine(b.text, dr) : null;
      if (!d || d.clock) continue;
      if (taken) kept.splice(kept.indexOf(b), 1);
      else b.kind = 'dateline';
      taken = true;
    }
  }

  // closing bylines: the last text lines of the body that read as names / credits
  const body = kept.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  for (let i = body.length - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const b = body[i]!;
    if (b.kind !== 'paragraph' || !looksLikeByline(b, g)) break;
    b.kind = 'byline';
  }
  // an opening bold/right-aligned name line is a byline too
  let firstPara = body.find((b) => b.kind === 'paragraph');
  if (firstPara && (firstPara.strong || firstPara.right) && firstPara.text.length <= 60 && looksLikeByline(firstPara, g)) {
    firstPara.kind = 'byline';
    // the sapo may stand right under that byline
    firstPara = body.find((b) => b.kind === 'paragraph');
  }
  // with no sapo marked, the opening paragraph is the lead when it is set in bold or opens
  // with an agency tag ("(CT) - ", "LSO-"): SPEC's "a first paragraph opening with an agency tag"
  // likewise when it is the page's own description word for word (a sapo in an unmarked box)
  if (!lead && firstPara && firstPara.kind === 'paragraph' && ((firstPara.strong && firstPara.text.length >= 60) || agencyTag(firstPara.text, sr) || (firstPara.text.length >= 30 && descKeys.has(lowerKey(firstPara.text))))) firstPara.kind = 'lead';

  const out: Block[] = [];
  const seenCaptions = new Set<string>();
  const bylineKeys: string[] = [];
  for (const b of kept) {
    let text = b.text;
    if (b.kind === 'caption') {
      const k = lowerKey(text);
      if (seenCaptions.has(k)) continue;
      seenCaptions.add(k);
    } else if (b.kind === 'byline') {
      text = cleanByline(text);
      const k = lowerKey(text);
      if (!text || bylineKeys.some((o) => o.includes(k))) continue;
      bylineKeys.push(k);
    }
    out.push({ kind: b.kind, text, origin: b.origin });
  }
  return out;
}
