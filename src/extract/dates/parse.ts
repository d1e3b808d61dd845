/**
 * The date grammar: numbers and the fixed Vietnamese words "ngày … tháng … năm …".
 *
 * Like chrono-node, a parse result keeps what the text STATES apart from what we
 * IMPLY (a missing year taken from a reference date, a missing time left unset):
 * `DateComponents.stated` vs `DateComponents.implied`. `yearInferred` in the record is
 * read off that split, never guessed afterwards.
 *
 * These regexes are module constants (grammar, not vocabulary): built once at load.
 * Every pattern is linear (no nested quantifiers), so a 1 MB line cannot hang them.
 */

export type Component = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface DateComponents {
  /** values the text itself gives */
  stated: Partial<Record<Component, number>>;
  /** values filled in from elsewhere (reference date, years the text names) */
  implied: Partial<Record<Component, number>>;
  /** "+07:00" when the text writes an offset (GMT+7, +0700, Z → +00:00), else null */
  utcOffset: string | null;
}

export function getComponent(c: DateComponents, k: Component): number | undefined {
  return c.stated[k] ?? c.implied[k];
}

export function isStated(c: DateComponents, k: Component): boolean {
  return c.stated[k] !== undefined;
}

/** Fill a component only when the text did not state it (chrono's `imply`). */
export function imply(c: DateComponents, k: Component, v: number): DateComponents {
  if (c.stated[k] !== undefined) return c;
  return { ...c, implied: { ...c.implied, [k]: v } };
}

export interface ParsedDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM or HH:MM:SS when the text gives a time */
  time: string | null;
  utcOffset: string | null;
  /** the text it came from */
  raw: string;
  components: DateComponents;
}

/** A date found inside a longer text, with where it stands. */
export interface DateMatch {
  index: number;
  end: number;
  day: number;
  month: number;
  /** null when the text gives no year */
  year: number | null;
  /** the separator the text used ('/', '-', '.', 'words', 'iso') */
  form: '/' | '-' | '.' | 'words' | 'iso';
}

// ISO 8601: 2025-10-09T17:55:47+0700, 2023-11-02T19:20:45+07:00, 2024-02-16
const ISO_RE =
  /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?(?!\d)/;
const ISO_RE_G = new RegExp(ISO_RE.source, 'g');
// 2025/06/28, 2025.06.28 (year first, the separator repeated)
const YMD_RE_G = /(?<![\d/.])(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?![\d/]|[.,]\d)/g;
// d/m/yyyy, dd-mm-yyyy, d.m.yyyy, d/m (the separator must repeat before the year)
const DMY_RE = /(?<![\d/.,-])(\d{1,2})\s?([/.-])\s?(\d{1,2})(?:\s?\2\s?(\d{4}|\d{2}))?(?![\d/]|[.,-]\d)/g;
// ngày 8 tháng 1 năm 2019 / ngày 8 tháng 1 / 8 tháng 1, 2019
const WORDS_RE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*(?:năm\s+)?(\d{4}))?(?!\d)/giu;
// what every WORDS_RE match holds, as a plain regex (no optional prefix, no unicode
// folding: "tháng" in the only cases /iu folds onto it): texts without it skip WORDS_RE
const WORDS_CORE = /\d\s+[tT][hH][áÁ][nN][gG]/;
// 14:17:07, 05:59, 14h30, 14 giờ 30
const TIME_RE = /(?<![\d:])([01]?\d|2[0-3])\s?(?::|h|giờ\s?)\s?([0-5]\d)(?:\s?:\s?([0-5]\d))?(?![\d:])/iu;
// 14h, 9 giờ (no minutes)
const HOUR_RE = /(?<![\d:])([01]?\d|2[0-3])\s?(?:h|giờ)(?![\p{L}\d])/iu;
// AM/PM (and the Vietnamese SA/CH) right after a time
const MERIDIEM_AFTER = /^\s?(AM|PM|A\.M\.|P\.M\.|SA|CH)(?![\p{L}])/iu;
// (GMT +7), [GMT+07:00], UTC+7
const OFFSET_RE = /(?:GMT|UTC)\s?([+-])\s?(\d{1,2})(?::?(\d{2}))?/i;

const ALL_FORMS: ReadonlySet<DateMatch['form']> = new Set(['/', '-', '.', 'words', 'iso']);

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A day/month pair that can exist (29/2 allowed; the year check comes later). */
export function validDayMonth(d: number, m: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]!;
}

