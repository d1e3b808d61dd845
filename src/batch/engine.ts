import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { InputUnit } from '../types.js';
import { loadRules } from '../rules/index.js';
import type { Engine, WorkResult, WorkTask } from './types.js';
import { processChunk } from './work.js';

/** --workers 1: the pipeline on the main thread, no pool to start. */
export class InProcessEngine implements Engine {
  readonly window = 1;
  private rules;
  constructor(rulesDir?: string) {
    this.rules = loadRules(rulesDir);
  }
  run(units: InputUnit[]): Promise<WorkResult[]> {
    return Promise.resolve(processChunk(units, this.rules));
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

/** --workers N: a piscina pool of N threads, each with its own compiled rules. */
export class PoolEngine implements Engine {
  readonly window: number;
  private pool: Piscina<WorkTask, WorkResult[]>;
  constructor(threads: number, rulesDir?: string) {
    this.pool = new Piscina({
      filename: workerFile(),
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
      workerData: { rulesDir },
    });
    // two chunks queued per thread: a thread never waits for the main thread to hand it work
    this.window = threads * 3;
  }
  async run(units: InputUnit[]): Promise<WorkResult[]> {
    const transferList = prepareTransfer(units);
    try {
      return await this.pool.run({ units }, { transferList });
    } catch (e) {
      // a worker that died (out of memory, a crash in native code) fails its chunk only
      const message = `worker failed: ${String((e as Error)?.message ?? e)}`;
      return units.map((u) => ({ ok: false as const, error: { source: { path: u.path, row: u.row, url: u.url }, stage: 'extract' as const, message } }));
    }
  }
  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
