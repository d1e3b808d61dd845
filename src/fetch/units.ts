import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { InputUnit } from '../types.js';
import { fetchWithRetries, FetchFailure, type FetchOptions, type FetchedPage } from './client.js';
import { HostGate } from './hosts.js';
import { RobotsCache, allowed } from './robots.js';
import type { ResponseSaver } from './save.js';

export interface UrlLine {
  /** 1-based line number in the list */
  line: number;
  raw: string;
  url: URL | null;
  problem?: string;
}

/** URL list: one per line; blank lines and "#" comments skipped; only http(s) URLs. */
export async function* readUrlList(source: string): AsyncGenerator<UrlLine> {
  const input = source === '-' ? process.stdin : createReadStream(source);
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    const raw = text.trim();
    if (!raw || raw.startsWith('#')) continue;
    let url: URL | null = null;
    let problem: string | undefined;
    try {
      url = new URL(raw);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        problem = `not an http(s) URL: ${raw}`;
        url = null;
      }
    } catch {
      problem = `not a URL: ${raw}`;
    }
    yield { line, raw, url, problem };
  }
}

export interface FetchUnitOptions extends FetchOptions {
  concurrencyPerHost: number;
  delayMs: number;
  /** pages fetched ahead of the extraction, over all hosts */
  maxInFlight?: number;
  saver?: ResponseSaver | null;
  /** obey robots.txt (default true) */
  robots?: boolean;
  /** the longest Crawl-delay obeyed; a longer one is capped to this */
  maxCrawlDelayMs?: number;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

/** A fetched page as the batch's input: kind 'html' (text/plain → 'text'), url set, HTTP charset passed on. */
export function pageToUnit(page: FetchedPage, path: string): InputUnit {
  const base = { path, row: null, url: page.finalUrl };
  const ct = page.contentType?.split(';')[0]!.trim().toLowerCase() ?? null;
  if (ct && !HTML_TYPES.test(ct) && ct !== 'text/plain') {
    return { ...base, kind: 'html', readError: { stage: 'input', message: `not a page: Content-Type ${ct}` } };
  }
  return { ...base, kind: ct === 'text/plain' ? 'text' : 'html', bytes: page.body, httpCharset: page.charset };
}

/**
 * URL lines → input units, in list order. Up to `maxInFlight` pages are fetched ahead of
 * the consumer (the batch), each through the per-host gate; a failure is a unit carrying
 * an input-stage readError, so it ends as an error line like any other bad input.
 */
export async function* fetchUnits(lines: AsyncIterable<UrlLine>, opts: FetchUnitOptions): AsyncGenerator<InputUnit> {
  const gate = new HostGate(opts.concurrencyPerHost, opts.delayMs);
  const maxInFlight = opts.maxInFlight ?? 16;
  const it = lines[Symbol.asyncIterator]();
  const queue: Promise<InputUnit>[] = [];
  let done = false;
  // robots.txt goes through the same per-host gate as pages, but is fetched before the
  // page takes its slot (so a host limited to one connection cannot deadlock)
  const robots =
    opts.robots === false
      ? null
      : new RobotsCache('bantin', async (url) => {
          const host = new URL(url).host;
          const page = await gate.run(host, (turn) => fetchWithRetries(url, { ...opts, retries: 0, maxBytes: 512 * 1024 }, turn)).catch(() => null);
          return page ? page.body.toString('utf8') : null;
        });

  const one = async (l: UrlLine): Promise<InputUnit> => {
    const path = l.raw;
    if (!l.url) return { path, row: null, url: null, kind: 'html', readError: { stage: 'input', message: l.problem ?? 'not a URL' } };
    const url = l.url.href;
    try {
      if (robots) {
        const r = await robots.get(l.url.origin);
        if (r.crawlDelayMs) gate.slowDown(l.url.host, Math.min(r.crawlDelayMs, opts.maxCrawlDelayMs ?? 60_000));
        if (!allowed(r, l.url.pathname + l.url.search)) {
          return { path, row: null, url, kind: 'html', readError: { stage: 'input', message: 'not fetched: disallowed by robots.txt' } };
        }
      }
      const page = await gate.run(l.url.host, (turn) => fetchWithRetries(url, opts, turn));
      await opts.saver?.save(page);
      return pageToUnit(page, path);
    } catch (e) {
      const f = e as FetchFailure;
      if (f.page) await opts.saver?.save(f.page).catch(() => {});
      return { path, row: null, url, kind: 'html', readError: { stage: 'input', message: `fetch failed: ${f.message}` } };
    }
  };

  try {
    for (;;) {
      while (!done && queue.length < maxInFlight) {
        const r = await it.next();
        if (r.done) done = true;
        else queue.push(one(r.value));
      }
      const head = queue.shift();
      if (!head) return;
      yield await head;
    }
  } finally {
    // the consumer stopped early: let started fetches settle so nothing is left dangling
    await Promise.allSettled(queue);
  }
}
