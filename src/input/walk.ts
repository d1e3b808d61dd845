import { readFile, readdir, stat, open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { join, extname } from 'node:path';
import { gunzipSync, createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { InputUnit } from '../types.js';
import { readKeyValue, readRowStream, looksLikeKeyValue, rowFormatOf } from './rows.js';
import { readWarc } from './warc.js';

/** File endings bantin reads; anything else inside a folder is skipped (named files are always tried). */
export const KNOWN_EXTENSIONS = ['.html', '.htm', '.xhtml', '.txt', '.jsonl', '.ndjson', '.csv', '.tsv', '.psv', '.warc'];

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
    else if (e.isFile() && isKnown(e.name) && !e.name.endsWith('.expected.json')) yield { path: p, named: false };
  }
}

function isKnown(name: string): boolean {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  return KNOWN_EXTENSIONS.includes(extname(base));
}

/** a file's bytes as a stream, gunzipped when it is gzip (by name or by magic bytes) */
function byteStream(path: string, gz: boolean): Readable {
  const s = createReadStream(path);
  return gz ? s.pipe(createGunzip()) : s;
}

async function head(path: string, n: number): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function errorUnit(path: string, message: string, stage: 'input' | 'decode' = 'input'): InputUnit {
  return { path, row: null, url: null, kind: 'text', readError: { stage, message } };
}

/**
 * Read one file and turn it into units (one per article). Errors become units with readError.
 * Row dumps (.csv/.tsv/.psv/.jsonl, optionally .gz) and WARC files are streamed; pages and
 * key-value dumps are read whole.
 */
export async function* readUnits(path: string): AsyncGenerator<InputUnit> {
  let name = path.toLowerCase();
  const gzName = name.endsWith('.gz');
  if (gzName) name = name.slice(0, -3);
  const ext = extname(name);
  const format = rowFormatOf(ext);

  // streamed inputs: row dumps and WARC (warcio reads gzip members itself)
  if (format || ext === '.warc') {
    let magic: Buffer;
    try {
      magic = await head(path, 4);
    } catch (e) {
      yield errorUnit(path, (e as Error).message);
      return;
    }
    if (ext === '.warc') {
      yield* readWarc(path);
      return;
    }
    const gz = gzName || (magic[0] === 0x1f && magic[1] === 0x8b);
    const stream = byteStream(path, gz);
    try {
      yield* readRowStream(path, stream, format!);
    } catch (e) {
      yield errorUnit(path, gz ? `bad gzip or unreadable file: ${(e as Error).message}` : (e as Error).message);
    } finally {
      stream.destroy();
    }
    return;
  }

  // pages and key-value dumps: read whole
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield errorUnit(path, (e as Error).message);
    return;
  }
  if (gzName || (bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      yield errorUnit(path, `bad gzip: ${(e as Error).message}`);
      return;
    }
  }
  // a WARC without the .warc name
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') === 'WARC/') {
    const data = bytes;
    yield* readWarc(path, (async function* () {
      yield data;
    })());
    return;
  }
  if ((ext === '.txt' || !KNOWN_EXTENSIONS.includes(ext)) && looksLikeKeyValue(bytes)) {
    yield* readKeyValue(path, bytes);
    return;
  }
  const kind = ext === '.html' || ext === '.htm' || ext === '.xhtml' || sniffHtml(bytes) ? 'html' : 'text';
  yield { path, row: null, url: null, kind, bytes };
}

function sniffHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|meta)[\s>]/.test(head);
}
