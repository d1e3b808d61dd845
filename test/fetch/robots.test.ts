import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseRobots, allowed } from '../../src/fetch/robots.js';
import { startServer, type TestServer } from './server.js';

const ROBOTS = [
  '# test site',
  'User-agent: otherbot',
  'Disallow: /',
  '',
  'User-agent: *',
  'Disallow: /private/',
  'Allow: /private/ok',
  'Disallow: /*.pdf$',
  'Crawl-delay: 0.4',
].join('\n');

describe('robots.txt rules', () => {
  const r = parseRobots(ROBOTS, 'bantin');
  it('uses the * group when none names bantin; longest match wins', () => {
    expect(allowed(r, '/article/1')).toBe(true);
    expect(allowed(r, '/private/secret')).toBe(false);
    expect(allowed(r, '/private/ok-page')).toBe(true);
    expect(allowed(r, '/files/report.pdf')).toBe(false);
    expect(allowed(r, '/files/report.pdf?x=1')).toBe(true); // "$" anchors the end
    expect(r.crawlDelayMs).toBe(400);
  });
  it('a group naming bantin replaces the * group', () => {
    const mine = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Bantin\nDisallow: /tmp\n', 'bantin');
    expect(allowed(mine, '/article')).toBe(true);
    expect(allowed(mine, '/tmp/x')).toBe(false);
  });
  it('an empty Disallow allows everything', () => {
    expect(allowed(parseRobots('User-agent: *\nDisallow:\n', 'bantin'), '/anything')).toBe(true);
  });
});

describe('bantin fetch obeys robots.txt', () => {
  let s: TestServer;
  let tmp: string;
  beforeAll(async () => {
    s = await startServer({ robots: ROBOTS });
    tmp = mkdtempSync(join(tmpdir(), 'bantin-robots-'));
  });
  afterAll(async () => {
    await s.close();
    rmSync(tmp, { recursive: true, force: true });
  });
  const run = (args: string[]) =>
    new Promise<number | null>((res) => {
      const c = spawn(process.execPath, [resolve(__dirname, '..', '..', 'dist', 'cli', 'main.js'), ...args], { stdio: 'ignore' });
      c.on('close', res);
    });

  it('skips disallowed pages without requesting them, fetches the rest with the Crawl-delay', async () => {
    const list = ['/private/secret', '/private/ok', '/article/utf8', '/flaky'].map((p) => s.base + p);
    writeFileSync(join(tmp, 'urls.txt'), list.join('\n'));
    const code = await run(['fetch', join(tmp, 'urls.txt'), '-o', join(tmp, 'r.jsonl'), '--errors', join(tmp, 'e.jsonl'), '--delay-ms', '0', '--backoff-ms', '10', '--workers', '1', '--quiet']);
    expect(code).toBe(0);
    const errors = readFileSync(join(tmp, 'e.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ stage: 'input', source: { url: s.base + '/private/secret' } });
    expect(errors[0].message).toMatch(/robots\.txt/);
    expect(s.count('/private/secret')).toBe(0);
    expect(s.count('/robots.txt')).toBe(1);
    // robots.txt, then 4 page requests (flaky twice), starts spaced by the 0.4 s Crawl-delay
    // (measured over the whole run: on a loaded machine one arrival may lag and shorten the
    // next gap, never the total; without the delay the four would take ~50 ms)
    const times = s.hits.filter((h) => h.path !== '/robots.txt').map((h) => h.at).sort((a, b) => a - b);
    expect(times).toHaveLength(4);
    expect(times[3]! - times[0]!).toBeGreaterThanOrEqual(3 * 400 - 100);
  });

  it('--no-robots fetches everything', async () => {
    writeFileSync(join(tmp, 'one.txt'), s.base + '/private/secret\n');
    const before = s.count('/robots.txt');
    const code = await run(['fetch', join(tmp, 'one.txt'), '-o', join(tmp, 'r2.jsonl'), '--no-robots', '--workers', '1', '--quiet']);
    expect(code).toBe(0);
    expect(s.count('/private/secret')).toBe(1);
    expect(s.count('/robots.txt')).toBe(before);
  });
});
