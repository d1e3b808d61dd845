import type { Block, BlockKind, ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { StructureRules } from '../../extract/structure/rules.js';
import { lineKey } from '../../extract/structure/rules.js';
import { matchDateLine } from '../../extract/dates/lines.js';
import { looksLikeByline, readTrailingByline, trailingBylineStarts } from '../../extract/structure/bylines.js';
import { agencyTag } from '../../extract/structure/agency.js';
import { foldKey } from '../../normalise/text.js';
import { isVietnameseSyllable } from '../../input/encodings/vietnamese.js';
import { groupLines, type Unit } from './lines.js';

/** What a unit looked like on its own, before its place in the page is weighed. */
type Shape = 'content' | 'boiler' | 'ender' | 'debris' | 'date';

interface Item extends Unit {
  shape: Shape;
  kind: BlockKind | null;
  /** the text without a widget glued to its end ("… [GMT +7] A A") */
  clean: string;
  hasTime: boolean;
  /** a date line labelled as the site's clock */
  clock: boolean;
}

// a line that ends a sentence (or a list intro); captions and headings usually do not
const TERMINAL = /[.!?…:;"”»)\]'’]$/u;
const MAX_TITLE = 250;
// furniture patterns describe short lines (tags, copyright, page numbers)
const MAX_PATTERN_LINE = 320;
const MAX_KICKER = 200;
// menu items and section names above a headline are a few words each
const MAX_MENU_ITEMS = 12;
const MIN_HEADLINE_WORDS = 4;
const MAX_SHORT_HEADLINE = 160;
// "- Hỗ trợ 500 hộ", "+ Còn tại…", "1. Tăng cường…": list items are body text
const LIST_ITEM = /^(?:[-+•*–—]\s|\d{1,2}[.)]\s)/u;
// a related-articles box (headlines: no closing period) ends where a sentence resumes
const RESUME_LENGTH = 80;
const SENTENCE_END = /[.!…"”]$/u;

/**
 * A unit judged on its own. Every Item is built here with the same properties in the same
 * order (one hidden class): items of several shapes made parseText's optimised code
 * deoptimise and recompile over and over on a long batch.
 */
function toItem(u: Unit, r: StructureRules, rules: Rules): Item {
  const item: Item = { text: u.text, line: u.line, lines: u.lines, shape: 'content', kind: null, clean: u.text, hasTime: false, clock: false };
  // furniture lines are short: long units skip the (costly) key and pattern tests
  if (u.text.length <= r.maxFurnitureLength) {
    const key = lineKey(u.text);
    if (r.debris.has(key)) item.shape = 'debris';
    else if (r.sectionEnders.has(key)) item.shape = 'ender';
    else if (r.boilerLines.has(key)) item.shape = 'boiler';
    if (item.shape !== 'content') return item;
  }
  if (u.text.length <= MAX_PATTERN_LINE && r.boilerPattern?.test(u.text)) return ((item.shape = 'boiler'), item);
  // "Báo Điện tử Chính phủ", "Tuổi Trẻ Online": a known outlet's name or alias alone on a line
  // (not an agency signing the piece: "TTXVN" at the end is its byline)
  if (u.text.length <= 80 && (isSiteName(u.text, r) || knownOutletLine(u.text, r, rules))) return ((item.shape = 'boiler'), item);
  if (u.text.length > rules.dates.maxDatelineLength + 20) return item;
  const clean = r.widgetSuffix ? u.text.replace(r.widgetSuffix, '').trim() : u.text;
  const d = matchDateLine(clean, rules.dates);
  if (d) {
    item.shape = 'date';
    item.clean = clean;
    item.hasTime = d.hasTime;
    item.clock = d.clock === true;
  }
  return item;
}

/**
 * "Minh Anh | Thứ Hai, 12/02/2024 10:20" and "12/02/2024 - 10:20 | Minh Anh": a date line and
 * a byline printed on one line become two units.
 */
function splitDateBylines(units: Unit[], r: StructureRules, rules: Rules): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    if (u.text.length > 160 || !u.text.includes('|')) {
      out.push(u);
      continue;
    }
    const parts = u.text.split(/\s+\|\s+/u).map((p) => p.trim()).filter(Boolean);
    const isDate = parts.map((p) => matchDateLine(p.replace(r.widgetSuffix ?? /$^/u, '').trim(), rules.dates) !== null);
    const isByline = parts.map((p, i) => !isDate[i] && looksLikeByline(p, r) !== null);
    if (parts.length < 2 || !isDate.some(Boolean) || !isByline.some(Boolean) || !parts.every((_, i) => isDate[i] || isByline[i])) {
      out.push(u);
      continue;
    }
    for (const p of parts) out.push({ text: p, line: u.line, lines: u.lines });
  }
  return out;
}

