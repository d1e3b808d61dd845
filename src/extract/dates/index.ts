import type { Block, MetaCandidate, ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Published, EventDate } from '../../record/schema.js';
import type { StructureFields } from '../structure/index.js';
import {
  parseDateTime,
  toParsed,
  imply,
  isStated,
  dayNumber,
  addDays,
  yearOnOrBefore,
  type ParsedDateTime,
  type DateComponents,
} from './parse.js';
import { findEventMentions, pickEventMention, type EventMention } from './event.js';
import { namedYears, yearFromNamed } from './years.js';
import type { DateRules } from './rules.js';

export { parseDateTime } from './parse.js';
export type { ParsedDateTime, DateComponents } from './parse.js';
export { matchDateLine } from './lines.js';

export interface DateFields {
  published: Published | null;
  event: EventDate | null;
  warnings: string[];
}

/**
 * Where a publication-time candidate came from, best first: JSON-LD datePublished,
 * then article:published_time / other meta, <time>, then the visible dateline
 * (a dateline block or a 'visible' candidate) and row columns, then anything else.
 */
const ORIGIN_RANK: Record<string, number> = { jsonld: 0, og: 1, meta: 1, time: 2, visible: 3, column: 3, profile: 3 };

interface PublishedCandidate {
  parsed: ParsedDateTime;
  origin: string;
  rank: number;
  /** a date with no time from a page's text: the kind of line a saved page stamps in its header */
  weak: boolean;
}

/**
 * "Cập nhật: 11/11/2025 08:00 | Ngày đăng: 10/11/2025 07:00": a dateline that gives both
 * stamps is read from its posting label on (rules: dates.json postedLabels, updatedLabels)
 */
function postedPart(text: string, rules: DateRules): string {
  if (!rules.updatedLabel || !rules.postedLabel || !rules.updatedLabel.test(text)) return text;
  const m = rules.postedLabel.exec(text);
  return m ? text.slice(m.index) : text;
}

function publishedCandidates(blocks: readonly Block[], meta: readonly MetaCandidate[], rules: DateRules): PublishedCandidate[] {
  const out: PublishedCandidate[] = [];
  for (const m of meta) {
    if (m.field !== 'published') continue;
    const parsed = parseDateTime(m.value);
    if (!parsed) continue;
    const rank = ORIGIN_RANK[m.origin] ?? 4;
    out.push({ parsed, origin: m.origin, rank, weak: m.origin === 'visible' && parsed.time === null });
  }
  for (const b of blocks) {
    if (b.kind !== 'dateline') continue;
    const parsed = parseDateTime(postedPart(b.text, rules));
    if (!parsed) continue;
    out.push({ parsed, origin: 'dateline', rank: 3, weak: parsed.time === null });
  }
  // stable: the best rank, then the first in the page
  return out.map((c, i) => ({ c, i })).sort((a, b) => a.c.rank - b.c.rank || a.i - b.i).map((x) => x.c);
}

function toPublished(p: ParsedDateTime): Published {
  return { date: p.date, time: p.time, utcOffset: p.utcOffset, raw: p.raw };
}

/** Year for a day/month the text leaves open: from the publication date, else the years named. */
function implyYear(c: DateComponents, published: string | null, years: readonly number[]): DateComponents | null {
  if (isStated(c, 'year')) return c;
  const d = c.stated.day, m = c.stated.month;
  if (d === undefined || m === undefined) return null;
  if (published) return imply(c, 'year', yearOnOrBefore(d, m, published));
  const y = yearFromNamed(years);
  return y === null ? null : imply(c, 'year', y);
}

function eventFrom(mention: EventMention, published: string | null, years: readonly number[]): EventDate | null {
  if (mention.relativeDays !== null) {
    if (!published) return null;
    return { date: addDays(published, mention.relativeDays), partOfDay: mention.partOfDay, yearInferred: true, raw: mention.raw };
  }
  const c = implyYear(mention.components, published, years);
  if (!c) return null;
  const p = toParsed(c, mention.raw);
  if (!p) return null;
  return { date: p.date, partOfDay: mention.partOfDay, yearInferred: !isStated(c, 'year'), raw: mention.raw };
}

