import type { Block, MetaCandidate, ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { StructureRules } from './rules.js';
import { foldKey, titleCaseName, isAllCaps, stripDiacritics } from '../../normalise/text.js';
import { parseByline, type Byline } from './bylines.js';
import { splitCaptionCredit } from './captions.js';
import { agencyTag } from './agency.js';
import { hostOf, outletFor, profileForHost, profileForName } from '../../parse/html/outlets.js';
import { dedupeCaptions } from './similar.js';
import { foreignPersonName } from '../people/grammar.js';
import { isVietnameseSyllable } from '../../input/encodings/vietnamese.js';

export { parseByline, looksLikeByline, isPersonName } from './bylines.js';
export { splitCaptionCredit } from './captions.js';
export { agencyTag } from './agency.js';

/** The record fields read off the block stream (no domain extraction). */
export interface StructureFields {
  title: string | null;
  kicker: string | null;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  authors: string[];
  photoCredits: string[];
  outlet: string | null;
  agencyCode: string | null;
  warnings: string[];
}

/** Names kept once each (compared by foldKey), in reading order; each name is folded once. */
class NameList {
  readonly items: string[] = [];
  private readonly keys = new Set<string>();

  add(names: readonly string[]): void {
    for (const n of names) {
      const t = n.trim();
      if (!t) continue;
      const k = foldKey(t);
      if (this.keys.has(k)) continue;
      this.keys.add(k);
      this.items.push(t);
    }
  }
}

// which metadata source to believe for a field, best first
const TITLE_ORIGINS = ['jsonld', 'og', 'meta', 'column', 'visible', 'profile'];
const OUTLET_ORIGINS = ['profile', 'column', 'og', 'jsonld-org', 'jsonld', 'meta', 'visible'];
const AUTHOR_ORIGINS = ['visible', 'column', 'jsonld', 'profile', 'meta', 'og'];

function byOrigin(meta: readonly MetaCandidate[], field: MetaCandidate['field'], order: readonly string[]): MetaCandidate[] {
  const rank = (o: string) => {
    const i = order.indexOf(o);
    return i < 0 ? order.length : i;
  };
  return meta
    .map((m, i) => ({ m, i }))
    .filter((x) => x.m.field === field && x.m.value.trim() !== '')
    .sort((a, b) => rank(a.m.origin) - rank(b.m.origin) || a.i - b.i)
    .map((x) => x.m);
}

/** A loose key for site names: "Ngoisao.net" ~ "Ngôi sao", "VnExpress Giải trí" starts "VnExpress". */
function siteKey(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/\.(?:vn|com|net|org)\b/g, '').replace(/[^a-z0-9]/g, '');
}

const SITE_LIKE = /(?:\.(?:vn|com|net|org)\b|^Báo\s|^Tạp chí\s|^Truyền hình\s|^Đài\s)/iu;

/**
 * A meta/row title without the site name that pages append: "… - VnExpress",
 * "… | Báo Lạng Sơn", "… - Ngôi sao - Ngoisao.net". Only a suffix that names the outlet
 * (or looks like a site) is cut, so "… Việt Nam - Vương quốc Anh" keeps its dash.
 */
export function stripSiteSuffix(title: string, outlets: readonly string[], label: RegExp | null = null): string {
  const keys = outlets.map(siteKey).filter((k) => k.length >= 2);
  let t = title.trim();
  if (label) t = t.replace(label, '');
  for (let guard = 0; guard < 3; guard++) {
    const m = /\s+[-–—|]\s+([^-–—|]{2,60})$/u.exec(t);
    if (!m) break;
    const suffix = m[1]!.trim();
    const k = siteKey(suffix);
    const named = k.length >= 2 && keys.some((o) => k.startsWith(o) || o.startsWith(k));
    if (!named && !SITE_LIKE.test(suffix)) break;
    // "… - Ngôi sao - Ngoisao.net": a cut site name also names the suffix before it
    if (k.length >= 2) keys.push(k);
    t = t.slice(0, m.index).trim();
  }
  return t;
}

function isSiteName(value: string, outlets: readonly string[]): boolean {
  const k = siteKey(value);
  if (!k) return true;
  if (outlets.some((o) => siteKey(o) === k)) return true;
  return SITE_LIKE.test(value) || /^https?:/i.test(value);
}

interface AuthorPick {
  authors: string[];
  agencies: string[];
}

/** Names from metadata author candidates (JSON-LD Person, meta author, row columns). */
function metaAuthors(cands: readonly MetaCandidate[], outlets: readonly string[], r: StructureRules): AuthorPick {
  const authors = new NameList();
  const agencies = new NameList();
  for (const c of cands) {
    if (c.origin === 'jsonld-org') continue;
    const v = c.value.trim();
    if (isSiteName(v, outlets)) continue;
    if (c.origin === 'column') {
      // row author columns are cleaned upstream: a person's name, title-cased if in capitals
      if (r.agencies.has(foldKey(v))) agencies.add([v]);
      else authors.add([isAllCaps(v) ? titleCaseName(v) : v]);
      continue;
    }
    const b = parseByline(v, r);
    authors.add(b.authors);
    agencies.add(b.agencies);
  }
  return { authors: authors.items, agencies: agencies.items };
}