/** a line that is exactly a known outlet's name or alias, and no agency credit */
function knownOutletLine(t: string, r: StructureRules, rules: Rules): boolean {
  const k = foldKey(t);
  return rules.outlets.byName.has(k) && !r.agencies.has(k);
}

/** "Báo Cần Thơ", "BÁO QUẢNG NINH ĐIỆN TỬ": a publication's name alone on a line (its words capitalised). */
function isSiteName(t: string, r: StructureRules): boolean {
  const m = r.siteNameLine?.exec(t);
  if (!m) return false;
  const ws = m[1]!.split(/\s+/);
  return ws.length <= 6 && ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

function words(s: string): number {
  return s.split(/\s+/).length;
}

/** a content unit no pass has judged yet */
const isOpenContent = (items: readonly Item[], i: number): boolean => items[i]!.shape === 'content' && items[i]!.kind === null;

/**
 * A plain-text page dump → blocks. Lines are first grouped into units (a caption or
 * paragraph broken over several lines is joined), then each unit is judged by its own
 * shape (furniture, a date line, text) and by where it stands: the header (clock,
 * kicker, title, dateline), the body (lead, paragraphs, captions, subheadings) and the
 * tail (bylines, related lists, comment forms). Each of those is one small pass below
 * (small functions also keep V8's optimised code cheap to rebuild when a new input shape
 * shows up late in a long batch).
 */
export function parseText(text: string, rules: Rules): ParsedDoc {
  const r = rules.structure;
  const units = splitDateBylines(groupLines(text), r, rules);
  const items: Item[] = [];
  for (let i = 0; i < units.length; i++) items.push(toItem(units[i]!, r, rules));
  markFurniture(items);
  const { titleAt, kickerAt } = markHeader(items, r);
  markHeaderByline(items, titleAt, r);
  markDates(items, titleAt, kickerAt);
  markRepeatedTitle(items, titleAt);
  markRelatedLists(items, titleAt, r);
  markTailBylines(items, titleAt, r);
  markBody(items, titleAt, r);
  splitGluedByline(items, r);
  const warnings: string[] = [];
  if (titleAt < 0) warnings.push('text: no title line found');
  return { format: 'text', blocks: toBlocks(items), meta: [], warnings };
}

function markFurniture(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.shape === 'boiler' || it.shape === 'ender' || it.shape === 'debris') it.kind = 'boilerplate';
  }
}

/**
 * header: [menu…] [clock…] [kicker] title [dateline…]
 * The title is the first content unit that reads as a headline; a run of short menu
 * items or section names above it is furniture. A unit ending in ":" right above the
 * headline (only dates between) is its kicker. A long or tagged first unit means the
 * dump has no headline at all.
 */
function markHeader(items: Item[], r: StructureRules): { titleAt: number; kickerAt: number } {
  let titleAt = -1;
  let kickerAt = -1;
  const contentIdx: number[] = [];
  for (let i = 0; i < items.length; i++) if (items[i]!.shape === 'content') contentIdx.push(i);
  for (let n = 0; n < contentIdx.length - 1 && n <= MAX_MENU_ITEMS; n++) {
    const i = contentIdx[n]!;
    const t = items[i]!.text;
    if (t.length > MAX_TITLE || agencyTag(t, r)) break;
    const next = items[contentIdx[n + 1]!]!.text;
    if (words(t) < MIN_HEADLINE_WORDS && !t.endsWith(':') && headlineAfterMenu(items, contentIdx, n + 1, r)) continue;
    if (t.endsWith(':') && t.length <= MAX_KICKER && n + 2 < contentIdx.length) {
      const j = contentIdx[n + 1]!;
      if (next.length <= MAX_TITLE && !agencyTag(next, r)) {
        kickerAt = i;
        titleAt = j;
        break;
      }
    }
    titleAt = i;
    break;
  }
  const headStart = kickerAt >= 0 ? kickerAt : titleAt;
  for (const i of contentIdx) if (i < headStart) items[i]!.kind = 'boilerplate';
  if (kickerAt >= 0) items[kickerAt]!.kind = 'kicker';
  if (titleAt >= 0) items[titleAt]!.kind = 'title';
  return { titleAt, kickerAt };
}

