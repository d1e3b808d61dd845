import type { MetaCandidate, MetaField } from '../../types.js';
import { foldKey, normaliseInline } from '../../normalise/text.js';
import { load } from 'cheerio/slim';
import { compile } from 'css-select';
import type { Element } from 'domhandler';

/**
 * Metadata candidates of an HTML page, kept apart from the main text (as trafilatura
 * does): JSON-LD, OpenGraph / article:*, <meta name=…>, itemprop, canonical link,
 * <title>. Each candidate says where it came from; the extractors judge between them.
 */

/** One <meta> tag as read in the document scan. */
export interface MetaTag {
  key: string; // property, else name, else itemprop (lower case)
  itemprop: string | null;
  content: string;
}

/** A <meta> element as a MetaTag: it needs content and a property, name or itemprop. */
export function metaTagOf(el: Element): MetaTag | null {
  const a = el.attribs;
  const content = a.content;
  const key = (a.property || a.name || a.itemprop || '').toLowerCase();
  if (content === undefined || !key) return null;
  return { key, itemprop: a.itemprop ? a.itemprop.toLowerCase() : null, content };
}

/** The metadata elements of <head>, in document order. */
export interface HeadElements {
  metas: Element[];
  canonical: Element[];
  titles: Element[];
  ld: Element[];
  /** <base href>: the page's own address on some CMSs (Joomla), else at least its site */
  base: Element[];
}

/**
 * What is read from <head>, as CSS. Compiled once by css-select (cheerio's own engine):
 * a selector string given to cheerio is parsed and compiled again on every call, which
 * measured ≈ 0.1 ms/page, ten times the matching.
 */
const HEAD_METADATA = compile([
  'meta[content]:is([property], [name], [itemprop])',
  'link[rel="canonical" i][href]:not([href=""])',
  'base[href^="http" i]',
  'title',
  // "application/ld+json", also with parameters or odd case
  'script[type*="ld+json" i]',
].join(', '));

/**
 * One cheerio root for the whole process, only to wrap nodes. `load(document)` per page
 * (it defines a new class each call, its closure holding the page) measured ≈ +1 ms/page,
 * nearly all of it garbage collection; wrapping through one shared root costs nothing
 * measurable.
 */
const $ = load([]);

/**
 * The page's <head> metadata, read with cheerio: the <head> elements the scan reaches
 * (it skips dropped tags such as <noscript> and flattens runaway nesting, so these are
 * exactly the elements it used to read itself) are wrapped as they are, no reparse, and
 * `filter()` keeps those the selectors name, in document order. Clear selectors over a
 * hundred-odd elements. (`$(head).find()` would read the same but first runs domutils'
 * removeSubsets over <head>'s children, quadratic in their number: ≈ 3× the matching
 * cost on a news site's <head>.)
 *
 * The hot generic scan over the whole page does not use cheerio: there every `$(sel)` is
 * a walk of its own over the full tree plus result wrappers (≈ 0.1 ms per query per
 * page, measured), where the scan gathers a dozen facts per element in one pass.
 */
export function headElements(elements: Element[]): HeadElements {
  const out: HeadElements = { metas: [], canonical: [], titles: [], ld: [], base: [] };
  for (const el of $(elements).filter((_, el) => HEAD_METADATA(el)).toArray()) {
    if (el.name === 'meta') out.metas.push(el);
    else if (el.name === 'link') out.canonical.push(el);
    else if (el.name === 'base') out.base.push(el);
    else if (el.name === 'title') out.titles.push(el);
    else out.ld.push(el);
  }
  return out;
}

/** Property / name → (field, origin). Only what the record needs. */
const META_MAP: Record<string, [MetaField, string]> = {
  'og:title': ['title', 'og'],
  'og:description': ['description', 'og'],
  'og:site_name': ['outlet', 'og'],
  'og:url': ['url', 'og'],
  'article:published_time': ['published', 'og'],
  'article:modified_time': ['modified', 'og'],
  'og:updated_time': ['modified', 'og'],
  'article:section': ['section', 'og'],
  'article:tag': ['tags', 'og'],
  'article:author': ['author', 'og'],
  title: ['title', 'meta'],
  description: ['description', 'meta'],
  author: ['author', 'meta'],
  'dable:author': ['author', 'meta'],
  'dc.creator': ['author', 'meta'],
  keywords: ['tags', 'meta'],
  news_keywords: ['tags', 'meta'],
  pubdate: ['published', 'meta'],
  publishdate: ['published', 'meta'],
  'publish-date': ['published', 'meta'],
  'publish_date': ['published', 'meta'],
  'article.published': ['published', 'meta'],
  'article:published': ['published', 'meta'],
  'dc.date.issued': ['published', 'meta'],
  'dc.date': ['published', 'meta'],
  'parsely-pub-date': ['published', 'meta'],
  'sailthru.date': ['published', 'meta'],
  'date': ['published', 'meta'],
  lastmod: ['modified', 'meta'],
  'last-modified': ['modified', 'meta'],
  source: ['outlet', 'meta'],
  'dable:item_id': ['url', 'ignore'],
};

