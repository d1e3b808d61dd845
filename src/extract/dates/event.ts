import type { DateRules } from './rules.js';
import { findDates, type DateComponents, type DateMatch } from './parse.js';

export type PartOfDay = 'sáng' | 'trưa' | 'chiều' | 'tối' | 'đêm';

/**
 * A mention of when the reported event happened, before any year is implied:
 * `components.stated` holds only what the text writes.
 */
export interface EventMention {
  components: DateComponents;
  /** for "hôm nay", "tối qua" without a written date: days from the publication date */
  relativeDays: number | null;
  partOfDay: PartOfDay | null;
  raw: string;
  /** a part of day, a relative word, or "Ngày d/m" opening a sentence: surely the event */
  strong: boolean;
  /** "nay"/"hôm nay": the text says it was written that day */
  today: boolean;
  paragraph: number;
  index: number;
}

const MAX_SCAN = 1200;
const EVENT_FORMS: ReadonlySet<DateMatch['form']> = new Set(['/', '-', '.', 'words']);
/** A sentence (or the text after an agency tag "(CT) -", "LSO-") starts at `pos`. */
function atSentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i < 0 || '.!?;:-–—'.includes(text[i]!);
}
/** the record's part of day for a word as written ("Sáng", "chiều  tối") */
function partOfDayOf(word: string, rules: DateRules): PartOfDay | null {
  return rules.partOfDay.get(word.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
const NGAY_BEFORE = /(?<![\p{L}\p{N}])(?:ngày|hôm)\s+$/iu;
// a document number right before the date: "số 120 ngày …", "686-QĐ/TU ngày …", "18-NQ/TW ngày …"
const DOC_NUMBER_BEFORE =
  /(?:(?<![\p{L}\p{N}])số\s+[\p{L}\p{N}/.-]+|\d+[-/][\p{Lu}][\p{L}\p{N}/-]*)\s+(?:ngày\s+)?$/u;

/**
 * Event mentions in the first paragraphs (the lead is paragraphs[0]), in reading order.
 * Strong mentions: "Sáng ngày 8/1", "Chiều nay (29/5)", "Ngày 15-1-2021," at a sentence
 * start, "vào ngày 22/10", "hôm nay". Weak: "ngày 22/10" inside a sentence. Dates after
 * a document number ("Quyết định số 686-QĐ/TU ngày 6/7/2022") are not events.
 */
export function findEventMentions(paragraphs: readonly string[], rules: DateRules, maxParagraphs = 3): EventMention[] {
  const out: EventMention[] = [];
  const n = Math.min(paragraphs.length, maxParagraphs);
  for (let p = 0; p < n; p++) {
    // the event is named early in a paragraph; a long one is read up to a point
    const text = paragraphs[p]!.length > MAX_SCAN ? paragraphs[p]!.slice(0, MAX_SCAN) : paragraphs[p]!;
    const used: [number, number][] = [];
    for (const m of rules.relativeMatches(text)) {
      const pod = m[1] ? partOfDayOf(m[1], rules) : null;
      const relWord = (m[2] ?? m[3] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const rel = rules.relativeDays.get(relWord);
      if (rel === undefined) continue;
      const stated: DateComponents['stated'] = {};
      if (m[4] && m[5]) {
        stated.day = Number(m[4]);
        stated.month = Number(m[5]);
        if (m[6]) stated.year = Number(m[6]);
      }
      out.push({
        components: { stated, implied: {}, utcOffset: null },
        relativeDays: m[4] ? null : rel,
        partOfDay: pod,
        raw: m[0],
        strong: true,
        today: rel === 0,
        paragraph: p,
        index: m.index!,
      });
      used.push([m.index!, m.index! + m[0].length]);
    }
    // "Từ ngày 17 đến 19/11, …", "Ngày 17-18/11, …": a range of days opening a sentence names
    // the event by its first day (the last day is no event of its own)
    if (rules.eventRange) {
      const { core, lead } = rules.eventRange;
      core.lastIndex = 0;
      for (let m = core.exec(text); m; m = core.exec(text)) {
        const first = Number(m[1]);
        const last = Number(m[2]);
        const month = Number(m[3]);
        if (!(first < last) || month < 1 || month > 12 || last > 31) continue;
        const words = lead.exec(text.slice(Math.max(0, m.index - 40), m.index));
        if (!words) continue;
        const start = m.index - words[0].length;
        // (a sentence's own start: after a colon "hai giai đoạn: từ ngày 6–8/6 …" lists periods)
        if (!atSentenceStart(text, start) || /:\s*$/.test(text.slice(Math.max(0, start - 3), start))) continue;
        const stated: DateComponents['stated'] = { day: first, month };
        if (m[4]) stated.year = Number(m[4]);
        out.push({
          components: { stated, implied: {}, utcOffset: null },
          relativeDays: null,
          partOfDay: words[1] ? partOfDayOf(words[1], rules) : null,
          raw: text.slice(start, m.index + m[0].length).trim(),
          strong: true,
          today: false,
          paragraph: p,
          index: start,
        });
        used.push([start, m.index + m[0].length]);
      }
    }
    for (const d of findDates(text, EVENT_FORMS, { dottedWithoutYear: true })) {
      if (used.some(([s, e]) => d.index < e && d.end > s)) continue;
      const prefix = text.slice(Math.max(0, d.index - 48), d.index);
      if (DOC_NUMBER_BEFORE.test(prefix) || rules.notEventBefore?.test(prefix)) continue;
      const own = text.slice(d.index, d.end);
      const ownNgay = /^ngày\s/iu.test(own);
      const pod = rules.partOfDayBefore.exec(prefix);
      const weekday = pod ? null : rules.weekdayBefore.exec(prefix);
      // "19.11" (Thanh Niên's style) is a date only where a part of day, "ngày" or a weekday says so
      if (d.form === '.' && !pod && !weekday && !ownNgay && !NGAY_BEFORE.test(prefix)) continue;
      let strong = false;
      let weak = false;
      let start = d.index;
      if (pod) {
        strong = true;
        start = d.index - pod[0].length;
      } else if (weekday) {
        // "Thứ Tư (19/11), …" opening a sentence; elsewhere ("hôm thứ Bảy (17/2)", "rơi vào
        // thứ Hai ngày 19/2") a weak mention, as "ngày 19/2" inside a sentence is
        start = d.index - weekday[0].length;
        if (atSentenceStart(text, start)) strong = true;
        else weak = true;
      } else if (ownNgay || NGAY_BEFORE.test(prefix)) {
        const ngayLen = ownNgay ? 0 : prefix.match(NGAY_BEFORE)![0].length;
        start = d.index - ngayLen;
        if (atSentenceStart(text, start) || rules.leadInBefore.test(prefix)) strong = true;
        else weak = true;
      } else if (rules.leadInBefore.test(prefix)) {
        weak = true;
      }
      if (!strong && !weak) continue;
      const stated: DateComponents['stated'] = { day: d.day, month: d.month };
      if (d.year !== null) stated.year = d.year;
      out.push({
        components: { stated, implied: {}, utcOffset: null },
        relativeDays: null,
        partOfDay: pod ? partOfDayOf(pod[1]!, rules) : null,
        // a bracket opened before the date ("Sáng thứ Tư (19/11)") is closed in the raw text
        raw: text.slice(start, text[d.end] === ')' && text.slice(start, d.index).includes('(') ? d.end + 1 : d.end).trim(),
        strong,
        today: false,
        paragraph: p,
        index: start,
      });
    }
  }
  return out.sort((a, b) => a.paragraph - b.paragraph || a.index - b.index);
}

/** The mention that names the event: the first strong one, else the first weak one. */
export function pickEventMention(mentions: readonly EventMention[]): EventMention | null {
  return mentions.find((m) => m.strong) ?? mentions[0] ?? null;
}