export function validDate(y: number, m: number, d: number): boolean {
  if (!validDayMonth(d, m) || y < 1900 || y > 2100) return false;
  if (m === 2 && d === 29) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return true;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** Days since 1970-01-01 for an ISO date (for "disagree by more than a day"). */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

export function addDays(iso: string, n: number): string {
  const t = new Date((dayNumber(iso) + n) * 86_400_000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

function offsetFrom(sign: string, h: string, m: string | undefined): string | null {
  const hh = Number(h);
  const mm = m ? Number(m) : 0;
  if (hh > 14 || mm > 59) return null;
  return `${sign}${pad(hh)}:${pad(mm)}`;
}

/**
 * Every calendar date written in `text`, in order: ISO, "ngày d tháng m năm y", and
 * d/m[/y], d-m[-y], d.m.yyyy (a dotted date needs its year: "2.000" is a number).
 * `forms` limits the separators accepted; `dottedWithoutYear` also takes "19.11" (event
 * scanning does, and keeps it only after a part of day, "ngày" or a weekday).
 */
export function findDates(text: string, forms: ReadonlySet<DateMatch['form']> = ALL_FORMS, opts: { dottedWithoutYear?: boolean } = {}): DateMatch[] {
  const out: DateMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  if (forms.has('iso')) {
    for (const m of text.matchAll(ISO_RE_G)) {
      const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
      if (!validDate(y, mo, d)) continue;
      out.push({ index: m.index!, end: m.index! + m[0].length, day: d, month: mo, year: y, form: 'iso' });
      taken.push([m.index!, m.index! + m[0].length]);
    }
    for (const m of text.matchAll(YMD_RE_G)) {
      const y = Number(m[1]), mo = Number(m[3]), d = Number(m[4]);
      if (!validDate(y, mo, d) || overlaps(m.index!, m.index! + m[0].length)) continue;
      out.push({ index: m.index!, end: m.index! + m[0].length, day: d, month: mo, year: y, form: 'iso' });
      taken.push([m.index!, m.index! + m[0].length]);
    }
  }
  if (forms.has('words') && WORDS_CORE.test(text)) {
    for (const m of text.matchAll(WORDS_RE)) {
      const d = Number(m[1]), mo = Number(m[2]);
      const y = m[3] ? Number(m[3]) : null;
      if (!validDayMonth(d, mo) || (y !== null && !validDate(y, mo, d))) continue;
      if (overlaps(m.index!, m.index! + m[0].length)) continue;
      out.push({ index: m.index!, end: m.index! + m[0].length, day: d, month: mo, year: y, form: 'words' });
      taken.push([m.index!, m.index! + m[0].length]);
    }
  }
  for (const m of text.matchAll(DMY_RE)) {
    const sep = m[2] as '/' | '-' | '.';
    if (!forms.has(sep)) continue;
    // "2.000" is a number: a dotted date needs its year, unless the caller judges the context
    if (sep === '.' && !m[4] && !opts.dottedWithoutYear) continue;
    const d = Number(m[1]), mo = Number(m[3]);
    const y = m[4] ? fullYear(m[4]) : null;
    if (!validDayMonth(d, mo) || (y !== null && !validDate(y, mo, d))) continue;
    if (overlaps(m.index!, m.index! + m[0].length)) continue;
    out.push({ index: m.index!, end: m.index! + m[0].length, day: d, month: mo, year: y, form: sep });
  }
  return out.sort((a, b) => a.index - b.index);
}


/** The first clock time in `text` (after `from`), as components. */
export function findTime(text: string, from = 0): { hour: number; minute: number; second?: number; index: number; end: number } | null {
  const s = text.slice(from);
  const m = TIME_RE.exec(s);
  if (m) {
    let hour = Number(m[1]);
    // 12-hour clocks: "9:30 PM", "09:30 CH" (chiều), "12:05 SA" (sáng)
    const half = MERIDIEM_AFTER.exec(s.slice(m.index + m[0].length));
    if (half && hour <= 12) {
      const pm = /^(?:p|c)/i.test(half[1]!);
      if (pm && hour < 12) hour += 12;
      else if (!pm && hour === 12) hour = 0;
    }
    const r = { hour, minute: Number(m[2]), index: from + m.index, end: from + m.index + m[0].length };
    return m[3] !== undefined ? { ...r, second: Number(m[3]) } : r;
  }
  const h = HOUR_RE.exec(s);
  if (h) return { hour: Number(h[1]), minute: 0, index: from + h.index, end: from + h.index + h[0].length };
  return null;
}

export function findOffset(text: string): string | null {
  const m = OFFSET_RE.exec(text);
  return m ? offsetFrom(m[1]!, m[2]!, m[3]) : null;
}

function timeString(c: DateComponents): string | null {
  const h = getComponent(c, 'hour');
  const mi = getComponent(c, 'minute');
  if (h === undefined || mi === undefined) return null;
  const s = getComponent(c, 'second');
  return s === undefined ? `${pad(h)}:${pad(mi)}` : `${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** Build the record form from components (null when the year is neither stated nor implied). */
export function toParsed(c: DateComponents, raw: string): ParsedDateTime | null {
  const y = getComponent(c, 'year');
  const m = getComponent(c, 'month');
  const d = getComponent(c, 'day');
  if (y === undefined || m === undefined || d === undefined || !validDate(y, m, d)) return null;
  return { date: isoDate(y, m, d), time: timeString(c), utcOffset: c.utcOffset, raw, components: c };
}

/**
 * Parse one date/time string as pages print it: ISO 8601 ("2025-10-09T17:55:47+0700"),
 * "dd/mm/yyyy", "d-m-yyyy", "dd/mm/yyyy - HH:MM", "ngày 8 tháng 1 năm 2019", with
 * weekday prefixes ("Thứ hai", "Thứ 4", "CN" — ignored: the numbers decide), times
 * "HH:MM[:SS]" / "14h30", and offsets "(GMT+7)", "[GMT +7]", "+0700" → "+07:00".
 * No offset written → utcOffset null. A year that is not written is taken from
 * `ref` (the year that puts the date on or before ref) and marked implied; without
 * `ref` such a string gives null.
 */
export function parseDateTime(raw: string, ref?: { date: string } | null): ParsedDateTime | null {
  const text = raw.trim();
  if (!text) return null;
  const iso = ISO_RE.exec(text);
  if (iso) {
    const y = Number(iso[1]), mo = Number(iso[2]), d = Number(iso[3]);
    if (validDate(y, mo, d)) {
      const stated: DateComponents['stated'] = { year: y, month: mo, day: d };
      if (iso[4] !== undefined) {
        stated.hour = Number(iso[4]);
        stated.minute = Number(iso[5]);
        if (iso[6] !== undefined) stated.second = Number(iso[6]);
      }
      let off: string | null = null;
      const z = iso[7];
      if (z === 'Z') off = '+00:00';
      else if (z) off = offsetFrom(z[0]!, z.slice(1, 3), z.length > 3 ? z.slice(-2) : undefined);
      if (!off) off = findOffset(text.slice(iso.index + iso[0].length));
      return toParsed({ stated, implied: {}, utcOffset: off }, text);
    }
  }
  const dm = findDates(text)[0];
  if (!dm) return null;
  const stated: DateComponents['stated'] = { month: dm.month, day: dm.day };
  if (dm.year !== null) stated.year = dm.year;
  const t = findTime(text.slice(0, dm.index) + ' '.repeat(dm.end - dm.index) + text.slice(dm.end));
  if (t) {
    stated.hour = t.hour;
    stated.minute = t.minute;
    if (t.second !== undefined) stated.second = t.second;
  }
  let c: DateComponents = { stated, implied: {}, utcOffset: findOffset(text) };
  if (dm.year === null) {
    if (!ref) return null;
    c = imply(c, 'year', yearOnOrBefore(dm.day, dm.month, ref.date));
  }
  return toParsed(c, text);
}

/** The year that puts day/month on or before the reference date (ISO). */
export function yearOnOrBefore(day: number, month: number, refIso: string): number {
  const ry = Number(refIso.slice(0, 4));
  const cand = isoDate(ry, month, day);
  return cand <= refIso ? ry : ry - 1;
}

const TIME_RE_G = new RegExp(TIME_RE.source, 'giu');
const HOUR_RE_G = new RegExp(HOUR_RE.source, 'giu');
const OFFSET_RE_G = new RegExp(OFFSET_RE.source, 'gi');
// bare ISO-style offsets left after a time: "+0700", "+07:00"
const BARE_OFFSET_RE_G = /[+-]\d{2}:?\d{2}(?!\d)/g;

/** The text with its dates, times and UTC offsets blanked out (for "is this line only a date?"). */
export function blankDateTokens(text: string): { rest: string; dates: DateMatch[]; hasTime: boolean } {
  const dates = findDates(text);
  let rest = text;
  for (let i = dates.length - 1; i >= 0; i--) {
    const d = dates[i]!;
    rest = rest.slice(0, d.index) + ' ' + rest.slice(d.end);
  }
  const before = rest;
  rest = rest.replace(TIME_RE_G, ' ').replace(HOUR_RE_G, ' ');
  const hasTime = rest !== before || /T\d{2}:\d{2}/.test(text);
  rest = rest.replace(OFFSET_RE_G, ' ').replace(BARE_OFFSET_RE_G, ' ');
  return { rest, dates, hasTime };
}
