import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startServer, toWindows1258, PAGES, type TestServer } from './server.js';
import { charsetOf, parseRetryAfter, fetchWithRetries, FetchFailure, type FetchOptions } from '../../src/fetch/client.js';
import { HostGate } from '../../src/fetch/hosts.js';
import { pageToUnit } from '../../src/fetch/units.js';
import { defaultUserAgent } from '../../src/fetch/agent.js';

const opts = (o: Partial<FetchOptions> = {}): FetchOptions => ({
  timeoutMs: 2000,
  retries: 2,
  maxBytes: 1024 * 1024,
  userAgent: defaultUserAgent(),
  backoffMs: 10,
  maxRetryAfterMs: 5000,
  ...o,
});

async function failure(p: Promise<unknown>): Promise<FetchFailure> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(FetchFailure);
    return e as FetchFailure;
  }
  throw new Error('expected the fetch to fail');
}

describe('header parsing', () => {
  it('reads the charset parameter', () => {
    expect(charsetOf('text/html; charset=UTF-8')).toBe('utf-8');
    expect(charsetOf('text/html;charset="Windows-1258"')).toBe('windows-1258');
    expect(charsetOf('text/html')).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    const now = Date.parse('2024-05-01T10:00:00Z');
    expect(parseRetryAfter('Wed, 01 May 2024 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon')).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
  it('the User-Agent names bantin, its version and a URL', () => {
    expect(defaultUserAgent()).toMatch(/^bantin\/\d+\.\d+\.\d+ \((\+https:\/\/\S+|Vietnamese news article extractor)\)$/);
  });
});

describe('fetching from a misbehaving local server', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(async () => {
    await s.close();
  });

  it('fetches a page and sends the honest User-Agent', async () => {
    const p = await fetchWithRetries(`${s.base}/article/utf8`, opts());
    expect(p.status).toBe(200);
    expect(p.body.toString('utf8')).toBe(PAGES.utf8);
    expect(p.charset).toBe('utf-8');
    expect(s.hits.find((h) => h.path === '/article/utf8')?.ua).toBe(defaultUserAgent());
  });

  it('retries a 500 and gets the page on the second attempt', async () => {
    const p = await fetchWithRetries(`${s.base}/flaky`, opts());
    expect(p.status).toBe(200);
    expect(p.attempts).toBe(2);
    expect(s.count('/flaky')).toBe(2);
  });

  it('honours Retry-After on a 429', async () => {
    const p = await fetchWithRetries(`${s.base}/busy`, opts({ backoffMs: 1 }));
    expect(p.status).toBe(200);
    const times = s.hits.filter((h) => h.path === '/busy').map((h) => h.at);
    expect(times).toHaveLength(2);
    // the server asked for 1 s; the 1 ms backoff alone would have come back at once
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('gives up at once on a 404', async () => {
    const f = await failure(fetchWithRetries(`${s.base}/gone`, opts()));
    expect(f.status).toBe(404);
    expect(f.message).toMatch(/HTTP 404/);
    expect(s.count('/gone')).toBe(1);
  });

  it('gives up after the retries on a host that stays down', async () => {
    const f = await failure(fetchWithRetries(`${s.base}/down`, opts({ retries: 2 })));
    expect(f.status).toBe(503);
    expect(f.message).toMatch(/gave up after 3 attempts/);
    expect(s.count('/down')).toBe(3);
  });

  it('times out a slow response', async () => {
    const before = s.count('/slow');
    const f = await failure(fetchWithRetries(`${s.base}/slow`, opts({ timeoutMs: 200, retries: 1 })));
    expect(f.message).toMatch(/timed out after 200 ms/);
    expect(s.count('/slow') - before).toBe(2);
  });

  it('cuts an endless body at the size limit', async () => {
    const f = await failure(fetchWithRetries(`${s.base}/endless`, opts({ maxBytes: 256 * 1024 })));
    expect(f.message).toMatch(/over the limit of 262144 bytes/);
    expect(f.retryable).toBe(false);
    expect(s.count('/endless')).toBe(1);
    await new Promise((r) => setTimeout(r, 50));
    expect(s.endlessAborted).toBe(true);
  });

  it('passes the HTTP charset on to the unit, bytes untouched', async () => {
    const p = await fetchWithRetries(`${s.base}/article/cp1258`, opts());
    const u = pageToUnit(p, 'list.txt');
    expect(u.kind).toBe('html');
    expect(u.httpCharset).toBe('windows-1258');
    expect(u.url).toBe(`${s.base}/article/cp1258`);
    expect(Buffer.from(u.bytes!).equals(toWindows1258(PAGES.cp1258))).toBe(true);
    const none = pageToUnit(await fetchWithRetries(`${s.base}/article/no-charset`, opts()), 'list.txt');
    expect(none.httpCharset).toBeNull();
  });

  it('refuses a response that is not a page', async () => {
    const u = pageToUnit(await fetchWithRetries(`${s.base}/pdf`, opts()), 'list.txt');
    expect(u.readError?.stage).toBe('input');
    expect(u.readError?.message).toMatch(/application\/pdf/);
  });

  it('per host: never more than the allowed requests at once, starts spaced by the delay', async () => {
    const gate = new HostGate(2, 60);
    const host = new URL(s.base).host;
    const starts: number[] = [];
    const pages = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) =>
        gate.run(host, (turn) =>
          fetchWithRetries(`${s.base}/paced/${i}`, opts(), async () => {
            await turn();
            starts.push(performance.now());
          }),
        ),
      ),
    );
    expect(pages.every((p) => p.status === 200)).toBe(true);
    // the server saw two at a time (each answer takes 150 ms, so without the limit it would see more)
    expect(s.maxPaced).toBe(2);
    // request starts (client side, where the gate acts) at least the delay apart
    starts.sort((a, b) => a - b);
    expect(starts).toHaveLength(6);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(59);
  });
});
