import { describe, it, expect, afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { PoolEngine } from '../../src/batch/engine.js';
import type { InputUnit } from '../../src/types.js';

const standIn = fileURLToPath(new URL('./stand-in-worker.mjs', import.meta.url));
const unit = (path: string, text = path): InputUnit => ({ path, row: null, url: null, kind: 'text', bytes: Buffer.from(text) });

describe('PoolEngine', () => {
  const engine = new PoolEngine(2, undefined, { filename: standIn, taskTimeoutMs: 700 });
  afterAll(() => engine.close());

  it('moves bytes to the worker without detaching the shared Buffer pool', async () => {
    const a = Buffer.from('bài một'); // small Buffers share Node's 8 KB pool
    const b = Buffer.from('bài hai');
    expect(a.buffer).toBe(b.buffer);
    const r = await engine.run([{ path: 'a', row: null, url: null, kind: 'text', bytes: a }]);
    expect(r).toEqual({ records: JSON.stringify({ path: 'a', text: 'bài một' }) + '\n', recordCount: 1, errors: [] });
    // the neighbour in the pool is still readable: the pool was copied from, not transferred
    expect(b.toString()).toBe('bài hai');
    expect(a.toString()).toBe('bài một');
  });

  it('transfers a buffer of its own (no copy): it is detached in the main thread afterwards', async () => {
    const own = new Uint8Array(new ArrayBuffer(5));
    own.set([104, 101, 108, 108, 111]);
    const r = await engine.run([{ path: 'own', row: null, url: null, kind: 'text', bytes: own }]);
    expect(r.records).toBe(JSON.stringify({ path: 'own', text: 'hello' }) + '\n');
    expect(own.buffer.byteLength).toBe(0);
  });

  it('a thrown error fails its chunk as error lines, the pool goes on', async () => {
    const res = await engine.run([unit('x'), unit('throw')]);
    expect(res.recordCount).toBe(0);
    expect(res.errors.map((e) => e.source.path)).toEqual(['x', 'throw']);
    expect(res.errors[1]).toMatchObject({ stage: 'extract', source: { path: 'throw' } });
    expect(res.errors[1]!.message).toMatch(/boom in the worker/);
    const again = await engine.run([unit('y')]);
    expect(again.recordCount).toBe(1);
  });

  it('a chunk that never finishes is aborted after the timeout; its thread is replaced', async () => {
    const t0 = Date.now();
    const res = await engine.run([unit('hang')]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(res.errors[0]).toMatchObject({ stage: 'extract', source: { path: 'hang' } });
    expect(res.errors[0]!.message).toMatch(/not finished after 1 s, aborted/);
    const after = await Promise.all([engine.run([unit('p')]), engine.run([unit('q')])]);
    expect(after.map((r) => r.recordCount)).toEqual([1, 1]);
  });

  it('a worker out of memory fails its chunk, not the process', async () => {
    const small = new PoolEngine(1, undefined, { filename: standIn, maxOldGenerationSizeMb: 64 });
    try {
      const res = await small.run([unit('oom')]);
      expect(res.errors[0]).toMatchObject({ stage: 'extract', source: { path: 'oom' } });
      expect(res.errors[0]!.message).toMatch(/memory/i);
      const next = await small.run([unit('fine')]);
      expect(next.recordCount).toBe(1);
    } finally {
      await small.close();
    }
  });
});