/**
 * Read the record's structural fields off any parser's blocks (text, HTML, rows) and its
 * metadata candidates, judging between them with explicit preferences:
 * - title: a `title` block, else the best meta title without its " - Site" suffix;
 * - paragraphs: lead + paragraph + heading blocks in order (lead = paragraphs[0]);
 * - captions: each once, their "Ảnh: X" credit moved to photoCredits;
 * - authors: visible bylines win; metadata authors that are the site are not bylines;
 *   agencies ("TTXVN") only when no person is named;
 * - agencyCode: the lead's source tag; outlet: metadata / outlet rules.
 */
export function extractStructure(doc: ParsedDoc, rules: Rules, source: { path: string; url: string | null }): StructureFields {
  const r = rules.structure;
  const warnings: string[] = [];
  const blocks = doc.blocks;
  const first = (k: Block['kind']) => blocks.find((b) => b.kind === k)?.text ?? null;

  // paragraphs, lead
  const paragraphs: string[] = [];
  let lead: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'lead') {
      if (lead === null) {
        lead = b.text;
        paragraphs.unshift(b.text);
      } else paragraphs.push(b.text);
    } else if (b.kind === 'paragraph' || b.kind === 'heading') paragraphs.push(b.text);
  }
  if (lead === null) {
    const desc = byOrigin(doc.meta, 'description', ['jsonld', 'og', 'meta', 'column'])[0];
    // a row's summary column that is also its first paragraph is the lead
    if (desc && doc.format === 'row' && paragraphs.length && foldKey(paragraphs[0]!) === foldKey(desc.value)) lead = paragraphs[0]!;
  }

  // agency code: the lead's tag (else the first paragraph's), else a metadata candidate
  let agencyCode: string | null = null;
  const tagged = lead ?? paragraphs[0] ?? null;
  if (tagged) agencyCode = agencyTag(tagged, r)?.code ?? null;
  if (!agencyCode) agencyCode = byOrigin(doc.meta, 'agencyCode', ['profile', 'column', 'meta', 'visible'])[0]?.value ?? null;

  // outlet; its names are what a meta title's suffix and a site "author" are judged against
  const outlet = pickOutlet(doc, rules, agencyCode, source.url);
  const outletNames = byOrigin(doc.meta, 'outlet', OUTLET_ORIGINS).map((c) => c.value);
  if (outlet) outletNames.push(outlet);
  // every name the outlet goes by (rules/outlets.json), known from the page's URL or from a
  // name it prints: a row whose source column says "Tiền Phong" may title "… - TPO"
  const pageUrl = source.url ?? byOrigin(doc.meta, 'url', ['og', 'jsonld', 'meta', 'column', 'visible'])[0]?.value ?? null;
  const profiles = new Set([profileForHost(hostOf(pageUrl), rules.outlets), ...outletNames.map((n) => profileForName(n, rules.outlets))]);
  for (const p of profiles) if (p) outletNames.push(p.name, ...p.aliases);

  // title, kicker
  // a row's title column is the page's <title>: it may carry the site name too
  let title = first('title');
  if (title !== null && doc.format === 'row') title = stripSiteSuffix(title, outletNames, r.titleLabel);
  if (title === null) {
    const mt = byOrigin(doc.meta, 'title', TITLE_ORIGINS)[0];
    if (mt) title = stripSiteSuffix(mt.value, outletNames, r.titleLabel);
  }
  const kicker = first('kicker')?.replace(/\s*:\s*$/u, '').trim() || null;

  // captions and their credits
  const captionList = new NameList();
  const creditList = new NameList();
  for (const b of blocks) {
    if (b.kind !== 'caption') continue;
    const s = splitCaptionCredit(b.text, r);
    if (s.caption) captionList.add([s.caption]);
    creditList.add(s.credits);
  }

  // bylines
  const personList = new NameList();
  const agencyList = new NameList();
  const bylineSets: string[][] = [];
  for (const b of blocks) {
    if (b.kind !== 'byline') continue;
    const y: Byline = parseByline(b.text, r);
    if (y.authors.length) bylineSets.push(y.authors);
    personList.add(y.authors);
    creditList.add(y.photo);
    agencyList.add(y.agencies);
  }
  // a row's author column may credit the photos too ("Tin, ảnh: X"); a foreign credit
  // counts when it is a person's name, not a company's ("Ảnh: Universal Pictures")
  for (const c of doc.meta) {
    if (c.field !== 'photoCredit') continue;
    const vietnamese = c.value.split(' ').every((w) => isVietnameseSyllable(w));
    if (vietnamese || foreignPersonName(c.value, rules.people.westernMemo)) creditList.add([c.value]);
  }
  // pages often print a caption twice with small differences; keep the first wording
  const captions = dedupeCaptions(captionList.items);
  const photoCredits = creditList.items;
  const persons = personList.items;
  const agencies = agencyList.items;
  const fromMeta = metaAuthors(byOrigin(doc.meta, 'author', AUTHOR_ORIGINS), outletNames, r);
  let authors: string[];
  if (persons.length) {
    authors = persons;
    const extra = fromMeta.authors.filter((a) => !persons.some((p) => foldKey(p) === foldKey(a)));
    if (extra.length) warnings.push(`authors: metadata names ${extra.join(', ')} but the visible byline says ${persons.join(', ')}; kept the byline`);
  } else if (fromMeta.authors.length) authors = fromMeta.authors;
  else {
    // agencies ("TTXVN", "Nhóm PV") are authors only when no person is named; an outlet
    // a story is taken from ("Theo báo X") is its source, not its author
    const list = new NameList();
    list.add(agencies.filter((a) => r.agencies.has(foldKey(a))));
    list.add(fromMeta.agencies.filter((a) => r.agencies.has(foldKey(a))));
    // "(TTXVN/Vietnam+)" on Vietnam+'s own page: the agency wrote it, the outlet printed it
    const own = (a: string) => outletNames.some((o) => siteKey(o) === siteKey(a));
    authors = list.items.some((a) => !own(a)) ? list.items.filter((a) => !own(a)) : list.items;
  }
  if (bylineSets.length > 1) {
    const keys = new Set(bylineSets.map((s) => s.map(foldKey).join('|')));
    if (keys.size > 1) warnings.push(`authors: ${bylineSets.length} different bylines (${bylineSets.map((s) => s.join(' - ')).join(' / ')})`);
  }

  return { title: title?.trim() || null, kicker, lead, paragraphs, captions, authors, photoCredits, outlet, agencyCode, warnings };
}

