import { z } from 'zod';
import { readRuleFile, escapeRegExp } from '../../rules/load.js';
import { isLetterOrNumberCode } from '../../parse/rows/chars.js';

/** rules/dates.json: the words around dates (the number grammar lives in parse.ts). */
export const DateRulesFile = z.object({
  $comment: z.string().optional(),
  /** weekday names printed before dates ("Thứ hai", "Thứ 4", "CN") */
  weekdays: z.array(z.string().min(1)).min(1),
  /** part-of-day words → the record's partOfDay value */
  partsOfDay: z.record(z.string().min(1), z.enum(['sáng', 'trưa', 'chiều', 'tối', 'đêm'])),
  /** relative day words → offset in days from the publication date ("nay" 0, "qua" -1) */
  relativeDays: z.record(z.string().min(1), z.number().int().min(-7).max(7)),
  /** labels that may open a publication-time line ("Cập nhật", "Ngày đăng") */
  dateLinePrefixes: z.array(z.string().min(1)),
  /** labels that make a date line the site's clock ("Hôm nay: Thứ Sáu, 22/11/2024") */
  clockPrefixes: z.array(z.string().min(1)).default([]),
  /** other words allowed on a date line besides dates and times ("lúc", "GMT") */
  dateLineFillers: z.array(z.string().min(1)),
  /** words that may stand before "ngày d/m" when it names the event ("vào", "trong") */
  eventLeadIns: z.array(z.string().min(1)),
  /** words right before "(ngày) d/m" that make it a start or deadline ("từ ngày 1/7") */
  notEventBefore: z.array(z.string().min(1)).default([]),
  /** words before a year that make it a target/plan, not a year the text reports ("đến năm") */
  futureYearCues: z.array(z.string().min(1)),
  /** words earlier in the clause that make a year a plan ("sẽ được giao vào năm 2015") */
  futureClauseCues: z.array(z.string().min(1)).default([]),
  /** words before a year that make it a birth year ("SN 1988", "sinh năm 1975") */
  birthYearCues: z.array(z.string().min(1)).default([]),
  decadeCues: z.array(z.string().min(1)).default([]),
  /** words that open a range of days naming the event ("Từ ngày 17 đến 19/11", "Trong hai ngày 17 và 18/11") */
  eventRangeOpeners: z.array(z.string().min(1)).default([]),
  /** words between the first and the last day of such a range ("-", "đến", "và") */
  eventRangeJoiners: z.array(z.string().min(1)).default([]),
  /** labels of a dateline's update stamp ("Cập nhật") and of its posting stamp ("Ngày đăng"): with both, the posting one is read */
  updatedLabels: z.array(z.string().min(1)).default([]),
  postedLabels: z.array(z.string().min(1)).default([]),
  /** a publication-time line is short */
  maxDatelineLength: z.number().int().positive(),
});

export interface DateRules {
  /** a clock label opening a line */
  clockPrefix: RegExp | null;
  /** weekday, label and filler words of a date line, as one alternation (whole words) */
  dateLineWords: RegExp;
  /** "sáng", "chiều tối"… right before a date ("Sáng 19/11", "Sáng thứ Tư (19/11"): group 1 = the word */
  partOfDayBefore: RegExp;
  /** a weekday right before a date: "Thứ Tư (19/11", "thứ Tư, 19/11" */
  weekdayBefore: RegExp;
  partOfDay: Map<string, 'sáng' | 'trưa' | 'chiều' | 'tối' | 'đêm'>;
  /** relative words after an optional part of day / "hôm": "chiều nay", "hôm qua", "tối qua" */
  relative: RegExp;
  /** the matches of `relative` in a text, found without running it at every position */
  relativeMatches: (text: string) => RegExpExecArray[];
  relativeDays: Map<string, number>;
  /** "từ ngày", "đến", "hiệu lực từ" right before a date: not the event's day */
  notEventBefore: RegExp | null;
  /** "vào ngày", "trong ngày", "hôm" right before a date */
  leadInBefore: RegExp;
  /** a future/plan cue right before a year */
  futureYearBefore: RegExp;
  /** a plan word anywhere in a clause */
  futureClause: RegExp | null;
  /** a birth-year cue right before a year: "(SN 1988", "sinh năm 1975" */
  birthYearBefore: RegExp | null;
  /** a decade cue right before a year: "những năm 1980", "thập niên 1990" */
  decadeBefore: RegExp | null;
  /**
   * a range of days opening a sentence: "Từ ngày 17 đến 19/11", "Ngày 17-18/11", "Sáng 17 và
   * 18/11". core: the days (groups 1 first day, 2 last day, 3 month, 4 year); lead: the words
   * right before it, anchored at its start (group 1 part of day)
   */
  eventRange: { core: RegExp; lead: RegExp } | null;
  /** an update label anywhere in a line ("Cập nhật") */
  updatedLabel: RegExp | null;
  /** a posting label ("Ngày đăng", "Đăng lúc"): where a line's posting stamp starts */
  postedLabel: RegExp | null;
  maxDatelineLength: number;
}

