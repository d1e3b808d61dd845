import { describe, it, expect } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import { parseSize, capUnit } from '../../src/batch/limits.js';
import { parseColumnMap, parseWorkers, defaultWorkers, POOL_MIN_BYTES } from '../../src/cli/extract.js';
import type { InputUnit } from '../../src/types.js';
import { TEXT_ARTICLES } from './make-inputs.js';

/** A sink that is slow to drain, and records how far the source ran ahead of it. */
function slowSink(track: { pulled: number; written: number; maxAhead: number }) {
  return {
    lines: [] as string[],
    error: null as Error | null,
    /** as LineSink.write: a chunk's lines, each ending in a newline, as a string or UTF-8 bytes */
    async write(data: string | Uint8Array, count: number) {
      const text = typeof data === 'string' ? data : new TextDecoder().decode(data);
      const lines = text ? text.split('\n').slice(0, -1) : [];
      expect(lines.length).toBe(count);
      this.lines.push(...lines);
      track.written += lines.length;
      await new Promise((r) => setTimeout(r, 1));
    },
    async close() {},
  };
}

async function* source(n: number, track: { pulled: number; written: number; maxAhead: number }): AsyncGenerator<InputUnit> {
  for (let i = 0; i < n; i++) {
    track.pulled++;
    track.maxAhead = Math.max(track.maxAhead, track.pulled - track.written);
    const text = TEXT_ARTICLES[i % TEXT_ARTICLES.length]!.replace(/\n/, ` số ${i + 1}\n`);
    yield { path: `mem/${i + 1}.txt`, row: null, url: null, kind: 'text', bytes: Buffer.from(text) };
  }
}

describe('runBatch streaming', () => {
  it('in-process: bounded look-ahead, every unit accounted for, input order kept', async () => {
    const track = { pulled: 0, written: 0, maxAhead: 0 };
    const records = slowSink(track);
    const errors = slowSink(track);
    const stats = await runBatch(source(600, track), { records: records as any, errors: errors as any }, { workers: 1, chunkUnits: 8 });
    expect(stats.read).toBe(600);
    expect(stats.records + stats.errors).toBe(600);
    expect(stats.records).toBe(600);
    expect(stats.workers).toBe(1);
    // one chunk being processed plus the one being pulled
    expect(track.maxAhead).toBeLessThanOrEqual(2 * 8);
    const paths = records.lines.map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual(Array.from({ length: 600 }, (_, i) => `mem/${i + 1}.txt`));
  });

  it('pool of 2: look-ahead bounded by the window, output in input order', async () => {
    const track = { pulled: 0, written: 0, maxAhead: 0 };
    const records = slowSink(track);
    const errors = slowSink(track);
    const stats = await runBatch(source(1500, track), { records: records as any, errors: errors as any }, { workers: 2, chunkUnits: 10 });
    expect(stats.workers).toBe(2);
    expect(stats.read).toBe(1500);
    expect(stats.records).toBe(1500);
    // window = 3 chunks per thread = 6 chunks of 10, plus the chunk being pulled
    expect(track.maxAhead).toBeLessThanOrEqual(7 * 10);
    expect(track.maxAhead).toBeGreaterThan(10); // the pool really had several chunks in flight
    const paths = records.lines.map((l) => JSON.parse(l).source.path);
    expect(paths).toEqual(Array.from({ length: 1500 }, (_, i) => `mem/${i + 1}.txt`));
  });

  it('a handful of articles runs in-process unless workers are asked for', async () => {
    const track = { pulled: 0, written: 0, maxAhead: 0 };
    const s = slowSink(track);
    const stats = await runBatch(source(3, track), { records: s as any, errors: s as any });
    expect(stats.workers).toBe(1);
    expect(stats.records).toBe(3);
  });

  it('stops reading when the record sink fails', async () => {
    const track = { pulled: 0, written: 0, maxAhead: 0 };
    const broken = { error: null as Error | null, async write() { this.error = new Error('EPIPE'); }, async close() {} };
    const ok = slowSink(track);
    const stats = await runBatch(source(5000, track), { records: broken as any, errors: ok as any }, { workers: 1, chunkUnits: 8 });
    expect(stats.failure?.message).toBe('EPIPE');
    expect(track.pulled).toBeLessThan(100);
  });
});

describe('runBatch when the source fails', () => {
  it('a source that throws ends as one input error line; what came before is kept', async () => {
    async function* failing(): AsyncGenerator<InputUnit> {
      yield { path: 'ok.txt', row: null, url: null, kind: 'text', bytes: Buffer.from(TEXT_ARTICLES[0]!) };
      throw new Error('EACCES: permission denied, scandir');
    }
    const track = { pulled: 0, written: 0, maxAhead: 0 };
    const recs = slowSink(track);
    const errs = slowSink(track);
    const stats = await runBatch(failing(), { records: recs as any, errors: errs as any }, { workers: 1 });
    expect(stats.read).toBe(2);
    expect(stats.records + stats.errors).toBe(2);
    const e = JSON.parse(errs.lines.at(-1)!);
    expect(e.stage).toBe('input');
    expect(e.message).toMatch(/permission denied/);
  });
});

describe('limits and options', () => {
  it('parses sizes', () => {
    expect(parseSize('16MB')).toBe(16 * 1024 * 1024);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('1.5 GiB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('1000')).toBe(1000);
    expect(() => parseSize('lots')).toThrow(/not a size/);
  });
  it('caps a unit over the limit into an input error without its content', () => {
    const u: InputUnit = { path: 'a.html', row: null, url: null, kind: 'html', bytes: new Uint8Array(2000) };
    const c = capUnit(u, 1000);
    expect(c.readError?.stage).toBe('input');
    expect(c.bytes).toBeUndefined();
    expect(capUnit(u, 2000)).toBe(u);
    // rows are measured in UTF-8 bytes: 400 Vietnamese letters of 3 bytes each
    const row: InputUnit = { path: 'r.csv', row: 2, url: null, kind: 'row', fields: { content: 'ệ'.repeat(400) } };
    expect(capUnit(row, 1000).readError?.stage).toBe('input');
    expect(capUnit(row, 1300).readError).toBeUndefined();
  });
  it('parses --map and --workers', () => {
    expect(parseColumnMap('title=headline, content=body')).toEqual({ title: 'headline', content: 'body' });
    expect(() => parseColumnMap('title')).toThrow(/field=column/);
    expect(parseWorkers('3')).toBe(3);
    expect(parseWorkers(undefined)).toBeUndefined();
    expect(() => parseWorkers('0')).toThrow();
  });
  it('without --workers, small file inputs run on one thread; large or stdin inputs get the pool', () => {
    expect(defaultWorkers(5 * 1024 * 1024)).toBe(1);
    expect(defaultWorkers(POOL_MIN_BYTES)).toBe(1);
    expect(defaultWorkers(POOL_MIN_BYTES + 1)).toBeUndefined();
    expect(defaultWorkers(null)).toBeUndefined();
  });
});
