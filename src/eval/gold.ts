import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/**
 * Gold files (SPEC §3):
 * - `.json`: one `{ input, expect, notes? }`
 * - `.jsonl`: one such object per line
 * - `.txt`: a list of inputs (one per line) that are NOT articles: each must produce
 *   no record (scored as "nonarticles").
 * Folders are walked recursively; the group of a gold item is its first folder under
 * the named gold folder (seeds, html, rows), so thresholds can differ per group.
 */

export interface GoldArticle {
  kind: 'article';
  /** the input as the gold file names it, e.g. "corpus/rows/baomoi/articles-public.psv#12" */
  input: string;
  /** the file part, relative to the root */
  path: string;
  /** the 1-based data row, when the input names one */
  row: number | null;
  group: string;
  /** gold file (and line) it came from, for messages */
  origin: string;
  expect: Record<string, unknown>;
}

export interface GoldNonArticle {
  kind: 'nonarticle';
  input: string;
  path: string;
  row: number | null;
  group: string;
  origin: string;
}

export type GoldItem = GoldArticle | GoldNonArticle;

/** "a/b.psv#12" → { path: "a/b.psv", row: 12 } */
export function splitInput(input: string): { path: string; row: number | null } {
  const m = /^(.*)#(\d+)$/.exec(input);
  if (m) return { path: m[1]!, row: Number(m[2]) };
  return { path: input, row: null };
}

/** The default --root: the parent of the folder named "gold" above the first gold argument, else its parent. */
export async function defaultRoot(goldArg: string): Promise<string> {
  const abs = resolve(goldArg);
  const parts = abs.split(sep);
  const i = parts.lastIndexOf('gold');
  if (i > 0) return parts.slice(0, i).join(sep) || sep;
  const st = await stat(abs).catch(() => null);
  return st?.isDirectory() ? dirname(abs) : dirname(dirname(abs));
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (/\.(json|jsonl|txt)$/i.test(e.name)) out.push(p);
  }
  return out;
}

function groupOf(file: string, base: string | null): string {
  if (base) {
    const rel = relative(base, file).split(sep);
    if (rel.length > 1) return rel[0]!;
  }
  return basename(dirname(file));
}

function parseItem(obj: unknown, group: string, origin: string): GoldArticle {
  if (!obj || typeof obj !== 'object') throw new Error(`${origin}: not a JSON object`);
  const o = obj as Record<string, unknown>;
  if (typeof o.input !== 'string') throw new Error(`${origin}: no "input" string`);
  if (!o.expect || typeof o.expect !== 'object') throw new Error(`${origin}: no "expect" object`);
  const { path, row } = splitInput(o.input);
  const expect = { ...(o.expect as Record<string, unknown>) };
  // the gold-only keys may also stand beside "expect"
  for (const k of ['mustNotContain', 'acceptPublished']) if (o[k] !== undefined && expect[k] === undefined) expect[k] = o[k];
  return { kind: 'article', input: o.input, path, row, group, origin, expect };
}

/** Read one gold file into items. */
export async function readGoldFile(file: string, group: string): Promise<GoldItem[]> {
  const text = (await readFile(file, 'utf8')).replace(/^\ufeff/, '');
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return [parseItem(JSON.parse(text), group, file)];
  const lines = text.split(/\r?\n/);
  const items: GoldItem[] = [];
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const origin = `${file}:${i + 1}`;
    if (lower.endsWith('.jsonl')) items.push(parseItem(JSON.parse(t), group, origin));
    else {
      const { path, row } = splitInput(t);
      items.push({ kind: 'nonarticle', input: t, path, row, group, origin });
    }
  });
  return items;
}

/** Read every gold file named or found under the named folders. */
export async function readGold(args: string[]): Promise<GoldItem[]> {
  const items: GoldItem[] = [];
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (!st) throw new Error(`gold not found: ${arg}`);
    if (st.isDirectory()) {
      for (const f of await walk(arg)) items.push(...(await readGoldFile(f, groupOf(f, arg))));
    } else items.push(...(await readGoldFile(arg, groupOf(arg, null))));
  }
  return items;
}
