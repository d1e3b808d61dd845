import { nearMisses } from './near.js';
import { SCORE_ORDER, summarise, type ArticleResult, type Summary, type Tally } from './score.js';

/**
 * Thresholds file: { "<group>": { "<score>": number, … }, … } where group is "all" or a
 * gold subfolder (seeds, html, rows). A number is a MINIMUM for every score except
 * counts (paragraphs.leaks), where it is a MAXIMUM. Keys starting with "_" are comments.
 * Top-level numbers count as group "all".
 */
export type Thresholds = Record<string, Record<string, number>>;

export function parseThresholds(json: unknown): Thresholds {
  if (!json || typeof json !== 'object') throw new Error('thresholds: not a JSON object');
  const out: Thresholds = {};
  for (const [k, v] of Object.entries(json as Record<string, unknown>)) {
    if (k.startsWith('_')) continue;
    if (typeof v === 'number') (out.all ??= {})[k] = v;
    else if (v && typeof v === 'object') {
      for (const [s, n] of Object.entries(v as Record<string, unknown>)) {
        if (s.startsWith('_')) continue;
        if (typeof n !== 'number') throw new Error(`thresholds: ${k}.${s} is not a number`);
        (out[k] ??= {})[s] = n;
      }
    } else throw new Error(`thresholds: ${k} must be a number or an object`);
  }
  return out;
}

const EPS = 1e-9;

/** Every score that misses its threshold, as readable lines. A threshold whose score was not measured fails too. */
export function checkThresholds(totals: Record<string, Record<string, Tally>>, th: Thresholds): string[] {
  const fails: string[] = [];
  for (const [group, scores] of Object.entries(th)) {
    for (const [key, min] of Object.entries(scores)) {
      const t = totals[group]?.[key];
      if (!t || t.n === 0) {
        fails.push(`${group} ${key}: not measured (threshold ${min})`);
        continue;
      }
      const s = summarise(t);
      if (s.measure === 'count') {
        if (s.score > min + EPS) fails.push(`${group} ${key}: ${s.score} > ${min} allowed`);
      } else if (s.score < min - EPS) fails.push(`${group} ${key}: ${fmt(s.score)} < ${min}`);
    }
  }
  return fails;
}

/** Floor to `digits` decimals (thresholds never claim more than was measured). */
export function floorTo(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.floor(x * f + 1e-9) / f;
}

/**
 * The ratchet: raise each threshold to the measured score (floored), never lower one.
 * Scores not yet in the file are added (info scores only with includeInfo).
 */
export function ratchet(totals: Record<string, Record<string, Tally>>, old: Thresholds, includeInfo = false): Thresholds {
  const info = new Set(SCORE_ORDER.filter((s) => s.info).map((s) => s.key));
  const out: Thresholds = {};
  for (const [g, v] of Object.entries(old)) out[g] = { ...v };
  for (const [group, scores] of Object.entries(totals)) {
    for (const [key, t] of Object.entries(scores)) {
      if (t.n === 0) continue;
      const prev = out[group]?.[key];
      if (prev === undefined && info.has(key) && !includeInfo) continue;
      const s = summarise(t);
      const next = s.measure === 'count' ? Math.min(prev ?? Infinity, s.score) : Math.max(prev ?? -Infinity, floorTo(s.score));
      (out[group] ??= {})[key] = next;
    }
  }
  // stable, readable order: "all" first, then groups by name; scores in table order
  const rank = (k: string) => {
    const i = SCORE_ORDER.findIndex((d) => d.key === k);
    return i < 0 ? SCORE_ORDER.length : i;
  };
  const groups = Object.keys(out).sort((a, b) => (a === 'all' ? -1 : b === 'all' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    groups.map((g) => [g, Object.fromEntries(Object.entries(out[g]!).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0)))]),
  );
}

const fmt = (x: number | undefined) => (x === undefined ? '' : x.toFixed(3));

function pad(cells: string[], widths: number[], right: boolean[]): string {
  return cells.map((c, i) => (right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
}

function table(rows: string[][], right: boolean[]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].length)));
  return rows.map((r) => pad(r, widths, right)).join('\n');
}

function orderedKeys(scores: Record<string, Tally>): string[] {
  const known = SCORE_ORDER.map((s) => s.key).filter((k) => k in scores);
  const rest = Object.keys(scores).filter((k) => !known.includes(k)).sort();
  return [...known, ...rest];
}

