import pLimit, { type LimitFunction } from 'p-limit';

interface HostState {
  limit: LimitFunction;
  /** this host's gap between starts (a robots.txt Crawl-delay may raise it) */
  delayMs: number;
  /** earliest time the next request to this host may start */
  next: number;
}

/**
 * Per-host politeness: at most `concurrency` requests to one host at a time, and request
 * starts to one host spaced at least `delayMs` apart (retries included). Hosts do not
 * wait for each other.
 */
export class HostGate {
  private hosts = new Map<string, HostState>();
  constructor(
    private concurrency: number,
    private delayMs: number,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { limit: pLimit(this.concurrency), delayMs: this.delayMs, next: 0 };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** raise (never lower) one host's delay, e.g. to its robots.txt Crawl-delay */
  slowDown(host: string, delayMs: number): void {
    const s = this.state(host);
    s.delayMs = Math.max(s.delayMs, delayMs);
  }

  /** run `fn` in one of the host's slots; `turn()` waits for the host's next start time */
  run<T>(host: string, fn: (turn: () => Promise<void>) => Promise<T>): Promise<T> {
    const s = this.state(host);
    const turn = async () => {
      const now = Date.now();
      const at = Math.max(now, s.next);
      s.next = at + s.delayMs;
      if (at > now) await new Promise<void>((r) => setTimeout(r, at - now));
    };
    return s.limit(() => fn(turn));
  }
}
