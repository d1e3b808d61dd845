/**
 * robots.txt, the small part a polite fetcher needs: the group for our product token (or
 * "*"), Allow/Disallow with the longest match winning (RFC 9309, "*" and "$" patterns), and
 * Crawl-delay, which raises the per-host delay. A robots.txt that cannot be fetched (404,
 * error) allows everything, as the RFC says for 4xx; 5xx is treated the same here rather
 * than blocking a whole site on a hiccup.
 */

export interface RobotsRules {
  rules: { allow: boolean; pattern: RegExp; length: number }[];
  crawlDelayMs: number | null;
}

const ALLOW_ALL: RobotsRules = { rules: [], crawlDelayMs: null };

function patternOf(path: string): RegExp {
  const anchored = path.endsWith('$');
  const body = (anchored ? path.slice(0, -1) : path)
    .split('*')
    .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp('^' + body + (anchored ? '$' : ''));
}

/** Parse robots.txt for `agent` (a product token such as "bantin"). */
export function parseRobots(text: string, agent: string): RobotsRules {
  const me = agent.toLowerCase();
  interface Group {
    agents: string[];
    lines: [string, string][];
  }
  const groups: Group[] = [];
  let cur: Group | null = null;
  let lastWasAgent = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (key === 'user-agent') {
      if (!cur || !lastWasAgent) {
        cur = { agents: [], lines: [] };
        groups.push(cur);
      }
      cur.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (cur) cur.lines.push([key, value]);
  }
  const mine = groups.filter((g) => g.agents.some((a) => a !== '*' && me.includes(a)));
  const chosen = mine.length ? mine : groups.filter((g) => g.agents.includes('*'));
  const out: RobotsRules = { rules: [], crawlDelayMs: null };
  for (const g of chosen) {
    for (const [key, value] of g.lines) {
      if ((key === 'allow' || key === 'disallow') && value) out.rules.push({ allow: key === 'allow', pattern: patternOf(value), length: value.length });
      if (key === 'crawl-delay' && /^\d+(\.\d+)?$/.test(value)) out.crawlDelayMs = Math.max(out.crawlDelayMs ?? 0, Number(value) * 1000);
    }
  }
  return out;
}

/** Whether a path (+ query) may be fetched: the longest matching rule wins, Allow on a tie. */
export function allowed(r: RobotsRules, pathAndQuery: string): boolean {
  let best: { allow: boolean; length: number } | null = null;
  for (const rule of r.rules) {
    if (!rule.pattern.test(pathAndQuery)) continue;
    if (!best || rule.length > best.length || (rule.length === best.length && rule.allow)) best = rule;
  }
  return best ? best.allow : true;
}

/** One robots.txt per origin, fetched once (concurrent askers share the request). */
export class RobotsCache {
  private cache = new Map<string, Promise<RobotsRules>>();
  constructor(
    private agent: string,
    private fetchText: (url: string) => Promise<string | null>,
  ) {}
  get(origin: string): Promise<RobotsRules> {
    let p = this.cache.get(origin);
    if (!p) {
      p = this.fetchText(origin + '/robots.txt').then(
        (t) => (t == null ? ALLOW_ALL : parseRobots(t, this.agent)),
        () => ALLOW_ALL,
      );
      this.cache.set(origin, p);
    }
    return p;
  }
}
