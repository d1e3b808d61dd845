/**
 * SPEC §3 scoring of one record against one gold `expect`. Pure: no I/O.
 *
 * Decisions the SPEC leaves open (documented here and in the README of eval):
 * - Fields absent from `expect` are not scored; `null` / `[]` are scored.
 * - authors, photoCredits, captions, officials, figures, documents: SETS per article
 *   (duplicates collapse on both sides).
 * - locations: a MULTISET of canonical names. Gold lists a name twice only when two
 *   distinct units share it (a city and its province, seed 004), and SPEC says each
 *   unit is listed once; so a record that lists both gets both, one that lists one
 *   misses one, and a record that repeats one unit gets a false positive.
 * - documents with a null number: (kind, null) matches a predicted (kind, null) whose
 *   normalised raw text contains or is contained in the gold raw (when either side has
 *   no raw, kind alone decides). A number on one side and null on the other never match.
 * - figures: value equal (to 1e-9 relative), units equal or one starting the other at a
 *   word boundary; exact unit matches are paired first. A (value, unit) pair quoted
 *   twice keeps every object it was given; its object is right when any gold object and
 *   any predicted object contain one another (null only matches null).
 * - A missing record: accuracies wrong, every gold item a false negative, paragraphs F1 0.
 */
import { normKey, normKeyOrNull, tokens, numberKey, unitsMatch, eitherContains, containsWords } from './normalise.js';

/** One score's counts for one article (or summed over many). */
export type Tally =
  | { measure: 'accuracy'; right: number; n: number }
  | { measure: 'prf'; tp: number; fp: number; fn: number; n: number }
  | { measure: 'mean'; sum: number; n: number }
  | { measure: 'count'; count: number; n: number };

/** What one field got wrong in one article, for --verbose. */
export interface Diff {
  field: string;
  missed?: string[];
  extra?: string[];
  gold?: unknown;
  got?: unknown;
}

export interface ArticleResult {
  input: string;
  group: string;
  origin: string;
  found: boolean;
  /** why there is no record (the error line's stage and message), when there is none */
  error?: string;
  tallies: Record<string, Tally>;
  diffs: Diff[];
}

/** Score names in table order; "info" ones are beyond SPEC §3 (shown, not gated by default). */
export const SCORE_ORDER: { key: string; label: string; info?: boolean }[] = [
  { key: 'records', label: 'record produced' },
  { key: 'nonarticles', label: 'non-article rejected' },
  { key: 'title', label: 'exact' },
  { key: 'kicker', label: 'exact' },
  { key: 'lead', label: 'exact', info: true },
  { key: 'published.date', label: 'day' },
  { key: 'published.time', label: 'time+offset', info: true },
  { key: 'event.date', label: 'day' },
  { key: 'event.partOfDay', label: 'exact', info: true },
  { key: 'source.outlet', label: 'exact' },
  { key: 'source.agencyCode', label: 'exact', info: true },
  { key: 'authors', label: 'set' },
  { key: 'photoCredits', label: 'set' },
  { key: 'captions', label: 'set' },
  { key: 'paragraphs', label: 'token F1 mean' },
  { key: 'paragraphs.leaks', label: 'mustNotContain found' },
  { key: 'officials.name', label: 'set' },
  { key: 'officials.position', label: '(name, raw) set' },
  { key: 'figures', label: '(value, unit) set' },
  { key: 'figures.object', label: 'over matched' },
  { key: 'documents', label: '(kind, number) set' },
  { key: 'documents.date', label: 'over matched' },
  { key: 'locations', label: 'name multiset' },
  { key: 'organizations', label: 'name set', info: true },
  { key: 'abbreviations', label: 'short set', info: true },
];

// Records may come from --records files written by older builds: read them loosely.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = any;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const arr = (v: unknown): Loose[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** P/R/F1 over sets (or a multiset) of keyed items, with what was missed and extra. */
export interface Keyed {
  key: string;
  show: string;
}

export function matchKeyed(gold: Keyed[], pred: Keyed[], multiset = false): { tp: number; missed: string[]; extra: string[] } {
  const dedupe = (xs: Keyed[]) => {
    if (multiset) return xs;
    const seen = new Set<string>();
    return xs.filter((x) => (seen.has(x.key) ? false : (seen.add(x.key), true)));
  };
  const g = dedupe(gold);
  const p = dedupe(pred);
  const pool = new Map<string, number>();
  for (const x of p) pool.set(x.key, (pool.get(x.key) ?? 0) + 1);
  let tp = 0;
  const missed: string[] = [];
  for (const x of g) {
    const left = pool.get(x.key) ?? 0;
    if (left > 0) {
      tp++;
      pool.set(x.key, left - 1);
    } else missed.push(x.show);
  }
  // what is left in the pool was predicted and never matched
  const extra: string[] = [];
  for (const x of p) {
    const left = pool.get(x.key) ?? 0;
    if (left > 0) {
      extra.push(x.show);
      pool.set(x.key, left - 1);
    }
  }
  return { tp, missed, extra };
}