const WB_START = '(?<![\\p{L}\\p{N}])';
const WB_END = '(?![\\p{L}\\p{N}])';

/** An alternation of literal phrases, longest first, spaces matching any run of spaces. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w.normalize('NFC')).replace(/ +/g, '\\s+'))
    .join('|');
}

interface FirstPair {
  first: string;
  /** the second words that may follow after white space; null: the first word is a whole phrase */
  seconds: string[] | null;
}

/**
 * The first two words of the phrases, lower case. Undefined when a phrase word holds
 * something besides letters and numbers (then the regex is tried at every word start).
 */
function firstPairs(phrases: readonly string[]): FirstPair[] | undefined {
  const pairs = new Map<string, Set<string> | null>();
  for (const p of phrases) {
    const words = p.normalize('NFC').toLowerCase().split(/ +/);
    if (words.some((w) => !w || [...w].some((ch) => ch.length > 1 || !isLetterOrNumberCode(ch.charCodeAt(0))))) return undefined;
    const [w1, w2] = words as [string, string | undefined];
    if (w2 === undefined) pairs.set(w1, null);
    else if (pairs.get(w1) !== null) pairs.set(w1, (pairs.get(w1) ?? new Set<string>()).add(w2));
  }
  return [...pairs].map(([first, seconds]) => ({ first, seconds: seconds && [...seconds] }));
}

// letters that case-insensitive matching folds onto another letter than toLowerCase does
const ODD_FOLDS: Record<string, string> = { s: '\u017f', k: '\u212a', å: '\u212b', ß: '\u1e9e' };

/** A regex class of the code units the /iu regex takes for one lower-case letter. */
function letterClass(ch: string): string {
  const upper = ch.toUpperCase();
  const units = new Set([ch, upper.length === 1 ? upper : ch]);
  const odd = ODD_FOLDS[ch];
  const all = [...units].map(escapeRegExp).join('') + (odd ?? '');
  return all.length > 1 ? `[${all}]` : all;
}

/**
 * A plain (not unicode, no look-behind) regex that finds where the first two words of a
 * phrase stand, in either case: run natively over the text, it leaves a handful of places
 * per article for the full regex to try.
 */
function pairScanner(pairs: readonly FirstPair[]): RegExp {
  const word = (w: string) => [...w].map(letterClass).join('');
  const alts = pairs.map(({ first, seconds }) =>
    seconds === null ? word(first) : `${word(first)}\\s+(?:${seconds.map(word).join('|')})`,
  );
  return new RegExp(alts.join('|'), 'g');
}

/**
 * All matches of a global regex that opens with the word-start look-behind WB_START and
 * then one of some literal phrases (matched case-insensitively, spaces standing for any
 * white space): the same matches as `text.matchAll(re)`, but the regex only runs (sticky)
 * where such a phrase can start. When the phrases are words of letters, that is where a
 * plain scan finds their first two words ("ngày" opens "ngày mai", so "ngày 8/1" is passed
 * over); otherwise at every word start whose first character folds to a phrase's first
 * letter.
 */
export function wordStartMatcher(re: RegExp, phrases: readonly string[]): (text: string) => RegExpExecArray[] {
  const sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  const wordStart = (text: string, i: number): boolean =>
    // WB_START: no letter or number right before (a surrogate before is left to the regex)
    i === 0 || !isLetterOrNumberCode(text.charCodeAt(i - 1));
  /** the regex at i: pushes a match and returns where to go on, or -1 */
  const tryAt = (text: string, i: number, out: RegExpExecArray[]): number => {
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m || m[0].length === 0) return -1;
    out.push(m);
    return i + m[0].length;
  };
  const pairs = firstPairs(phrases);
  if (pairs) {
    const scan = pairScanner(pairs);
    return (text) => {
      const out: RegExpExecArray[] = [];
      scan.lastIndex = 0;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const next = wordStart(text, m.index) ? tryAt(text, m.index, out) : -1;
        scan.lastIndex = next < 0 ? m.index + 1 : next;
      }
      return out;
    };
  }
  const firsts = [...new Set(phrases.map((p) => p.normalize('NFC').charAt(0)))].map(escapeRegExp).join('|');
  const opens = new RegExp(`^(?:${firsts})`, re.flags.replace(/[gy]/g, ''));
  // per code unit: 0 not looked at yet, 1 cannot open a phrase, 2 can
  const table = new Uint8Array(65536);
  const canOpen = (c: number): boolean => {
    let t = table[c]!;
    if (t === 0) {
      t = opens.test(String.fromCharCode(c)) ? 2 : 1;
      table[c] = t;
    }
    return t === 2;
  };
  return (text) => {
    const out: RegExpExecArray[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const next = canOpen(text.charCodeAt(i)) && wordStart(text, i) ? tryAt(text, i, out) : -1;
      i = next < 0 ? i + 1 : next;
    }
    return out;
  };
}

