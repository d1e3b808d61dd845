import type { DateRules } from './rules.js';

// a four-digit year 1945–2099 standing alone or closing a date ("9/2013", "07/01/2016")
const YEAR_RE = /(?<![\p{L}\p{N}.,])(19[4-9]\d|20\d\d)(?![\p{N}]|[.,]\d)/gu;
// "2021-2026", "2022 – 2025": a span (a term, a plan period), not a reported year
const RANGE_AFTER = /^\s?[-–—]\s?(?:19|20)\d\d/;
const RANGE_BEFORE = /(?:19|20)\d\d\s?[-–—]\s?$/;
// a capitalised word, then "(" right before the year
const BRACKET_YEAR_BEFORE = /\p{Lu}[\p{Ll}\p{M}]*\s*\(\s*$/u;

/** The clause a position stands in, up to it (back to the last , ; . ! ? or 80 characters). */
function clauseBefore(t: string, i: number): string {
  const from = Math.max(0, i - 80);
  const s = t.slice(from, i);
  const cut = Math.max(s.lastIndexOf(','), s.lastIndexOf(';'), s.lastIndexOf('. '), s.lastIndexOf('!'), s.lastIndexOf('?'));
  return cut >= 0 ? s.slice(cut + 1) : s;
}

/**
 * The years the text names as having happened (for a date printed without its year):
 * "năm 2018", "riêng năm 2017", "07/01/2016". Left out: spans ("nhiệm kỳ 2021-2026"),
 * targets ("đến năm 2030", "tầm nhìn 2045"), birth years ("SN 1997", "Trần Văn A (1972)")
 * and decades ("những năm 1980").
 */
export function namedYears(texts: readonly string[], rules: DateRules): number[] {
  const years = new Set<number>();
  for (const t of texts) {
    for (const m of t.matchAll(YEAR_RE)) {
      const i = m.index!;
      const end = i + m[0].length;
      if (RANGE_AFTER.test(t.slice(end, end + 8)) || RANGE_BEFORE.test(t.slice(Math.max(0, i - 8), i))) continue;
      const before = t.slice(Math.max(0, i - 32), i);
      if (rules.futureYearBefore.test(before) || rules.birthYearBefore?.test(before) || rules.decadeBefore?.test(before)) continue;
      // "Trần Văn A (1972)", "(1972, trú tại …)": a year alone in brackets after a name is a birth year
      if (BRACKET_YEAR_BEFORE.test(before) && /^\s*[),]/.test(t.slice(end, end + 2))) continue;
      if (rules.futureClause && rules.futureClause.test(clauseBefore(t, i))) continue;
      years.add(Number(m[1]));
    }
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The year for a day/month the text gives without one, judged from the years it names:
 * the latest named year (reports look back; a January report on "năm 2018" that sets
 * "nhiệm vụ năm 2019" happens in 2019). Null when the text names no year.
 */
export function yearFromNamed(years: readonly number[]): number | null {
  return years.length ? years[years.length - 1]! : null;
}