function prfTally(tp: number, missed: number, extra: number): Tally {
  return { measure: 'prf', tp, fp: extra, fn: missed, n: 1 };
}

/** Token F1 of one article's paragraphs (multiset of tokens). */
export function paragraphsF1(gold: string[], pred: string[]): number {
  const count = (ps: string[]) => {
    const m = new Map<string, number>();
    let n = 0;
    for (const p of ps) for (const t of tokens(p)) (m.set(t, (m.get(t) ?? 0) + 1), n++);
    return { m, n };
  };
  const g = count(gold);
  const p = count(pred);
  if (g.n === 0 && p.n === 0) return 1;
  if (g.n === 0 || p.n === 0) return 0;
  let overlap = 0;
  for (const [t, c] of g.m) overlap += Math.min(c, p.m.get(t) ?? 0);
  return (2 * overlap) / (g.n + p.n);
}

const clip = (s: string, n = 90) => (s.length > n ? s.slice(0, n) + '…' : s);

/**
 * For --verbose: gold paragraphs that no predicted paragraph overlaps (neither contains
 * the other), and predicted paragraphs that overlap no gold paragraph (leaked or invented).
 */
export function paragraphDiff(gold: string[], pred: string[]): { missed: string[]; extra: string[] } {
  const gk = gold.map(normKey);
  const pk = pred.map(normKey);
  const overlaps = (a: string, b: string) => a.length > 0 && b.length > 0 && eitherContains(a, b);
  return {
    missed: gold.filter((_, i) => !pk.some((p) => overlaps(gk[i]!, p))).map((s) => clip(s)),
    extra: pred.filter((_, i) => !gk.some((g) => overlaps(g, pk[i]!))).map((s) => clip(s)),
  };
}

/** mustNotContain strings (as given) that occur in any paragraph, compared normalised. */
export function leaksFound(mustNotContain: string[], paragraphs: string[]): string[] {
  // keys are joined with a separator no key can contain, so a needle cannot span two paragraphs
  const hay = paragraphs.map((p) => normKey(p)).join('\u0000');
  return mustNotContain.filter((s) => {
    const k = normKey(s);
    return k.length > 0 && containsWords(hay, k);
  });
}

/** Keep each person's distinct positions, dropping one that another of theirs contains. */
export function reducePositions(raws: string[]): { key: string; show: string }[] {
  const seen = new Map<string, string>();
  for (const r of raws) {
    const k = normKey(r);
    if (k && !seen.has(k)) seen.set(k, r);
  }
  const keys = [...seen.keys()];
  return keys.filter((k) => !keys.some((o) => o !== k && containsWords(o, k))).map((k) => ({ key: k, show: seen.get(k)! }));
}

function officialPairs(officials: Loose[]): Keyed[] {
  const byName = new Map<string, { show: string; raws: string[] }>();
  for (const o of officials) {
    const name = str(o?.name);
    if (!name) continue;
    const k = normKey(name);
    const e = byName.get(k) ?? { show: name, raws: [] };
    for (const p of arr(o.positions)) {
      const raw = str(p?.raw);
      if (raw) e.raws.push(raw);
    }
    byName.set(k, e);
  }
  const out: Keyed[] = [];
  for (const [nk, e] of byName) for (const p of reducePositions(e.raws)) out.push({ key: nk + '\u0000' + p.key, show: `${e.show}: ${p.show}` });
  return out;
}