/**
 * published: the article's own publication time — the best-ranked candidate (never the
 * site clock, which parsers mark as a 'clock' block), with a warning when candidates
 * disagree by more than a day. A date-only header line that the text contradicts
 * ("Chiều nay (29/5)" under a header "25/04/2019") gives way to the text's own day,
 * its year taken from the years the text names.
 *
 * event: the first event mention in the lead / first paragraphs; a missing year is
 * implied from the published date (the year that puts the event on or before it),
 * else from the years the text names.
 */
export function extractDates(doc: ParsedDoc, fields: StructureFields, rules: Rules): DateFields {
  const warnings: string[] = [];
  const cands = publishedCandidates(doc.blocks, doc.meta, rules.dates);
  let chosen = cands[0] ?? null;
  if (chosen) {
    const far = cands.find((c) => c !== chosen && Math.abs(dayNumber(c.parsed.date) - dayNumber(chosen!.parsed.date)) > 1);
    if (far)
      warnings.push(
        `published: ${chosen.origin} "${chosen.parsed.raw}" and ${far.origin} "${far.parsed.raw}" disagree by more than a day; kept ${chosen.origin}`,
      );
  }

  const mentions = findEventMentions(fields.paragraphs, rules.dates);
  let years: number[] | null = null;
  // most articles never need the years they name: the texts are gathered only when asked
  const getYears = () => (years ??= namedYears([fields.title ?? '', ...fields.paragraphs, ...fields.captions], rules.dates));

  let published: Published | null = chosen ? toPublished(chosen.parsed) : null;
  // "Chiều nay (29/5)": the text dates itself; a date-only header line must agree with it
  const today = mentions.find((m) => m.today && m.components.stated.day !== undefined);
  if (today && (!chosen || chosen.weak)) {
    const c = today.components;
    const sameYear = chosen ? Number(chosen.parsed.date.slice(0, 4)) : null;
    const asHeaderYear = sameYear !== null && !isStated(c, 'year') ? toParsed(imply(c, 'year', sameYear), today.raw) : toParsed(c, today.raw);
    const agrees = chosen && asHeaderYear && Math.abs(dayNumber(asHeaderYear.date) - dayNumber(chosen.parsed.date)) <= 1;
    if (!agrees) {
      const named = yearFromNamed(getYears().filter((y) => !chosen || y <= Number(chosen.parsed.date.slice(0, 4))));
      let fixed: DateComponents | null = c;
      if (!isStated(c, 'year')) {
        if (named !== null) fixed = imply(c, 'year', named);
        else if (chosen) fixed = imply(c, 'year', yearOnOrBefore(c.stated.day!, c.stated.month!, chosen.parsed.date));
        else fixed = null;
      }
      const p = fixed ? toParsed(fixed, today.raw) : null;
      if (p) {
        if (chosen)
          warnings.push(`published: the date line "${chosen.parsed.raw}" contradicts "${today.raw}" in the text; took the text's day ${p.date}`);
        else warnings.push(`published: no date line; took "${today.raw}" (${p.date}) from the text`);
        published = { date: p.date, time: null, utcOffset: null, raw: today.raw };
      }
    }
  }

  const mention = pickEventMention(mentions);
  let event: EventDate | null = null;
  if (mention) {
    event = eventFrom(mention, published?.date ?? null, mention.relativeDays === null && !published ? getYears() : []);
    if (!event) warnings.push(`event: "${mention.raw}" names no year and nothing dates the article`);
    else if (published && dayNumber(event.date) > dayNumber(published.date) + 1)
      warnings.push(`event: ${event.date} ("${event.raw}") is after the publication date ${published.date}`);
  }
  return { published, event, warnings };
}