function measureName(s: Summary): string {
  return { accuracy: 'accuracy', prf: 'F1', mean: 'mean', count: 'count' }[s.measure];
}

/** The main table: every score over all gold, with the counts behind it. */
export function formatTable(totals: Record<string, Tally>): string {
  const rows: string[][] = [['field', 'measure', 'score', 'P', 'R', 'n', 'right/tp', 'fp', 'fn', 'how']];
  for (const key of orderedKeys(totals)) {
    const t = totals[key]!;
    const s = summarise(t);
    const def = SCORE_ORDER.find((d) => d.key === key);
    const how = (def?.label ?? '') + (def?.info ? ' (beyond SPEC §3)' : '');
    const score = t.n === 0 ? '-' : s.measure === 'count' ? String(s.score) : fmt(s.score);
    if (t.measure === 'prf') rows.push([key, measureName(s), score, fmt(s.precision), fmt(s.recall), String(t.n), String(t.tp), String(t.fp), String(t.fn), how]);
    else if (t.measure === 'accuracy') rows.push([key, measureName(s), score, '', '', String(t.n), String(t.right), '', String(t.n - t.right), how]);
    else rows.push([key, measureName(s), score, '', '', String(t.n), '', '', '', how]);
  }
  return table(rows, [false, false, true, true, true, true, true, true, true, false]);
}

/** Per-group breakdown: one score column (and n) per group. */
export function formatGroups(totals: Record<string, Record<string, Tally>>): string {
  const groups = Object.keys(totals).filter((g) => g !== 'all').sort();
  const keys = orderedKeys(totals.all ?? {});
  const rows: string[][] = [['field', ...groups.flatMap((g) => [g, 'n'])]];
  for (const key of keys) {
    const cells = [key];
    for (const g of groups) {
      const t = totals[g]?.[key];
      if (!t || t.n === 0) cells.push('-', '');
      else {
        const s = summarise(t);
        cells.push(s.measure === 'count' ? String(s.score) : fmt(s.score), String(t.n));
      }
    }
    rows.push(cells);
  }
  return table(rows, [false, ...groups.flatMap(() => [true, true])]);
}

/** Per-article detail for --verbose: what was missed, what was extra, what was wrong. */
export function formatVerbose(results: ArticleResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    if (!r.diffs.length) continue;
    out.push(`── ${r.input}  [${r.group}]${r.found ? '' : `  NO RECORD (${r.error ?? 'no record'})`}`);
    for (const d of r.diffs) {
      if (d.missed?.length) out.push(`   ${d.field} missed: ${d.missed.map((x) => JSON.stringify(x)).join(', ')}`);
      if (d.extra?.length) out.push(`   ${d.field} extra:  ${d.extra.map((x) => JSON.stringify(x)).join(', ')}`);
      for (const n of nearMisses(d.missed ?? [], d.extra ?? []))
        out.push(`   ${d.field} near miss: ${JSON.stringify(n.missed)} ≈ ${JSON.stringify(n.closest)} (${n.similarity})`);
      if (d.gold !== undefined || d.got !== undefined) out.push(`   ${d.field}: gold ${JSON.stringify(d.gold)}  got ${JSON.stringify(d.got)}`);
    }
  }
  return out.join('\n');
}

/** The same content as JSON. */
export function toJson(totals: Record<string, Record<string, Tally>>, results: ArticleResult[], verbose: boolean, failures: string[] | null): unknown {
  const sum = (scores: Record<string, Tally>) =>
    Object.fromEntries(
      orderedKeys(scores).map((k) => {
        const s = summarise(scores[k]!);
        return [k, { ...scores[k]!, score: scores[k]!.n ? s.score : null, precision: s.precision, recall: s.recall }];
      }),
    );
  return {
    scores: sum(totals.all ?? {}),
    groups: Object.fromEntries(Object.entries(totals).filter(([g]) => g !== 'all').map(([g, t]) => [g, sum(t)])),
    missing: results.filter((r) => !r.found && 'records' in r.tallies).map((r) => ({ input: r.input, error: r.error ?? null })),
    ...(verbose ? { articles: results.filter((r) => r.diffs.length).map((r) => ({ input: r.input, group: r.group, found: r.found, diffs: r.diffs })) } : {}),
    ...(failures ? { failures } : {}),
  };
}