interface FigPair {
  value: number;
  unit: string | null;
  unitShow: string | null;
  objects: (string | null)[];
  objectsShow: (string | null)[];
  hasObject: boolean;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figurePairs(figs: Loose[]): FigPair[] {
  const out: FigPair[] = [];
  for (const f of figs) {
    const value = typeof f?.value === 'number' ? f.value : Number(f?.value);
    if (!Number.isFinite(value)) continue;
    const unitShow = str(f.unit);
    const unit = normKeyOrNull(unitShow);
    const obj = str(f.object);
    let pair = out.find((p) => sameValue(p.value, value) && p.unit === unit);
    if (!pair) {
      pair = { value, unit, unitShow, objects: [], objectsShow: [], hasObject: false };
      out.push(pair);
    }
    if (has(f, 'object')) {
      pair.hasObject = true;
      const k = normKeyOrNull(obj);
      if (!pair.objects.includes(k)) (pair.objects.push(k), pair.objectsShow.push(obj));
    }
  }
  return out;
}

const showFig = (p: FigPair) => `${p.value}${p.unitShow ? ' ' + p.unitShow : ''}`;

/** Pair gold and predicted items one-to-one: each pass, in order, over what is still free. */
function pairUp<G, P>(gold: G[], pred: P[], passes: ((g: G, p: P) => boolean)[]): { pairs: [G, P][]; missed: G[]; extra: P[] } {
  const gFree = gold.map(() => true);
  const pFree = pred.map(() => true);
  const pairs: [G, P][] = [];
  for (const eq of passes) {
    gold.forEach((g, i) => {
      if (!gFree[i]) return;
      const j = pred.findIndex((p, jj) => pFree[jj] && eq(g, p));
      if (j >= 0) {
        gFree[i] = false;
        pFree[j] = false;
        pairs.push([g, pred[j]!]);
      }
    });
  }
  return { pairs, missed: gold.filter((_, i) => gFree[i]), extra: pred.filter((_, j) => pFree[j]) };
}

interface DocItem {
  kind: string;
  number: string | null;
  raw: string | null;
  date: string | null;
  hasDate: boolean;
  show: string;
}

function documentItems(docs: Loose[]): DocItem[] {
  const out: DocItem[] = [];
  const seen = new Set<string>();
  for (const d of docs) {
    const kindShow = str(d?.kind);
    if (!kindShow) continue;
    const kind = normKey(kindShow);
    const number = numberKey(str(d.number));
    const raw = normKeyOrNull(str(d.raw));
    // the same document cited twice counts once: by number, or by raw text when unnumbered
    const id = kind + '\u0000' + (number ?? '\u0001' + (raw ?? ''));
    if (seen.has(id)) continue;
    seen.add(id);
    const show = number !== null ? `${kindShow} ${str(d.number)}` : `${kindShow} (no number${str(d.raw) ? ': ' + str(d.raw) : ''})`;
    out.push({ kind, number, raw, date: str(d.date), hasDate: has(d, 'date'), show });
  }
  return out;
}

function acc(right: boolean): Tally {
  return { measure: 'accuracy', right: right ? 1 : 0, n: 1 };
}

function dayOf(v: unknown): string | null {
  const d = str((v as Loose)?.date);
  return d ? d.slice(0, 10) : null;
}

/** Score one article. `record` is null when no record was produced for the gold input. */
export function scoreArticle(expect: Record<string, unknown>, record: Loose | null, meta: { input: string; group: string; origin: string }): ArticleResult {
  const t: Record<string, Tally> = {};
  const diffs: Diff[] = [];
  const found = record != null;
  const r: Loose = record ?? {};
  t.records = acc(found);

  const exact = (key: string, gold: unknown, got: unknown) => {
    const g = normKeyOrNull(str(gold));
    const p = found ? normKeyOrNull(str(got)) : undefined;
    const ok = found && g === p;
    t[key] = acc(ok);
    if (!ok) diffs.push({ field: key, gold, got: found ? (got ?? null) : '(no record)' });
  };
  for (const k of ['title', 'kicker', 'lead']) if (has(expect, k)) exact(k, expect[k], r[k]);

  const src = (expect.source ?? null) as Loose;
  if (src && typeof src === 'object') for (const k of ['outlet', 'agencyCode']) if (has(src, k)) exact(`source.${k}`, src[k], r.source?.[k]);

  // published: day level; acceptPublished lists other days that also count
  if (has(expect, 'published')) {
    const g = expect.published as Loose;
    const accept = [dayOf(g), ...arr(expect.acceptPublished).map((d) => str(d)?.slice(0, 10) ?? null)];
    const got = found ? dayOf(r.published) : null;
    const ok = found && (g == null ? got === null || accept.slice(1).includes(got) : got !== null && accept.includes(got));
    t['published.date'] = acc(ok);
    if (!ok) diffs.push({ field: 'published.date', gold: accept.filter((x, i) => i === 0 || x).join(' | '), got: found ? got : '(no record)' });
    if (g && typeof g === 'object' && has(g, 'time')) {
      const p = found ? r.published : null;
      const okT = !!p && p.time === g.time && (!has(g, 'utcOffset') || p.utcOffset === g.utcOffset);
      t['published.time'] = acc(okT);
      if (!okT) diffs.push({ field: 'published.time', gold: `${g.time} ${g.utcOffset ?? ''}`.trim(), got: p ? `${p.time} ${p.utcOffset ?? ''}`.trim() : null });
    }
  }
  if (has(expect, 'event')) {
    const g = expect.event as Loose;
    const got = found ? dayOf(r.event) : undefined;
    const ok = found && got === dayOf(g);
    t['event.date'] = acc(ok);
    if (!ok) diffs.push({ field: 'event.date', gold: dayOf(g), got: found ? got : '(no record)' });
    if (g && typeof g === 'object' && has(g, 'partOfDay')) {
      const okP = found && r.event != null && (r.event.partOfDay ?? null) === g.partOfDay;
      t['event.partOfDay'] = acc(okP);
      if (!okP) diffs.push({ field: 'event.partOfDay', gold: g.partOfDay, got: r.event?.partOfDay ?? null });
    }
  }

  const setField = (key: string, gold: Keyed[], pred: Keyed[], multiset = false) => {
    const m = matchKeyed(gold, pred, multiset);
    t[key] = prfTally(m.tp, m.missed.length, m.extra.length);
    if (m.missed.length || m.extra.length) diffs.push({ field: key, missed: m.missed, extra: m.extra });
  };
  const strings = (v: unknown): Keyed[] =>
    arr(v)
      .map(str)
      .filter((s): s is string => s !== null && normKey(s) !== '')
      .map((s) => ({ key: normKey(s), show: s }));
  for (const k of ['authors', 'photoCredits', 'captions']) if (has(expect, k)) setField(k, strings(expect[k]), strings(r[k]));

  // paragraphs and leaked boilerplate
  const paras = arr(r.paragraphs).map(str).filter((s): s is string => s !== null);
  if (has(expect, 'paragraphs')) {
    const gp = arr(expect.paragraphs).map(str).filter((s): s is string => s !== null);
    const f1 = found ? paragraphsF1(gp, paras) : 0;
    t.paragraphs = { measure: 'mean', sum: f1, n: 1 };
    if (f1 < 1) {
      const d = paragraphDiff(gp, paras);
      diffs.push({ field: 'paragraphs', gold: `${gp.length} paragraphs`, got: found ? `${paras.length} paragraphs, token F1 ${f1.toFixed(3)}` : '(no record)' });
      if (found && (d.missed.length || d.extra.length)) diffs.push({ field: 'paragraphs', ...d });
    }
  }
  if (has(expect, 'mustNotContain')) {
    const leaks = leaksFound(arr(expect.mustNotContain).map(str).filter((s): s is string => s !== null), paras);
    t['paragraphs.leaks'] = { measure: 'count', count: leaks.length, n: 1 };
    if (leaks.length) diffs.push({ field: 'paragraphs.leaks', extra: leaks });
  }

  if (has(expect, 'officials')) {
    const names = (v: unknown) => strings(arr(v).map((o) => o?.name));
    setField('officials.name', names(expect.officials), names(r.officials));
    setField('officials.position', officialPairs(arr(expect.officials)), officialPairs(arr(r.officials)));
  }

  if (has(expect, 'figures')) {
    const g = figurePairs(arr(expect.figures));
    const p = figurePairs(arr(r.figures));
    const { pairs, missed, extra } = pairUp(g, p, [
      (a, b) => sameValue(a.value, b.value) && a.unit === b.unit,
      (a, b) => sameValue(a.value, b.value) && unitsMatch(a.unit, b.unit),
    ]);
    t.figures = prfTally(pairs.length, missed.length, extra.length);
    if (missed.length || extra.length) diffs.push({ field: 'figures', missed: missed.map(showFig), extra: extra.map(showFig) });
    const scored = pairs.filter(([a]) => a.hasObject);
    {
      let right = 0;
      const wrong: string[] = [];
      for (const [a, b] of scored) {
        const pObjs = b.hasObject ? b.objects : [null];
        const ok = a.objects.some((x) => pObjs.some((y) => eitherContains(x, y)));
        if (ok) right++;
        else wrong.push(`${showFig(a)}: gold ${JSON.stringify(a.objectsShow)} got ${JSON.stringify(b.objectsShow)}`);
      }
      t['figures.object'] = { measure: 'accuracy', right, n: scored.length };
      if (wrong.length) diffs.push({ field: 'figures.object', missed: wrong });
    }
  }

  if (has(expect, 'documents')) {
    const g = documentItems(arr(expect.documents));
    const p = documentItems(arr(r.documents));
    const { pairs, missed, extra } = pairUp(g, p, [
      (a, b) => a.number !== null && a.kind === b.kind && a.number === b.number,
      (a, b) => a.number === null && b.number === null && a.kind === b.kind && (a.raw === null || b.raw === null || eitherContains(a.raw, b.raw)),
    ]);
    t.documents = prfTally(pairs.length, missed.length, extra.length);
    if (missed.length || extra.length) diffs.push({ field: 'documents', missed: missed.map((d) => d.show), extra: extra.map((d) => d.show) });
    const scored = pairs.filter(([a]) => a.hasDate);
    let right = 0;
    const wrong: string[] = [];
    for (const [a, b] of scored) {
      if ((a.date ?? null) === (b.date ?? null)) right++;
      else wrong.push(`${a.show}: gold ${a.date} got ${b.date}`);
    }
    t['documents.date'] = { measure: 'accuracy', right, n: scored.length };
    if (wrong.length) diffs.push({ field: 'documents.date', missed: wrong });
  }

  if (has(expect, 'locations')) setField('locations', strings(arr(expect.locations).map((l) => l?.name)), strings(arr(r.locations).map((l) => l?.name)), true);
  if (has(expect, 'organizations')) setField('organizations', strings(arr(expect.organizations).map((o) => o?.name)), strings(arr(r.organizations).map((o) => o?.name)));
  if (has(expect, 'abbreviations')) setField('abbreviations', strings(arr(expect.abbreviations).map((a) => a?.short)), strings(arr(r.abbreviations).map((a) => a?.short)));

  return { ...meta, found, tallies: t, diffs };
}

/** A non-article input is right when no record was produced for it. */
export function scoreNonArticle(record: Loose | null, meta: { input: string; group: string; origin: string }): ArticleResult {
  const ok = record == null;
  return {
    ...meta,
    found: record != null,
    tallies: { nonarticles: acc(ok) },
    diffs: ok ? [] : [{ field: 'nonarticles', gold: 'no record (not an article)', got: `record titled ${JSON.stringify(record?.title ?? null)}` }],
  };
}

/** Add tallies of the same score together. */
export function addTally(a: Tally | undefined, b: Tally): Tally {
  if (!a) return { ...b };
  if (a.measure === 'accuracy' && b.measure === 'accuracy') return { measure: 'accuracy', right: a.right + b.right, n: a.n + b.n };
  if (a.measure === 'prf' && b.measure === 'prf') return { measure: 'prf', tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn, n: a.n + b.n };
  if (a.measure === 'mean' && b.measure === 'mean') return { measure: 'mean', sum: a.sum + b.sum, n: a.n + b.n };
  if (a.measure === 'count' && b.measure === 'count') return { measure: 'count', count: a.count + b.count, n: a.n + b.n };
  throw new Error(`cannot add ${a.measure} to ${b.measure}`);
}

export interface Summary {
  measure: Tally['measure'];
  /** accuracy, F1, mean, or (for counts) the count */
  score: number;
  precision?: number;
  recall?: number;
  tally: Tally;
}

/** Micro P/R/F1 (P or R of nothing is 1: no wrong prediction / nothing to find); F1 = 2tp/(2tp+fp+fn), 1 when all are 0. */
export function summarise(t: Tally): Summary {
  switch (t.measure) {
    case 'accuracy':
      return { measure: t.measure, score: t.n ? t.right / t.n : 1, tally: t };
    case 'mean':
      return { measure: t.measure, score: t.n ? t.sum / t.n : 1, tally: t };
    case 'count':
      return { measure: t.measure, score: t.count, tally: t };
    case 'prf': {
      const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
      const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
      const d = 2 * t.tp + t.fp + t.fn;
      return { measure: t.measure, score: d ? (2 * t.tp) / d : 1, precision, recall, tally: t };
    }
  }
}

/** Sum per-article tallies into per-score totals, overall ("all") and per group. */
export function aggregate(results: ArticleResult[]): Record<string, Record<string, Tally>> {
  const out: Record<string, Record<string, Tally>> = { all: {} };
  for (const r of results) {
    const g = (out[r.group] ??= {});
    for (const [k, t] of Object.entries(r.tallies)) {
      out.all![k] = addTally(out.all![k], t);
      g[k] = addTally(g[k], t);
    }
  }
  return out;
}