export function compileDateRules(file: z.output<typeof DateRulesFile>): DateRules {
  const pods = Object.keys(file.partsOfDay);
  const rels = Object.keys(file.relativeDays);
  const relStandalone = rels.filter((r) => r.includes(' '));
  const relative = new RegExp(
    `${WB_START}(?:(${alternation(pods)})\\s+(${alternation(rels)})|(${alternation(relStandalone)}))${WB_END}` +
      `(?:\\s*\\(\\s*(\\d{1,2})\\s*[/-]\\s*(\\d{1,2})(?:\\s*[/-]\\s*(\\d{4}))?\\s*\\))?`,
    'giu',
  );
  return {
    clockPrefix: file.clockPrefixes.length ? new RegExp(`^\\s*(?:${alternation(file.clockPrefixes)})${WB_END}`, 'iu') : null,
    dateLineWords: new RegExp(
      `${WB_START}(?:${alternation([...file.weekdays, ...file.dateLinePrefixes, ...file.clockPrefixes, ...file.dateLineFillers])})${WB_END}`,
      'giu',
    ),
    partOfDayBefore: new RegExp(`${WB_START}(${alternation(pods)})\\s+(?:(?:ngày|hôm)\\s+)?(?:(?:${alternation(file.weekdays)})\\s*,?\\s*\\(?\\s*(?:ngày\\s+)?)?$`, 'iu'),
    weekdayBefore: new RegExp(`${WB_START}(?:${alternation(file.weekdays)})\\s*,?\\s*\\(?\\s*(?:ngày\\s+)?$`, 'iu'),
    partOfDay: new Map(Object.entries(file.partsOfDay).map(([k, v]) => [k.toLowerCase(), v])),
    // "<pod> <relative>" ("chiều nay", "sáng hôm qua") or a self-standing phrase ("hôm nay"),
    // then an optional "(d/m[/y])": groups 1 pod, 2 relative after pod, 3 standalone, 4-6 d/m/y
    relative,
    relativeMatches: wordStartMatcher(relative, [...pods.flatMap((p) => rels.map((r) => `${p} ${r}`)), ...relStandalone]),
    relativeDays: new Map(Object.entries(file.relativeDays).map(([k, v]) => [k.toLowerCase(), v])),
    notEventBefore: file.notEventBefore.length
      ? new RegExp(`${WB_START}(?:${alternation(file.notEventBefore)})\\s+(?:ngày\\s+)?$`, 'iu')
      : null,
    leadInBefore: new RegExp(`${WB_START}(?:${alternation(file.eventLeadIns)})\\s+(?:ngày\\s+)?$`, 'iu'),
    // "đến năm 2030", "đến 30/6/2014", "tầm nhìn 2045": the year may sit in a date or "tháng m/yyyy"
    futureYearBefore: new RegExp(
      `${WB_START}(?:${alternation(file.futureYearCues)})\\s*(?:(?:ngày\\s+)?\\d{1,2}\\s*[/-]\\s*)?(?:(?:tháng\\s+)?\\d{1,2}\\s*[/-]\\s*)?(?:năm\\s*)?$`,
      'iu',
    ),
    futureClause: file.futureClauseCues.length ? new RegExp(`${WB_START}(?:${alternation(file.futureClauseCues)})${WB_END}`, 'iu') : null,
    decadeBefore: file.decadeCues.length ? new RegExp(`${WB_START}(?:${alternation(file.decadeCues)})\\s+$`, 'iu') : null,
    // the range itself is found from its digits (a scan V8 runs fast), the words before it
    // are checked at its start: a regex opening with the words would be tried at every letter
    updatedLabel: file.updatedLabels.length ? new RegExp(`${WB_START}(?:${alternation(file.updatedLabels)})${WB_END}`, 'iu') : null,
    postedLabel: file.postedLabels.length ? new RegExp(`${WB_START}(?:${alternation(file.postedLabels)})${WB_END}`, 'iu') : null,
    eventRange:
      file.eventRangeOpeners.length && file.eventRangeJoiners.length
        ? {
            core: new RegExp(
              `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*(?:${alternation(file.eventRangeJoiners)})\\s*(?:ngày\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{4}))?${WB_END}`,
              'gu',
            ),
            lead: new RegExp(
              `${WB_START}(?:(${alternation(pods)})\\s+(?:(?:${alternation(file.eventRangeOpeners)})\\s+)?|(?:${alternation(file.eventRangeOpeners)})\\s+)$`,
              'iu',
            ),
          }
        : null,
    birthYearBefore: file.birthYearCues.length
      ? new RegExp(`${WB_START}(?:${alternation(file.birthYearCues)})\\s*:?\\s*(?:năm\\s*)?$`, 'iu')
      : null,
    maxDatelineLength: file.maxDatelineLength,
  };
}

export function loadDateRules(dir: string): DateRules {
  return compileDateRules(readRuleFile(dir, 'dates.json', DateRulesFile));
}
