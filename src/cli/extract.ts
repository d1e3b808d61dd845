import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { walkPaths, readUnits } from '../input/walk.js';
import { readJsonl, readKeyValue, looksLikeKeyValue } from '../input/rows.js';
import { readWarc } from '../input/warc.js';
import type { InputUnit } from '../types.js';
import { runBatch, summaryLine, type BatchStats } from '../batch/run.js';
import { LineSink } from '../batch/sink.js';
import { makeProgress } from '../batch/progress.js';
import { DEFAULT_MAX_BYTES, fmtBytes, parseSize, unitBytes } from '../batch/limits.js';

export interface ExtractOptions {
  output?: string;
  errors?: string;
  rules?: string;
  quiet?: boolean;
  workers?: string | number;
  unordered?: boolean;
  map?: string;
  maxSize?: string | number;
}

/** "title=headline,content=body" → { title: 'headline', content: 'body' } */
export function parseColumnMap(s: string | undefined): Record<string, string> | undefined {
  if (!s) return undefined;
  const map: Record<string, string> = {};
  for (const part of s.split(',')) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) throw new Error(`--map: expected field=column, got "${part}"`);
    map[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return map;
}

/** Files that hold many articles (rows, WARC records): their size says nothing about one article's. */
const MANY_ARTICLE_EXT = new Set(['.jsonl', '.ndjson', '.csv', '.tsv', '.psv', '.warc']);

/**
 * Whether a file is certainly one article over the limit, judged before reading it, so a
 * multi-gigabyte page is never loaded. Key-value .txt dumps may hold several articles, so a
 * big .txt is refused only when its head does not look like one.
 */
async function oversizedSingle(path: string, size: number, maxBytes: number): Promise<boolean> {
  if (size <= maxBytes) return false;
  const ext = extname(path.toLowerCase().replace(/\.gz$/, ''));
  if (MANY_ARTICLE_EXT.has(ext)) return false;
  if (ext === '.txt' && !path.toLowerCase().endsWith('.gz')) {
    const fh = await open(path, 'r');
    try {
      const head = Buffer.alloc(4096);
      const { bytesRead } = await fh.read(head, 0, head.length, 0);
      if (/^\s*title\s*:/im.test(head.subarray(0, bytesRead).toString('utf8'))) return false;
    } finally {
      await fh.close();
    }
  }
  return true;
}

/** The first bytes of a stream (at least `n`, unless it ends sooner), and the whole stream replayed. */
async function peek(source: AsyncIterable<Uint8Array>, n: number): Promise<{ head: Buffer; stream: AsyncIterable<Uint8Array> }> {
  const it = source[Symbol.asyncIterator]();
  const got: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    got.push(Buffer.from(r.value));
    size += r.value.byteLength;
  }
  const head = Buffer.concat(got);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (head.length) yield head;
    if (ended) return;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  }
  return { head, stream: replay() };
}

/**
 * stdin, streamed: gzip is unpacked; JSON Lines and WARC are read row by row / record by
 * record (`zcat dump.jsonl.gz | bantin extract -`); anything else is one document (HTML
 * when it looks like HTML, a key-value dump when it reads like one), read no further than
 * the size limit.
 */
async function* stdinUnits(maxBytes: number): AsyncGenerator<InputUnit> {
  let { head, stream } = await peek(process.stdin, 4096);
  if (head[0] === 0x1f && head[1] === 0x8b) ({ head, stream } = await peek(Readable.from(stream).pipe(createGunzip()), 4096));
  const start = head.toString('latin1').replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart();
  if (start.startsWith('WARC/')) {
    yield* readWarc('-', stream);
    return;
  }
  if (start.startsWith('{')) {
    yield* readJsonl('-', stream);
    return;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const c of stream) {
    size += c.byteLength;
    if (size <= maxBytes) chunks.push(c);
  }
  if (size > maxBytes) {
    yield { path: '-', row: null, url: null, kind: 'text', readError: { stage: 'input', message: `article is ${fmtBytes(size)}, over the size limit of ${fmtBytes(maxBytes)} (--max-size)` } };
    return;
  }
  const bytes = Buffer.concat(chunks);
  if (looksLikeKeyValue(bytes)) {
    yield* readKeyValue('-', bytes);
    return;
  }
  const h = bytes.subarray(0, 1024).toString('latin1').toLowerCase();
  const html = /<(!doctype html|html|head|body|meta)[\s>]/.test(h);
  yield { path: '-', row: null, url: null, kind: html ? 'html' : 'text', bytes };
}

/** How far the reading got, for the progress bar: bytes of files done + of the current one so far. */
export interface ReadProgress {
  bytes: number;
}