/** a byline printed right under the title ("Bài và ảnh: X", "MINH ANH") */
function markHeaderByline(items: Item[], headerEnd: number, r: StructureRules): void {
  let bodyStart = headerEnd + 1;
  while (bodyStart < items.length && items[bodyStart]!.shape !== 'content') bodyStart++;
  if (headerEnd >= 0 && bodyStart < items.length) {
    const b = looksLikeByline(items[bodyStart]!.text, r);
    if (b && items.some((it, i) => i > bodyStart && it.shape === 'content') && (b.labelled || words(items[bodyStart]!.text) <= 5)) {
      items[bodyStart]!.kind = 'byline';
    }
  }
}

/**
 * date lines: the one right under the title is the article's; those above it are the
 * site's clock, unless nothing under the title gives a date (then the nearest above is)
 */
function markDates(items: Item[], headerEnd: number, kickerAt: number): void {
  const dateIdx: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.shape !== 'date') continue;
    if (it.clock) it.kind = 'clock';
    else if (it.kind === null) dateIdx.push(i);
  }
  const firstBody = items.findIndex((it, i) => i > Math.max(headerEnd, kickerAt) && it.shape === 'content' && it.kind === null);
  const limit = firstBody < 0 ? items.length : firstBody;
  const above = dateIdx.filter((i) => i < Math.max(headerEnd, kickerAt, 0) || (headerEnd < 0 && i < limit));
  const under = dateIdx.filter((i) => i > headerEnd && headerEnd >= 0 && i < limit);
  let datelineSet = false;
  if (under.length) {
    items[under[0]!]!.kind = 'dateline';
    datelineSet = true;
    for (const i of under.slice(1)) items[i]!.kind = 'boilerplate';
    for (const i of above) items[i]!.kind = 'clock';
  } else if (above.length) {
    const last = above[above.length - 1]!;
    items[last]!.kind = 'dateline';
    datelineSet = true;
    for (const i of above) if (i !== last) items[i]!.kind = 'clock';
  }
  for (const i of dateIdx) {
    const it = items[i]!;
    if (it.kind !== null) continue;
    if (!datelineSet) {
      it.kind = 'dateline';
      datelineSet = true;
    } else it.kind = 'boilerplate';
  }
}

/** the title repeated further down (breadcrumbs, share boxes) is furniture */
function markRepeatedTitle(items: Item[], titleAt: number): void {
  if (titleAt < 0) return;
  const title = items[titleAt]!.text;
  for (let i = titleAt + 1; i < items.length; i++) if (isOpenContent(items, i) && sameText(items[i]!.text, title)) items[i]!.kind = 'boilerplate';
}

/**
 * related-article lists and comment forms after a section heading: short lines are
 * furniture until a real paragraph resumes
 */
function markRelatedLists(items: Item[], titleAt: number, r: StructureRules): void {
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.shape !== 'ender' || i <= titleAt) continue;
    let j = i + 1;
    for (; j < items.length; j++) {
      const it = items[j]!;
      if (it.shape === 'ender') break;
      if (!isOpenContent(items, j)) continue;
      if (it.text.length >= RESUME_LENGTH && SENTENCE_END.test(it.text)) break;
      // a byline may still follow a "Tin liên quan" box at the very end: judged below
      if (looksLikeByline(it.text, r) && noContentAfter(items, j)) continue;
      it.kind = 'boilerplate';
    }
    i = j - 1;
  }
}

function noContentAfter(items: readonly Item[], j: number): boolean {
  for (let k = j + 1; k < items.length; k++) if (items[k]!.shape === 'content') return false;
  return true;
}