const ITEMPROP_MAP: Record<string, [MetaField, string]> = {
  datepublished: ['published', 'meta'],
  datemodified: ['modified', 'meta'],
  headline: ['title', 'meta'],
  description: ['description', 'meta'],
  sourceorganization: ['outlet', 'meta'],
  articlesection: ['section', 'meta'],
};

const ARTICLE_TYPES = new Set([
  'newsarticle',
  'article',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);

/** HTML entities left inside script text (JSON-LD is not entity-decoded by the parser). */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6}|#39);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** JSON-LD as sites write it: raw newlines/tabs in strings, trailing commas, comments. */
export function parseJsonLoose(text: string): unknown {
  const t = text.trim().replace(/^<!--/, '').replace(/-->$/, '').replace(/^\/\*[\s\S]*?\*\//, '').trim();
  if (!t) return null;
  try {
    return JSON.parse(t);
  } catch {
    try {
      return JSON.parse(t.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

function str(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = normaliseInline(decodeEntities(v));
    return s || null;
  }
  if (typeof v === 'number') return String(v);
  return null;
}

function typesOf(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t.toLowerCase()];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return [];
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object in a JSON-LD value, flattening arrays and @graph, one level of mainEntity. */
function ldObjects(v: unknown, out: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 4) return out;
  if (Array.isArray(v)) for (const x of v) ldObjects(x, out, depth + 1);
  else if (isObj(v)) {
    out.push(v);
    if (v['@graph']) ldObjects(v['@graph'], out, depth + 1);
    if (isObj(v.mainEntity)) ldObjects(v.mainEntity, out, depth + 1);
  }
  return out;
}

export interface JsonLdFacts {
  candidates: MetaCandidate[];
  publisher: string | null;
}

/**
 * The first article-typed JSON-LD object gives headline, description, dates, authors,
 * publisher, url, section and keywords. An author typed Organization, or whose name is
 * the publisher's or the site's own, is 'jsonld-org' (VnExpress names itself as author).
 */
export function jsonLdCandidates(scripts: string[], siteNames: string[]): JsonLdFacts {
  const objs: Record<string, unknown>[] = [];
  for (const s of scripts) ldObjects(parseJsonLoose(s), objs);
  const art = objs.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const out: MetaCandidate[] = [];
  if (!art) return { candidates: out, publisher: null };
  const push = (field: MetaField, v: unknown, origin = 'jsonld') => {
    const s = str(v);
    if (s) out.push({ field, value: s, origin });
  };
  const pub = isObj(art.publisher) ? str(art.publisher.name) : Array.isArray(art.publisher) && isObj(art.publisher[0]) ? str(art.publisher[0].name) : str(art.publisher);
  push('title', art.headline ?? art.name);
  push('description', art.description);
  push('published', art.datePublished);
  push('modified', art.dateModified);
  const own = new Set([...siteNames, ...(pub ? [pub] : [])].map((n) => foldKey(n)));
  const authors = Array.isArray(art.author) ? art.author : art.author !== undefined ? [art.author] : [];
  for (const a of authors) {
    const name = isObj(a) ? str(a.name) : str(a);
    if (!name || /^https?:\/\//i.test(name)) continue;
    const org = isObj(a) && typesOf(a).includes('organization');
    out.push({ field: 'author', value: name, origin: org || own.has(foldKey(name)) ? 'jsonld-org' : 'jsonld' });
  }
  if (pub) out.push({ field: 'outlet', value: pub, origin: 'jsonld' });
  const mep = isObj(art.mainEntityOfPage) ? art.mainEntityOfPage['@id'] : art.mainEntityOfPage;
  push('url', art.url ?? mep);
  const section = Array.isArray(art.articleSection) ? art.articleSection[0] : art.articleSection;
  push('section', section);
  const kw = Array.isArray(art.keywords) ? art.keywords.filter((k) => typeof k === 'string').join(', ') : art.keywords;
  push('tags', kw);
  return { candidates: out, publisher: pub };
}

/** <meta> tags → candidates (skipping empty and URL-valued authors). */
export function metaTagCandidates(tags: MetaTag[]): MetaCandidate[] {
  const out: MetaCandidate[] = [];
  for (const t of tags) {
    let hit = META_MAP[t.key];
    if (!hit && t.itemprop) hit = ITEMPROP_MAP[t.itemprop];
    if (!hit || hit[1] === 'ignore') continue;
    const value = normaliseInline(t.content); // attribute values come entity-decoded
    if (!value) continue;
    if (hit[0] === 'author' && /^https?:\/\//i.test(value)) continue;
    out.push({ field: hit[0], value, origin: hit[1] });
    // a tag carrying both property=og:title and itemprop=headline counts once
  }
  return out;
}

/** Keep the first of each (field, value, origin). */
export function dedupeCandidates(c: MetaCandidate[]): MetaCandidate[] {
  const seen = new Set<string>();
  const out: MetaCandidate[] = [];
  for (const m of c) {
    const k = m.field + '\u0000' + m.origin + '\u0000' + m.value;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(m);
  }
  return out;
}
