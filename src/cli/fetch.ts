import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { runBatch } from '../batch/run.js';
import { parseSize } from '../batch/limits.js';
import { readUrlList, fetchUnits } from '../fetch/units.js';
import { makeSaver } from '../fetch/save.js';
import { defaultUserAgent } from '../fetch/agent.js';
import { parseWorkers, report, interruptSignal, openOutputs } from './extract.js';

export interface FetchCliOptions {
  output?: string;
  errors?: string;
  rules?: string;
  quiet?: boolean;
  workers?: string | number;
  save?: string;
  concurrencyPerHost?: string | number;
  delayMs?: string | number;
  timeoutMs?: string | number;
  retries?: string | number;
  maxBytes?: string | number;
  backoffMs?: string | number;
  userAgent?: string;
  /** commander's --no-robots */
  robots?: boolean;
}

function int(name: string, v: string | number | undefined, dflt: number, min = 0): number {
  if (v == null) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}: expected a whole number ≥ ${min}, got "${v}"`);
  return n;
}

async function countUrls(source: string): Promise<number | null> {
  if (source === '-') return null;
  let n = 0;
  const rl = createInterface({ input: createReadStream(source), crlfDelay: Infinity });
  for await (const l of rl) if (l.trim() && !l.trim().startsWith('#')) n++;
  return n;
}

/** bantin fetch: a URL list → pages fetched politely → the same batch as extract. */
export async function runFetch(source: string, opts: FetchCliOptions): Promise<number> {
  let fetchOpts;
  let workers: number | undefined;
  try {
    const userAgent = opts.userAgent ?? defaultUserAgent();
    fetchOpts = {
      concurrencyPerHost: int('--concurrency-per-host', opts.concurrencyPerHost, 2, 1),
      delayMs: int('--delay-ms', opts.delayMs, 500),
      timeoutMs: int('--timeout-ms', opts.timeoutMs, 15_000, 1),
      retries: int('--retries', opts.retries, 3),
      maxBytes: opts.maxBytes != null ? parseSize(opts.maxBytes) : 16 * 1024 * 1024,
      backoffMs: int('--backoff-ms', opts.backoffMs, 1000),
      maxRetryAfterMs: 120_000,
      userAgent,
      saver: opts.save ? makeSaver(opts.save, userAgent) : null,
      robots: opts.robots !== false,
    };
    workers = parseWorkers(opts.workers);
  } catch (e) {
    process.stderr.write(`bantin: ${(e as Error).message}\n`);
    return 2;
  }
  const { records, errors, progress } = await openOutputs(opts, () => countUrls(source));
  const stop = interruptSignal();
  const stats = await runBatch(fetchUnits(readUrlList(source), fetchOpts), { records, errors }, {
    workers,
    // pages arrive at network pace: hand each one on at once
    chunkUnits: 1,
    maxBytes: fetchOpts.maxBytes,
    rulesDir: opts.rules,
    progress,
    progressByCount: true,
    signal: stop.signal,
  });
  stop.dispose();
  await fetchOpts.saver?.close();
  await records.close();
  await errors.close();
  return report(stats);
}
