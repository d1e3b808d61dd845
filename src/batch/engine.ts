import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { InputUnit } from '../types.js';
import type { Rules } from '../rules/index.js';
import type { ChunkOutput, Engine, WorkTask } from './types.js';

/**
 * --workers 1: the pipeline on the main thread, no pool to start. The pipeline (rules,
 * extractors and their libraries) is imported only here, lazily, so that with a pool the
 * main thread never loads it: it only reads, hands over and writes.
 */
export class InProcessEngine implements Engine {
  readonly window = 1;
  private constructor(
    private rules: Rules,
    private processChunk: (units: InputUnit[], rules: Rules) => ChunkOutput,
  ) {}
  static async create(rulesDir?: string): Promise<InProcessEngine> {
    const [{ loadRules }, { processChunk }] = await Promise.all([import('../rules/index.js'), import('./work.js')]);
    return new InProcessEngine(loadRules(rulesDir), processChunk);
  }
  run(units: InputUnit[]): Promise<ChunkOutput> {
    return Promise.resolve(this.processChunk(units, this.rules));
  }
  async close(): Promise<void> {}
}

/**
 * The compiled worker. Under vitest this module is the .ts source, which a worker thread
 * cannot load, so fall back to the build in dist/ (`npm test` builds first).
 */
export function workerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  const p = fileURLToPath(here);
  if (existsSync(p)) return p;
  const dist = fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
  if (existsSync(dist)) return dist;
  throw new Error(`worker file not found (${p}); run the build (npx tsc -p .) first`);
}

/**
 * Units' bytes are moved, not copied, into the worker. A Buffer that is a view over a
 * larger (pooled) ArrayBuffer would drag the whole pool along, or detach it for everybody
 * else, so such bytes are first copied into an ArrayBuffer of their own.
 */
function prepareTransfer(units: InputUnit[]): ArrayBuffer[] {
  const list: ArrayBuffer[] = [];
  for (const u of units) {
    const b = u.bytes;
    if (!b) continue;
    const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength && b.buffer instanceof ArrayBuffer;
    const own = whole ? b : new Uint8Array(b);
    u.bytes = own;
    if (!list.includes(own.buffer as ArrayBuffer)) list.push(own.buffer as ArrayBuffer);
  }
  return list;
}

export interface PoolOptions {
  /** worker module (tests hand in a stand-in); default: the compiled batch worker */
  filename?: string;
  /**
   * A chunk still unfinished after this long is aborted (its thread is terminated and
   * replaced) and its units become error lines: a pathological article cannot stall the
   * batch forever. Counted from submission, so it also covers the wait in the queue.
   */
  taskTimeoutMs?: number;
  /** heap limit per thread: an article that blows up one worker does not take the process down */
  maxOldGenerationSizeMb?: number;
  maxYoungGenerationSizeMb?: number;
}

/** --workers N: a piscina pool of N threads, each with its own compiled rules. */
export class PoolEngine implements Engine {
  readonly window: number;
  private pool: Piscina<WorkTask, ChunkOutput>;
  private timeoutMs: number;
  constructor(threads: number, rulesDir?: string, opts: PoolOptions = {}) {
    this.pool = new Piscina({
      filename: opts.filename ?? workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      workerData: { rulesDir },
      // the young generation trades memory for speed: V8's default (≈48 MB) made 2 threads
      // ≈1.55× one on a long batch but the CLI's peak RSS ≈330 MB on 100,000 articles; 8 MB
      // ≈1.2× and 267 MB; 12 MB ≈1.45× and 278 MB (measured here): under the 300 MB bound
      resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 512, maxYoungGenerationSizeMb: opts.maxYoungGenerationSizeMb ?? 12 },
    });
    this.timeoutMs = opts.taskTimeoutMs ?? 300_000;
    // up to three chunks per thread: one running, the next ones already handed over
    this.window = threads * 3;
  }
  async run(units: InputUnit[]): Promise<ChunkOutput> {
    const transferList = prepareTransfer(units);
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), this.timeoutMs);
    try {
      return await this.pool.run({ units }, { transferList, signal: ctrl.signal });
    } catch (e) {
      // the bytes went to the worker, so the chunk cannot be re-run here: every unit in it
      // becomes an error line (chunks are small, ≤ 1 MB, so the damage stays small)
      const why = ctrl.signal.aborted ? `not finished after ${Math.round(this.timeoutMs / 1000)} s, aborted` : String((e as Error)?.message ?? e);
      const message = `worker failed on a chunk of ${units.length} article(s) including this one: ${why}`;
      return { records: '', recordCount: 0, errors: units.map((u) => ({ source: { path: u.path, row: u.row, url: u.url }, stage: 'extract' as const, message })) };
    } finally {
      clearTimeout(timer);
    }
  }
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
