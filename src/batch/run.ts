import { availableParallelism } from 'node:os';
import type { InputUnit } from '../types.js';
import type { ChunkOutput, Engine } from './types.js';
import { InProcessEngine, PoolEngine, type PoolOptions } from './engine.js';
import { capUnit, unitBytes, DEFAULT_MAX_BYTES } from './limits.js';
import type { LineSink } from './sink.js';
import type { Progress } from './progress.js';

export interface BatchOptions {
  /** threads; 1 = in-process; absent = one per core, or in-process for a handful of articles */
  workers?: number;
  /** write results as they finish instead of in input order */
  unordered?: boolean;
  /** per-article size limit in bytes */
  maxBytes?: number;
  rulesDir?: string;
  /** units per message to a worker, and a byte budget per chunk */
  chunkUnits?: number;
  chunkBytes?: number;
  progress?: Progress;
  /** the progress total counts articles (e.g. URLs) instead of input bytes */
  progressByCount?: boolean;
  /** input bytes consumed so far, when the source knows better than the units' sizes */
  progressBytes?: () => number;
  /** pool settings (task timeout, heap limit per thread, worker file) */
  pool?: PoolOptions;
  /** stop taking new input (e.g. on Ctrl-C); what is in flight is still written */
  signal?: AbortSignal;
}

export interface BatchStats {
  read: number;
  records: number;
  errors: number;
  /** error lines per stage */
  stages: Record<string, number>;
  seconds: number;
  workers: number;
  /** a write failure that stopped the batch (closed pipe, full disk) */
  failure: Error | null;
  /** stopped early by the signal (Ctrl-C); the counts cover what was read */
  interrupted?: boolean;
}

export interface BatchSinks {
  records: LineSink;
  errors: LineSink;
}

/** Pulls units into chunks of at most `maxUnits` units / `maxBytes` bytes, capping each unit's size. */
class Chunker {
  private it: AsyncIterator<InputUnit>;
  done = false;
  bytesSeen = 0;
  constructor(
    units: AsyncIterable<InputUnit>,
    private maxUnits: number,
    private maxChunkBytes: number,
    private maxUnitBytes: number,
  ) {
    this.it = units[Symbol.asyncIterator]();
  }
  async next(): Promise<InputUnit[] | null> {
    if (this.done) return null;
    const chunk: InputUnit[] = [];
    let bytes = 0;
    while (chunk.length < this.maxUnits && bytes < this.maxChunkBytes) {
      let r: IteratorResult<InputUnit>;
      try {
        r = await this.it.next();
      } catch (e) {
        // the source itself failed (an unreadable folder…): one error line, then stop reading
        this.done = true;
        chunk.push({ path: '(input)', row: null, url: null, kind: 'text', readError: { stage: 'input', message: `reading stopped: ${String((e as Error)?.message ?? e)}` } });
        break;
      }
      if (r.done) {
        this.done = true;
        break;
      }
      const size = unitBytes(r.value);
      this.bytesSeen += size;
      const u = capUnit(r.value, this.maxUnitBytes);
      bytes += u.readError ? 0 : size;
      chunk.push(u);
    }
    return chunk.length ? chunk : null;
  }
  async stop(): Promise<void> {
    this.done = true;
    await this.it.return?.();
  }
}

/** Below this many articles a pool costs more to start (each thread compiles the rules) than it saves. */
const SMALL_BATCH = 8;

/**
 * Stream units through the pipeline into the sinks. At most `engine.window` chunks are in
 * flight and a chunk is taken from the source only when a slot frees up, and a slot frees
 * up only once its lines are written (the sink waits on 'drain'): memory stays flat
 * however long the input is.
 */
export async function runBatch(units: AsyncIterable<InputUnit>, sinks: BatchSinks, opts: BatchOptions = {}): Promise<BatchStats> {
  const t0 = performance.now();
  const explicit = opts.workers != null;
  let threads = Math.max(1, Math.floor(opts.workers ?? availableParallelism()));
  const chunkUnits = opts.chunkUnits ?? (threads > 1 ? 16 : 8);
  const chunker = new Chunker(units, chunkUnits, opts.chunkBytes ?? 1024 * 1024, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const stats: BatchStats = { read: 0, records: 0, errors: 0, stages: {}, seconds: 0, workers: threads, failure: null };
  const progress = opts.progress;

  // threads asked for: start them now, so their start-up overlaps the first reads
  let engine: Engine | null = explicit && threads > 1 ? new PoolEngine(threads, opts.rulesDir, opts.pool) : null;
  const first = await chunker.next();
  if (!explicit && chunker.done && (first?.length ?? 0) <= SMALL_BATCH) threads = 1;
  stats.workers = threads;
  engine ??= threads === 1 ? await InProcessEngine.create(opts.rulesDir) : new PoolEngine(threads, opts.rulesDir, opts.pool);

  const write = async (out: ChunkOutput): Promise<void> => {
    let errs = '';
    for (const e of out.errors) {
      errs += JSON.stringify(e) + '\n';
      stats.stages[e.stage] = (stats.stages[e.stage] ?? 0) + 1;
    }
    stats.records += out.recordCount;
    stats.errors += out.errors.length;
    await Promise.all([sinks.records.write(out.records, out.recordCount), sinks.errors.write(errs, out.errors.length)]);
    showProgress();
  };
  const showProgress = () =>
    progress?.update({
      articles: stats.read,
      errors: stats.errors,
      bytes: opts.progressByCount ? stats.records + stats.errors : (opts.progressBytes?.() ?? chunker.bytesSeen),
    });

  try {
    const ordered: Promise<ChunkOutput>[] = []; // input order: the oldest chunk is written first
    const unordered = new Set<Promise<void>>(); // written the moment each finishes
    let chunk = first;
    while (chunk) {
      stats.read += chunk.length;
      const job = engine.run(chunk);
      if (opts.unordered) {
        const p: Promise<void> = job.then(write).then(() => void unordered.delete(p));
        unordered.add(p);
        if (unordered.size >= engine.window) await Promise.race(unordered);
      } else {
        ordered.push(job);
        if (ordered.length >= engine.window) await write(await ordered.shift()!);
      }
      const failure = sinks.records.error ?? sinks.errors.error;
      if (failure || opts.signal?.aborted) {
        stats.failure = failure;
        stats.interrupted = !failure;
        await chunker.stop();
        break;
      }
      chunk = await chunker.next();
    }
    while (ordered.length) await write(await ordered.shift()!);
    await Promise.all(unordered);
  } finally {
    await engine.close();
    showProgress();
    progress?.stop();
  }
  stats.failure ??= sinks.records.error ?? sinks.errors.error;
  stats.seconds = (performance.now() - t0) / 1000;
  return stats;
}

export function summaryLine(s: BatchStats): string {
  const rate = s.read / Math.max(s.seconds, 1e-9);
  return `bantin: ${s.read} articles read, ${s.records} records written, ${s.errors} errors, ${s.seconds.toFixed(2)} s, ${rate.toFixed(1)} docs/s`;
}
