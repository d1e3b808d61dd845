import { readFile, readdir, stat } from 'node:fs/promises';
import { join, extname } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { InputUnit } from '../types.js';
import { readRowFile, looksLikeKeyValue } from './rows.js';

/** File endings bantin reads; anything else inside a folder is skipped (named files are always tried). */
export const KNOWN_EXTENSIONS = ['.html', '.htm', '.txt', '.jsonl', '.csv', '.tsv', '.psv', '.warc'];

/** Expand the user's arguments (files and folders) to file paths, recursively, sorted. */
export async function* walkPaths(args: string[]): AsyncGenerator<{ path: string; named: boolean }> {
  for (const arg of args) {
    const st = await stat(arg).catch(() => null);
    if (!st) {
      yield { path: arg, named: true };
      continue;
    }
    if (st.isDirectory()) yield* walkDir(arg);
    else yield { path: arg, named: true };
  }
}

async function* walkDir(dir: string): AsyncGenerator<{ path: string; named: boolean }> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walkDir(p);
    else if (e.isFile() && isKnown(e.name)) yield { path: p, named: false };
  }
}

function isKnown(name: string): boolean {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  return KNOWN_EXTENSIONS.includes(extname(base));
}

/** Read one file and turn it into units (one per article). Errors become units with readError. */
export async function* readUnits(path: string): AsyncGenerator<InputUnit> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield { path, row: null, url: null, kind: 'text', readError: { stage: 'input', message: (e as Error).message } };
    return;
  }
  let name = path.toLowerCase();
  if (name.endsWith('.gz')) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      yield { path, row: null, url: null, kind: 'text', readError: { stage: 'input', message: `bad gzip: ${(e as Error).message}` } };
      return;
    }
    name = name.slice(0, -3);
  }
  const ext = extname(name);
  if (['.jsonl', '.csv', '.tsv', '.psv'].includes(ext)) {
    yield* readRowFile(path, bytes);
    return;
  }
  if (ext === '.txt' && looksLikeKeyValue(bytes)) {
    yield* readRowFile(path, bytes);
    return;
  }
  const kind = ext === '.html' || ext === '.htm' || sniffHtml(bytes) ? 'html' : 'text';
  yield { path, row: null, url: null, kind, bytes };
}

function sniffHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|meta)[\s>]/.test(head);
}