/**
 * source.outlet: a publication column written by a person (a row dump's "Source:") as
 * written; else the outlet rules (rules/outlets.json, owned by the HTML parser) from the
 * URL, the printed site name or the lead's agency tag; else the printed site name.
 */
function pickOutlet(doc: ParsedDoc, rules: Rules, agencyCode: string | null, url: string | null): string | null {
  const cands = byOrigin(doc.meta, 'outlet', OUTLET_ORIGINS);
  const column = cands.find((c) => c.origin === 'column');
  if (column) return column.value.trim();
  const pageUrl = url ?? byOrigin(doc.meta, 'url', ['og', 'jsonld', 'meta', 'column', 'visible'])[0]?.value ?? null;
  const hit = outletFor({ url: pageUrl, siteName: cands[0]?.value ?? null, agencyCode }, rules.outlets);
  return hit?.name ?? cands[0]?.value.trim() ?? titleSuffixOutlet(doc, rules) ?? footerOutlet(doc, rules);
}

// "© Báo Bắc Giang", "Báo Quảng Trị điện tử": a copyright mark, or a name that says it is a paper
const FOOTER_NAME = /^(?:(?:©|copyright|bản quyền (?:thuộc )?(?:về )?)\s*(.{2,60}?)|((?:báo|tạp chí|đài|truyền hình)\s.{2,55}?))(?:\s+(?:điện tử|online))?\s*[.,]?$/iu;

/**
 * A footer line (page furniture after the body) that names a known outlet ("Báo Quảng Trị
 * điện tử", "© Báo Bắc Giang"), else null. A menu's "Văn hóa" is no paper's name.
 */
function footerOutlet(doc: ParsedDoc, rules: Rules): string | null {
  let lastBody = -1;
  doc.blocks.forEach((b, i) => {
    if (b.kind === 'paragraph' || b.kind === 'lead') lastBody = i;
  });
  for (let i = lastBody + 1; i < doc.blocks.length; i++) {
    const b = doc.blocks[i]!;
    if (b.kind !== 'boilerplate' || b.text.length > 80) continue;
    const m = FOOTER_NAME.exec(b.text.trim());
    const p = m ? profileForName((m[1] ?? m[2])!, rules.outlets) : null;
    if (p) return p.name;
  }
  return null;
}

/** A known outlet named at the end of a page title ("… | Báo Bắc Giang", "… - TTO"), else null. */
function titleSuffixOutlet(doc: ParsedDoc, rules: Rules): string | null {
  for (const c of byOrigin(doc.meta, 'title', TITLE_ORIGINS)) {
    const m = /\s[-–—|]\s+([^-–—|]{2,60})$/u.exec(c.value);
    // a paper's name capitalises every word ("Dân Việt", "Tiền Phong"); a section's does not
    // ("… - Văn hóa", "… - Giao thông", which are also aliases of papers)
    const suffix = m ? m[1]!.trim() : '';
    const p = suffix && suffix.split(/\s+/u).every((w) => /^[\p{Lu}\d]/u.test(w)) ? profileForName(suffix, rules.outlets) : null;
    if (p) return p.name;
  }
  return null;
}
