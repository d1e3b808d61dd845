/**
 * Article or not? Pages that are not articles give no record (SPEC §2): tag / topic / author
 * listings, home and section pages, social-network posts, block pages ("Just a moment…"),
 * encyclopedia pages, aggregator pages, and pages with no article text at all.
 *
 * Cues are data (rules/classify.json). Strong cues decide alone: a block-page phrase, a
 * social / encyclopedia / aggregator host, a listing path in the URL (/tag/, /chu-de/,
 * /tac-gia/…), no text at all (neither body nor description). Weak cues add up (weights in
 * the rules): a section-shaped URL with no article id, a page made of short link lines,
 * runs of "2 giờ trước" / "01:25" stamps, and (weighing less, never deciding alone) a
 * listing-style title such as "… - Tin tức mới nhất 24h qua". The sum decides at a lower
 * threshold when the page has no publication date of its own.
 */
import type { Block, ParsedDoc } from '../types.js';
import type { Rules } from '../rules/index.js';
import type { ClassifyRules } from './rows/rules.js';
import { countWords } from './rows/chars.js';

export type Classification = { article: true } | { article: false; reason: string };

const words = countWords;
const TEXT_KINDS = new Set<Block['kind']>(['paragraph', 'lead', 'heading']);

export function classifyDoc(doc: ParsedDoc, rules: Rules): Classification {
  const c = rules.rows.classify;
  const title = doc.blocks.find((b) => b.kind === 'title')?.text ?? doc.meta.find((m) => m.field === 'title')?.value ?? '';
  const urlText = doc.meta.find((m) => m.field === 'url')?.value ?? null;
  const url = parseUrl(urlText);
  const textBlocks = doc.blocks.filter((b) => TEXT_KINDS.has(b.kind));
  const text = textBlocks.map((b) => b.text).join('\n');
  const description = doc.meta.find((m) => m.field === 'description')?.value ?? '';
  const hasPublished = doc.meta.some((m) => m.field === 'published' && /\d/.test(m.value)) || doc.blocks.some((b) => b.kind === 'dateline');
  // words per text block, counted once: their sum is the words of the joined text (the
  // joining newline is no word), and the running-text test below reads them again
  const blockWords = textBlocks.map((b) => words(b.text));
  let textWords = 0;
  for (const w of blockWords) textWords += w;

  // strong cues
  if (c.block.test(title) || (textWords < 150 && c.block.test(text))) return no('block page (access denied / captcha / not found)');
  if (url && hostIn(url.host, c.socialHostNames)) return no(`social network post (${url.host})`);
  if ((url && hostIn(url.host, c.encyclopediaHostNames)) || c.encyclopediaTitle.test(title) || c.encyclopedia.test(text.slice(0, 2000))) return no('encyclopedia page');
  if ((url && hostIn(url.host, c.aggregatorHostNames)) || c.aggregator.test(description) || (textWords < 200 && c.aggregator.test(text))) return no('aggregator page');
  if (url && listingPath(url, c)) return no(`listing page (tag / topic / author URL: ${url.pathname})`);

  const descWords = words(description);
  if (textWords < c.t.minArticleWords && descWords < c.t.minArticleWords) return no('no article text');

  // weak cues add up; a listing-style title alone never decides ("Giá vàng mới nhất hôm nay" is an article)
  const weak: string[] = [];
  let score = 0;
  const cue = (w: number, why: string) => {
    score += w;
    weak.push(why);
  };
  if (title && c.titleListing.test(title)) cue(c.w.listingTitle, 'listing-style title');
  if (url && sectionShaped(url, c)) cue(c.w.sectionUrl, 'home/section URL without an article id');
  // lists of links or of stamped items only count where there is little running text
  const running = sentenceWords(textBlocks, blockWords, c);
  if (running < c.t.listingMaxSentenceWords) {
    if (linkList(doc.blocks, c)) cue(c.w.linkList, 'page of short link lines');
    if (stampRun(doc.blocks, c)) cue(c.w.stampRun, 'runs of time stamps');
  }
  if (score >= c.w.threshold || (score >= c.w.thresholdWithoutDate && !hasPublished)) return no(`listing page: ${weak.join(', ')}`);
  return { article: true };
}

function no(reason: string): Classification {
  return { article: false, reason };
}

function parseUrl(u: string | null): URL | null {
  if (!u) return null;
  try {
    return new URL(u.trim());
  } catch {
    return null;
  }
}

/** `hosts`: the host part of each listed entry ("x.com/groups" → "x.com"), split once with the rules */
function hostIn(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return hosts.some((xh) => h === xh || h.endsWith('.' + xh));
}

function listingPath(url: URL, c: ClassifyRules): boolean {
  const segments = url.pathname.toLowerCase().split('/').filter(Boolean);
  if (segments.slice(0, -1).some((s) => c.listingSegments.has(s)) || (segments.length === 1 && c.listingSegments.has(segments[0]!))) return true;
  return !!c.listingPath && c.listingPath.test(url.pathname + url.search);
}

/** the site root, or one to three short slug segments with no article id ("/the-gioi.htm", "/thoi-su/giao-thong") */
function sectionShaped(url: URL, c: ClassifyRules): boolean {
  const path = decodeURIComponentSafe(url.pathname).replace(/\/+$/, '');
  const segments = path.split('/').filter(Boolean);
  if (!segments.length) return !url.search;
  if (segments.length > c.sectionMaxSegments) return false;
  if (c.articleId.test(path) || c.articleId.test(url.search)) return false;
  const slugWords = (s: string) => s.replace(/\.(?:html?|aspx?|php|vn)$/i, '').split(/[-_]+/).filter(Boolean).length;
  // a section page sits at the top ("/the-gioi") or under one ("/thoi-su/lao-dong-viec-lam");
  // an article slug, even short, is longer than a top-level section name
  if (segments.length === 1) return slugWords(segments[0]!) <= c.sectionMaxTopSlugWords;
  return segments.every((s) => slugWords(s) <= c.sectionMaxSlugWords);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** words in sentence-shaped text blocks (lead, paragraphs); `counts` are their words */
function sentenceWords(textBlocks: Block[], counts: number[], c: ClassifyRules): number {
  let n = 0;
  for (let i = 0; i < textBlocks.length; i++) {
    const w = counts[i]!;
    if (w >= c.t.minSentenceWords && /[.!?…"”]/u.test(textBlocks[i]!.text)) n += w;
  }
  return n;
}

/** many text lines, mostly short titles without sentence ends (page furniture not counted) */
function linkList(blocks: Block[], c: ClassifyRules): boolean {
  const lines = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  if (lines.length < c.t.listingMinLines) return false;
  let short = 0;
  for (const b of lines) {
    const n = words(b.text);
    const sentence = n >= c.t.minSentenceWords && /[.!?…"”]$/u.test(b.text.trim());
    if (!sentence && n < 20) short++;
  }
  return short / lines.length >= c.t.listingShortLineShare;
}

/** "1h trước", "2 giờ trước", "01:25 00:52 …": lists of items carry a stamp each */
function stampRun(blocks: Block[], c: ClassifyRules): boolean {
  let n = 0;
  for (const b of blocks) {
    if (b.kind === 'title') continue;
    n += b.text.match(c.relativeTime)?.length ?? 0;
    n += b.text.match(c.duration)?.length ?? 0;
    if (n >= c.t.stampRunMin) return true;
  }
  return false;
}