/** tail bylines: up to three byline-like units at the end of the text */
function markTailBylines(items: Item[], titleAt: number, r: StructureRules): void {
  let n = 0;
  for (let i = items.length - 1; i > Math.max(titleAt, 0) && n < 3; i--) {
    if (!isOpenContent(items, i)) {
      if (items[i]!.kind === 'boilerplate' || items[i]!.kind === 'dateline' || items[i]!.kind === 'clock') continue;
      break;
    }
    if (looksLikeByline(items[i]!.text, r)) {
      items[i]!.kind = 'byline';
      n++;
    } else break;
  }
}

/** body: lead, paragraphs, captions, subheadings */
function markBody(items: Item[], titleAt: number, r: StructureRules): void {
  let seenBody = false;
  let afterDebris = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.shape === 'debris') {
      afterDebris = true;
      continue;
    }
    if (!isOpenContent(items, i)) continue;
    it.kind = bodyKind(items, i, titleAt, seenBody, afterDebris, r);
    if (it.kind === 'lead' || it.kind === 'paragraph') seenBody = true;
    afterDebris = false;
  }
}

function bodyKind(items: readonly Item[], i: number, titleAt: number, seenBody: boolean, afterDebris: boolean, r: StructureRules): BlockKind {
  const t = items[i]!.text;
  if (t.length <= r.maxCaptionLength + 60 && (r.captionCredit.test(t) || r.captionEndMark?.test(t))) return 'caption';
  const prev = prevContent(items, i);
  const next = nextContent(items, i);
  if ((prev >= 0 && sameText(items[prev]!.text, t)) || (next >= 0 && sameText(items[next]!.text, t))) return 'caption';
  if (afterDebris && t.length <= r.maxCaptionLength) return 'caption';
  if (LIST_ITEM.test(t) && seenBody) return 'paragraph';
  if (!seenBody && titleAt >= 0 && words(t) < MIN_HEADLINE_WORDS && !TERMINAL.test(t)) {
    // a section name or tag between the headline and the text ("Thời sự", "Chính trị")
    return looksLikeByline(t, r) ? 'byline' : 'boilerplate';
  }
  if (!seenBody) {
    const labelled = looksLikeByline(t, r);
    if (labelled?.labelled && t.length < 120) return 'byline';
    return agencyTag(t, r) ? 'lead' : 'paragraph';
  }
  if (!TERMINAL.test(t) && t.length <= r.maxCaptionLength) {
    const heading = words(t) <= r.maxHeadingWords && !t.includes(',') && !r.captionStart?.test(t);
    return heading ? 'heading' : 'caption';
  }
  const b = looksLikeByline(t, r);
  return b?.labelled && t.length < 120 ? 'byline' : 'paragraph';
}

/**
 * A byline glued to the end of the last paragraph ("… cho hay. Lan Chi", "… ngày tới./. Thu
 * Hà/VOV online", "… sơ tán. HOÀNG SƠN (Theo AFP, ABC)"): one-line dumps print no line
 * break before it. The split is made here, in the text parser, because it decides which
 * block each stretch of text is (as markTailBylines does for a byline on its own line),
 * and only here: row dumps re-infer their own sentence boundaries in parse/rows and HTML
 * pages print bylines in their own elements. The tail becomes a byline block (read by the
 * structure extractor like any other), or furniture when it is only the outlet's name
 * ("… Báo Đất Việt"); the grammar is the byline grammar (extract/structure/bylines.ts).
 * Only a paragraph with nothing but bylines, furniture or dates after it is cut.
 */
function splitGluedByline(items: Item[], r: StructureRules): void {
  let i = items.length - 1;
  for (; i >= 0; i--) {
    const k = items[i]!.kind;
    if (k === 'paragraph' || k === 'lead') break;
    if (k !== 'byline' && k !== 'boilerplate' && k !== 'dateline' && k !== 'clock') return;
  }
  if (i < 0) return;
  const it = items[i]!;
  const starts = trailingBylineStarts(it.text, r);
  const glued = gluedNameStart(it.text, r);
  if (glued > 0 && !starts.includes(glued)) starts.push(glued);
  for (const at of starts) {
    const tail = it.text.slice(at).trim();
    let kind: BlockKind | null = null;
    if (readTrailingByline(tail, r)) kind = 'byline';
    else if (tail.length <= 80 && isSiteName(tail, r)) kind = 'boilerplate';
    if (kind === null) continue;
    const body = it.text.slice(0, at).trim();
    const cut: Item = { text: tail, line: it.line, lines: it.lines, shape: 'content', kind, clean: tail, hasTime: false, clock: false };
    it.text = body;
    it.clean = body;
    items.splice(i + 1, 0, cut);
    return;
  }
}