/** Every unit of every input path, streamed: one file is read only when the batch asks for more. */
export async function* unitsFrom(
  paths: string[],
  opts: { maxBytes?: number; columnMap?: Record<string, string>; progress?: ReadProgress } = {},
): AsyncGenerator<InputUnit> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const map = opts.columnMap;
  const prog = opts.progress ?? { bytes: 0 };
  for await (const { path } of walkPaths(paths)) {
    if (path === '-') {
      for await (const u of stdinUnits(maxBytes)) {
        if (map && u.kind === 'row' && !u.columnMap) u.columnMap = map;
        yield u;
      }
      continue;
    }
    const st = await stat(path).catch(() => null);
    const size = st?.isFile() ? st.size : 0;
    const done = prog.bytes + size;
    if (await oversizedSingle(path, size, maxBytes)) {
      prog.bytes = done;
      yield { path, row: null, url: null, kind: 'text', readError: { stage: 'input', message: `file is ${fmtBytes(size)}, over the size limit of ${fmtBytes(maxBytes)} (--max-size)` } };
      continue;
    }
    let n = 0;
    for await (const u of readUnits(path)) {
      n++;
      if (map && u.kind === 'row' && !u.columnMap) u.columnMap = map;
      // within a file, advance by the unit's size (rows: their text), never past the file's end
      prog.bytes = Math.min(done, prog.bytes + unitBytes(u));
      yield u;
    }
    prog.bytes = done;
    // a file that gave nothing (a header-only CSV, a WARC without pages) is still accounted for
    if (n === 0) yield { path, row: null, url: null, kind: 'text', readError: { stage: 'input', message: 'no article found in this file' } };
  }
}

/**
 * Sum of input file sizes, for the progress bar's ETA (only walked when a bar is shown),
 * and for the default thread count; null when an input is stdin. With `stopAbove`, the
 * walk ends as soon as the sum passes it (the answer is then "more than that").
 */
async function totalBytes(paths: string[], stopAbove = Infinity): Promise<number | null> {
  let sum = 0;
  for await (const { path } of walkPaths(paths)) {
    if (path === '-') return null;
    const st = await stat(path).catch(() => null);
    if (st?.isFile()) sum += st.size;
    if (sum > stopAbove) break;
  }
  return sum;
}

/**
 * Below this much input a worker pool does not pay for itself: each thread pays its own
 * start-up and ≈3 s of JIT warm-up. Measured on 2 cores (README, Benchmark): 2 threads
 * were 0.8× one on 1,000 HTML pages (57 MB), 1.03× on 20,000 text pages (60 MB) and on a
 * 60 MB JSONL dump while using 1.9 cores instead of 1.2, and 1.38× on 60,000 text pages.
 */
export const POOL_MIN_BYTES = 64 * 1024 * 1024;

/**
 * --workers when the user gave none: one thread for inputs known to be small, else
 * undefined (the batch's own default: one thread per core). Stdin's size is unknown.
 */
export function defaultWorkers(inputBytes: number | null): number | undefined {
  return inputBytes !== null && inputBytes <= POOL_MIN_BYTES ? 1 : undefined;
}

export function parseWorkers(v: string | number | undefined): number | undefined {
  if (v == null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--workers: expected a whole number ≥ 1, got "${v}"`);
  return n;
}

export async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  let maxBytes: number, workers: number | undefined, columnMap: Record<string, string> | undefined;
  try {
    maxBytes = opts.maxSize != null ? parseSize(opts.maxSize) : DEFAULT_MAX_BYTES;
    workers = parseWorkers(opts.workers);
    columnMap = parseColumnMap(opts.map);
  } catch (e) {
    process.stderr.write(`bantin: ${(e as Error).message}\n`);
    return 2;
  }
  workers ??= defaultWorkers(await totalBytes(paths, POOL_MIN_BYTES));
  const { records, errors, progress } = await openOutputs(opts, () => totalBytes(paths));
  const readProgress: ReadProgress = { bytes: 0 };
  const stop = interruptSignal();
  const stats = await runBatch(unitsFrom(paths, { maxBytes, columnMap, progress: readProgress }), { records, errors }, {
    workers,
    unordered: opts.unordered,
    maxBytes,
    rulesDir: opts.rules,
    progress,
    progressBytes: () => readProgress.bytes,
    signal: stop.signal,
  });
  stop.dispose();
  await records.close();
  await errors.close();
  return report(stats);
}

/**
 * First Ctrl-C: stop reading, finish and write what is in flight, print the summary.
 * A second Ctrl-C kills the process as usual (the listener is gone by then).
 */
/**
 * The record and error sinks (files, or stdout/stderr) and the progress bar, shown only on
 * a terminal and without --quiet; `total` (bytes or URLs to come) is counted only then.
 */
export async function openOutputs(
  opts: { output?: string; errors?: string; quiet?: boolean },
  total: () => Promise<number | null>,
): Promise<{ records: LineSink; errors: LineSink; progress: ReturnType<typeof makeProgress> }> {
  const showBar = !opts.quiet && process.stderr.isTTY === true;
  return {
    records: new LineSink(opts.output, process.stdout),
    errors: new LineSink(opts.errors, process.stderr),
    progress: makeProgress({ quiet: !showBar, totalBytes: showBar ? await total() : null }),
  };
}

export function interruptSignal(): { signal: AbortSignal; dispose(): void } {
  const ctrl = new AbortController();
  const onInt = () => ctrl.abort();
  process.once('SIGINT', onInt);
  return { signal: ctrl.signal, dispose: () => process.off('SIGINT', onInt) };
}

/** The one-line summary on stderr; exit 1 when writing failed, 130 when interrupted. */
export function report(stats: BatchStats): number {
  process.stderr.write(summaryLine(stats) + '\n');
  if (stats.interrupted) {
    process.stderr.write('bantin: interrupted; the counts above cover what was read before\n');
    return 130;
  }
  if (stats.failure) {
    process.stderr.write(`bantin: stopped, could not write: ${stats.failure.message}\n`);
    return 1;
  }
  return 0;
}
