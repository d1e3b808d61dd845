import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join, relative, resolve, sep } from 'node:path';
import { readUnits } from '../input/walk.js';
import { processUnit } from '../pipeline.js';
import type { Rules } from '../rules/index.js';
import type { InputUnit } from '../types.js';
import type { GoldItem } from './gold.js';
import { scoreArticle, scoreNonArticle, type ArticleResult } from './score.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Loose = any;

/** Key of an input: its path relative to the root, with "/" separators, and its row. */
export function inputKey(path: string, row: number | null): string {
  return path.split(sep).join('/').replace(/^\.\//, '') + '#' + (row ?? '');
}

/**
 * Produce a record (or null) for every gold input by running the pipeline. Each input
 * file is read once; row dumps are indexed by their 1-based data row.
 */
/** Records keyed by inputKey; error lines ("stage: message") for inputs that produced none. */
export interface Found {
  records: Map<string, Loose>;
  errors: Map<string, string>;
}

export async function recordsByExtraction(items: GoldItem[], root: string, rules: Rules): Promise<Found> {
  const byFile = new Map<string, GoldItem[]>();
  for (const it of items) {
    const l = byFile.get(it.path) ?? [];
    l.push(it);
    byFile.set(it.path, l);
  }
  const out = new Map<string, Loose>();
  const errors = new Map<string, string>();
  for (const [path, its] of byFile) {
    const units: InputUnit[] = [];
    const wanted = new Set(its.map((i) => i.row));
    const maxRow = Math.max(0, ...its.map((i) => i.row ?? 0));
    const needFirst = wanted.has(null);
    for await (const u of readUnits(join(root, path))) {
      units.push(u);
      // rows past the last wanted one need not be read; an input without a row takes the first unit
      if (!needFirst && u.row !== null && u.row >= maxRow) break;
      if (needFirst && maxRow === 0) break;
    }
    for (const it of its) {
      const unit = it.row === null ? units[0] : units.find((u) => u.row === it.row);
      const key = inputKey(it.path, it.row);
      if (!unit) {
        errors.set(key, `input: no ${it.row === null ? 'unit' : `row ${it.row}`} in ${path}`);
        continue;
      }
      const res = processUnit(unit, rules);
      if (res.ok) out.set(key, res.record);
      else errors.set(key, `${res.error.stage}: ${res.error.message}`);
    }
  }
  return { records: out, errors };
}

/**
 * Read records from a JSON Lines file and key them by source.path (relative to root) and
 * source.row. Paths outside the root are also indexed by every trailing part of the path,
 * so records written from another working folder still match the gold inputs.
 */
export async function recordsFromFile(file: string, root: string): Promise<Found> {
  const out = new Map<string, Loose>();
  const errors = new Map<string, string>();
  const absRoot = resolve(root);
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    const t = line.trim();
    if (!t) continue;
    let rec: Loose;
    try {
      rec = JSON.parse(t);
    } catch {
      continue;
    }
    if (!rec || typeof rec !== 'object' || !rec.source) continue;
    // error lines ({source, stage, message}) are not records, but say why one is missing
    const isError = rec.stage !== undefined;
    const target: Map<string, Loose> = isError ? errors : out;
    const value = isError ? `${rec.stage}: ${rec.message}` : rec;
    const p = String(rec.source.path ?? '');
    const row = typeof rec.source.row === 'number' ? rec.source.row : null;
    const rel = relative(absRoot, resolve(p));
    if (!rel.startsWith('..')) target.set(inputKey(rel, row), value);
    const parts = p.split(/[\\/]/).filter((x) => x && x !== '.');
    for (let i = 0; i < parts.length; i++) {
      const k = inputKey(parts.slice(i).join('/'), row);
      if (!target.has(k)) target.set(k, value);
    }
  }
  return { records: out, errors };
}

/** Score every gold item against the record found for it. */
export function scoreAll(items: GoldItem[], found: Found): ArticleResult[] {
  return items.map((it) => {
    const key = inputKey(it.path, it.row);
    const rec = found.records.get(key) ?? null;
    const meta = { input: it.input, group: it.group, origin: it.origin };
    const r = it.kind === 'article' ? scoreArticle(it.expect, rec, meta) : scoreNonArticle(rec, meta);
    if (!rec) r.error = found.errors.get(key) ?? 'no record';
    return r;
  });
}