// a one-line body long enough to be an article, not a short last line of a dump
const MIN_GLUED_BODY = 200;
const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;

/**
 * A pen name glued to the last sentence with no stop between ("… hai nét chữ khác nhau
 * Thanh Nhã", "… chia sẻ bổ ích Minh Nguyễn Ảnh: BHD"): where the name starts, or -1.
 * Only when the body does not end a sentence itself, the name is two or three capitalised
 * Vietnamese syllables (not "Grand Slam", "Rafael Nadal"), right after a lower-case word
 * or a closing bracket or quote, and either ends the text or is followed by a credit label
 * ("Ảnh:"), and the word before is none of the rules' gluedNameNotAfter (forms of address,
 * prepositions, the ends of titles: "… cùng ông Lê Thành"). A longer capitalised run ("… của Manon Marsault Lan Chinh") is left alone: where
 * the name starts in it cannot be told. The tail must still read as a byline
 * (readTrailingByline) before it is cut.
 */
export function gluedNameStart(text: string, r: StructureRules): number {
  const n = text.length;
  if (n < MIN_GLUED_BODY || !/\p{L}/u.test(text.charAt(n - 1))) return -1;
  // the last words, with their offsets
  const tail = text.slice(Math.max(0, n - 120));
  const base = n - tail.length;
  const words: { w: string; at: number }[] = [];
  for (const m of tail.matchAll(/\S+/gu)) words.push({ w: m[0], at: base + m.index! });
  // the capitalised run at the end, and a label inside it ("Ảnh:")
  let k = words.length;
  let label = -1;
  while (k > 0) {
    const w = words[k - 1]!.w;
    if (!/^\p{Lu}/u.test(w)) break;
    if (w.endsWith(':') && label < 0) label = k - 1;
    k--;
  }
  if (k === 0 || k === words.length) return -1;
  const nameEnd = label >= 0 ? label : words.length;
  const len = nameEnd - k;
  if (len < 2 || len > 3) return -1;
  for (let j = k; j < nameEnd; j++) {
    const w = words[j]!.w;
    if (!NAME_WORD.test(w) || !isVietnameseSyllable(w)) return -1;
  }
  // what stands before: a lower-case word, or a bracket or quote that closes
  const before = words[k - 1]!.w;
  if (!/^\p{Ll}/u.test(before) && !/[)"”’]$/u.test(before)) return -1;
  if (/[.!?…:;]$/u.test(before)) return -1; // a sentence end: trailingBylineStarts has it
  // "… cùng ông Lê Thành", "… Bộ trưởng Lê Minh": the name belongs to the sentence
  if (r.gluedNameNotAfter.has(before.toLowerCase())) return -1;
  return words[k]!.at;
}

function toBlocks(items: readonly Item[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    const kind = it.kind ?? 'boilerplate';
    const textOut = kind === 'dateline' || kind === 'clock' ? it.clean : it.text;
    blocks.push({ kind, text: textOut, origin: it.lines > 1 ? `lines ${it.line}-${it.line + it.lines - 1}` : `line ${it.line}` });
  }
  return blocks;
}

/** After a run of short menu units from contentIdx[k], does a headline-like unit follow? */
function headlineAfterMenu(items: readonly Item[], contentIdx: readonly number[], k: number, r: StructureRules): boolean {
  for (let n = k; n < contentIdx.length && n <= MAX_MENU_ITEMS; n++) {
    const t = items[contentIdx[n]!]!.text;
    if (words(t) < MIN_HEADLINE_WORDS) continue;
    return t.length <= MAX_SHORT_HEADLINE && !/[.!?…]$/u.test(t) && !agencyTag(t, r);
  }
  return false;
}

/** The same text up to case and tone placement (cheap length check first). */
function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 2) return false;
  return foldKey(a) === foldKey(b);
}

function prevContent(items: readonly Item[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (items[j]!.shape === 'content') return j;
  return -1;
}

function nextContent(items: readonly Item[], i: number): number {
  for (let j = i + 1; j < items.length; j++) if (items[j]!.shape === 'content') return j;
  return -1;
}
