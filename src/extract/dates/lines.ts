import type { DateRules } from './rules.js';
import { blankDateTokens } from './parse.js';

export interface DateLineInfo {
  /** the line states a clock time */
  hasTime: boolean;
  /** the line's first date states its year */
  hasYear: boolean;
  /** labelled as the site's clock ("Hôm nay: …") */
  clock: boolean;
}

/**
 * Is this line nothing but a date (weekday, date, time, offset, a label like "Cập nhật",
 * separators)? Such lines are a site clock or the article's publication-time line;
 * the text parser decides which from where the line stands.
 */
export function matchDateLine(line: string, rules: DateRules): DateLineInfo | null {
  if (line.length > rules.maxDatelineLength) return null;
  const { rest, dates, hasTime } = blankDateTokens(line);
  if (dates.length === 0) return null;
  const left = rest.replace(rules.dateLineWords, ' ');
  if (/[\p{L}\p{N}]/u.test(left)) return null;
  return { hasTime, hasYear: dates[0]!.year !== null, clock: rules.clockPrefix?.test(line) ?? false };
}
