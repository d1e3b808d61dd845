/**
 * One polite HTTP GET with a timeout, a body size cap and retries. No global state: the
 * per-host pacing lives in hosts.ts and is handed in as `turn`.
 */

export interface FetchOptions {
  /** whole request, headers and body, per attempt */
  timeoutMs: number;
  /** extra attempts after the first, on 429, 5xx, network errors and timeouts */
  retries: number;
  /** body larger than this is cut off: an error, never a truncated page */
  maxBytes: number;
  userAgent: string;
  /** first backoff; doubled on every retry (with jitter) unless the server says Retry-After */
  backoffMs: number;
  /** a Retry-After longer than this gives up rather than wait (or hammer) */
  maxRetryAfterMs: number;
}

export interface FetchedPage {
  url: string;
  finalUrl: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  contentType: string | null;
  /** charset parameter of the Content-Type header, lower-cased; null when absent */
  charset: string | null;
  body: Buffer;
  attempts: number;
  fetchedAt: Date;
}

export class FetchFailure extends Error {
  constructor(
    message: string,
    public retryable: boolean,
    public status: number | null = null,
    /** the last response, kept so --save can archive error pages too */
    public page: FetchedPage | null = null,
    /** server-requested wait before the next attempt, ms */
    public retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** charset=… from a Content-Type header ("text/html; charset=\"Windows-1258\"" → "windows-1258"). */
export function charsetOf(contentType: string | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType);
  return m ? m[2]!.toLowerCase() : null;
}

/** Retry-After as seconds or as an HTTP date → milliseconds from now (≥ 0), null when absent/invalid. */
export function parseRetryAfter(v: string | null, now = Date.now()): number | null {
  if (!v) return null;
  const s = v.trim();
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** One attempt. Resolves to a 2xx page; anything else is a FetchFailure. */
export async function fetchOnce(url: string, opts: FetchOptions): Promise<FetchedPage> {
  const ctrl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctrl.abort();
  }, opts.timeoutMs);
  try {
    const res = await fetch(url, {
      signal: ctrl.signal,
      redirect: 'follow',
      headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5' },
    });
    const contentType = res.headers.get('content-type');
    const page: FetchedPage = {
      url,
      finalUrl: res.url || url,
      status: res.status,
      statusText: res.statusText,
      headers: [...res.headers.entries()],
      contentType,
      charset: charsetOf(contentType),
      body: Buffer.alloc(0),
      attempts: 1,
      fetchedAt: new Date(),
    };
    const declared = Number(res.headers.get('content-length') ?? NaN);
    if (declared > opts.maxBytes) {
      ctrl.abort();
      throw new FetchFailure(`body of ${declared} bytes is over the limit of ${opts.maxBytes} bytes`, false, res.status);
    }
    page.body = await readCapped(res, opts.maxBytes, ctrl);
    if (res.status >= 200 && res.status < 300) return page;
    const retryable = res.status === 429 || res.status === 408 || res.status >= 500;
    throw new FetchFailure(`HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`, retryable, res.status, page, parseRetryAfter(res.headers.get('retry-after')));
  } catch (e) {
    if (e instanceof FetchFailure) throw e;
    if (timedOut) throw new FetchFailure(`timed out after ${opts.timeoutMs} ms`, true);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    throw new FetchFailure(`network error: ${cause?.code ?? cause?.message ?? (e as Error).message}`, true);
  } finally {
    clearTimeout(timer);
  }
}

/** Read the body chunk by chunk and stop (abort the connection) once it passes the cap. */
async function readCapped(res: Response, maxBytes: number, ctrl: AbortController): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      ctrl.abort();
      await reader.cancel().catch(() => {});
      throw new FetchFailure(`body over the limit of ${maxBytes} bytes, cut off`, false, res.status);
    }
    parts.push(value);
  }
  return Buffer.concat(parts, size);
}

/**
 * Up to 1 + retries attempts. Waits before a retry: the server's Retry-After when it gives
 * one, else backoffMs × 2^(attempt−1) with ±25 % jitter. `turn` is awaited before every
 * attempt (the per-host pacing) so a retry is spaced like any other request to that host.
 */
export async function fetchWithRetries(url: string, opts: FetchOptions, turn: () => Promise<void> = async () => {}): Promise<FetchedPage> {
  let attempt = 0;
  for (;;) {
    attempt++;
    await turn();
    try {
      const page = await fetchOnce(url, opts);
      page.attempts = attempt;
      return page;
    } catch (e) {
      const f = e instanceof FetchFailure ? e : new FetchFailure(String((e as Error)?.message ?? e), false);
      if (f.page) f.page.attempts = attempt;
      if (!f.retryable || attempt > opts.retries) {
        if (f.retryable && attempt > 1) f.message += ` (gave up after ${attempt} attempts)`;
        throw f;
      }
      let wait = f.retryAfterMs ?? opts.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
      if (f.retryAfterMs != null && f.retryAfterMs > opts.maxRetryAfterMs) {
        f.message += ` (Retry-After ${Math.round(f.retryAfterMs / 1000)} s is over the ${Math.round(opts.maxRetryAfterMs / 1000)} s we wait)`;
        throw f;
      }
      wait = Math.min(wait, opts.maxRetryAfterMs);
      await sleep(wait);
    }
  }
}
