/**
 * bantin fetch as a child process against the local misbehaving server: every URL ends
 * as a record or an error line, raw responses are kept with --save.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WARCParser } from 'warcio';
import { startServer, toWindows1258, PAGES, type TestServer } from './server.js';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const c = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    c.stdout.on('data', (d) => (stdout += d));
    c.stderr.on('data', (d) => (stderr += d));
    c.on('close', (status) => res({ status, stdout, stderr }));
  });
}
const jsonl = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : []);

describe('bantin fetch', () => {
  let s: TestServer;
  let tmp: string;
  let out: { status: number | null; stderr: string };
  let records: any[];
  let errors: any[];
  const u = (p: string) => `${s.base}${p}`;

  beforeAll(async () => {
    s = await startServer();
    tmp = mkdtempSync(join(tmpdir(), 'bantin-fetch-'));
    const list = [
      '# pages to fetch',
      u('/article/utf8'),
      u('/article/no-charset'),
      u('/article/cp1258'),
      u('/article/cp1258-wrong'),
      '',
      u('/flaky'),
      u('/busy'),
      u('/gone'),
      u('/down'),
      u('/slow'),
      u('/endless'),
      u('/pdf'),
      'not a url at all',
      'ftp://example.invalid/file',
    ];
    writeFileSync(join(tmp, 'urls.txt'), list.join('\n') + '\n');
    out = await run([
      'fetch', join(tmp, 'urls.txt'),
      '-o', join(tmp, 'records.jsonl'), '--errors', join(tmp, 'errors.jsonl'),
      '--save', join(tmp, 'saved'),
      '--timeout-ms', '400', '--retries', '2', '--backoff-ms', '20', '--delay-ms', '0',
      '--max-bytes', '256KB', '--workers', '1',
    ]);
    records = jsonl(join(tmp, 'records.jsonl'));
    errors = jsonl(join(tmp, 'errors.jsonl'));
  }, 60_000);
  afterAll(async () => {
    await s.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('every URL ends as a record or an error line, and the summary says so', () => {
    expect(out.status).toBe(0);
    const m = /(\d+) articles read, (\d+) records written, (\d+) errors/.exec(out.stderr);
    expect(m).not.toBeNull();
    expect(+m![1]!).toBe(13);
    expect(+m![1]!).toBe(+m![2]! + +m![3]!);
    expect(records.length).toBe(+m![2]!);
    expect(errors.length).toBe(+m![3]!);
  });

  it('good, retried and rate-limited pages become html records with their URL', () => {
    const byUrl = new Map(records.map((r) => [r.source.url, r]));
    for (const [path, title] of [
      ['/article/utf8', 'Khánh thành cầu dân sinh tại xã Phú Mỹ'],
      ['/article/no-charset', 'Nông dân thu hoạch lúa đông xuân sớm'],
      ['/flaky', 'Hội thi tay nghề công nhân trẻ'],
      ['/busy', 'Phát động phong trào trồng cây xanh'],
    ] as const) {
      const r = byUrl.get(u(path));
      expect(r, path).toBeDefined();
      expect(r.source.format).toBe('html');
      expect(r.title).toBe(title);
    }
    // list order is kept
    const order = records.map((r) => r.source.url).filter((x) => [u('/article/utf8'), u('/flaky'), u('/busy')].includes(x));
    expect(order).toEqual([u('/article/utf8'), u('/flaky'), u('/busy')]);
    expect(s.count('/flaky')).toBe(2);
    expect(s.count('/busy')).toBe(2);
  });

  it('a Windows-1258 body is decoded by its HTTP charset; a wrong header never gives mojibake', () => {
    const good = records.find((r) => r.source.url === u('/article/cp1258'));
    expect(good?.title).toBe('Trường học mới cho học sinh vùng biên');
    const wrong = records.find((r) => r.source.url === u('/article/cp1258-wrong'));
    const wrongErr = errors.find((e) => e.source.url === u('/article/cp1258-wrong'));
    expect(Boolean(wrong) !== Boolean(wrongErr)).toBe(true);
    if (wrong) expect(JSON.stringify(wrong)).not.toContain('\uFFFD');
    if (wrong) expect(wrong.title).toBe('Trường học mới cho học sinh vùng biên');
  });

  it('404, exhausted retries, timeouts, endless bodies, non-pages and bad lines are input errors', () => {
    const err = (x: string) => errors.find((e) => e.source.url === x || e.source.path === x);
    const expectations: [string, RegExp][] = [
      [u('/gone'), /HTTP 404/],
      [u('/down'), /HTTP 503.*gave up after 3 attempts/],
      [u('/slow'), /timed out after 400 ms/],
      [u('/endless'), /over the limit of 262144 bytes/],
      [u('/pdf'), /application\/pdf/],
      ['not a url at all', /not a URL/],
      ['ftp://example.invalid/file', /not an http\(s\) URL/],
    ];
    for (const [key, msg] of expectations) {
      const e = err(key);
      expect(e, key).toBeDefined();
      expect(e.stage).toBe('input');
      expect(e.message).toMatch(msg);
    }
    expect(s.count('/gone')).toBe(1);
    expect(s.count('/down')).toBe(3);
  });

  it('--save <folder> keeps the raw responses byte for byte, with an index', () => {
    const index = jsonl(join(tmp, 'saved', 'index.jsonl'));
    const entry = (p: string) => index.find((e) => e.url === u(p));
    const cp = entry('/article/cp1258');
    expect(cp.status).toBe(200);
    expect(readFileSync(join(tmp, 'saved', cp.file)).equals(toWindows1258(PAGES.cp1258))).toBe(true);
    expect(readFileSync(join(tmp, 'saved', entry('/article/utf8').file), 'utf8')).toBe(PAGES.utf8);
    expect(entry('/gone')?.status).toBe(404);
    expect(entry('/endless')).toBeUndefined(); // a cut body is not kept as if it were whole
  });

  it('--save <file.warc> writes WARC response records readable by warcio', async () => {
    writeFileSync(join(tmp, 'two.txt'), [u('/article/utf8'), u('/article/cp1258')].join('\n'));
    const warc = join(tmp, 'pages.warc.gz');
    const r = await run(['fetch', join(tmp, 'two.txt'), '-o', join(tmp, 'two.jsonl'), '--save', warc, '--delay-ms', '0', '--quiet']);
    expect(r.status).toBe(0);
    const seen: { type: string; url: string | null | undefined; body: Uint8Array; status: unknown }[] = [];
    for await (const rec of WARCParser.iterRecords(createReadStream(warc))) {
      seen.push({ type: rec.warcType, url: rec.warcTargetURI, body: await rec.readFully(true), status: rec.httpHeaders?.statusCode });
    }
    expect(seen.map((x) => x.type)).toEqual(['warcinfo', 'response', 'response']);
    const byUrl = new Map(seen.slice(1).map((x) => [x.url, x]));
    expect(Buffer.from(byUrl.get(u('/article/utf8'))!.body).toString('utf8')).toBe(PAGES.utf8);
    expect(Buffer.from(byUrl.get(u('/article/cp1258'))!.body).equals(toWindows1258(PAGES.cp1258))).toBe(true);
    expect(byUrl.get(u('/article/utf8'))!.status).toBe(200);
    // and bantin reads its own WARC back: the same pages, the same titles
    const back = await run(['extract', warc, '-o', join(tmp, 'back.jsonl'), '--quiet', '--workers', '1']);
    expect(back.status).toBe(0);
    const fetched = jsonl(join(tmp, 'two.jsonl'));
    const reread = jsonl(join(tmp, 'back.jsonl'));
    expect(reread.map((r) => [r.source.url, r.title])).toEqual(fetched.map((r) => [r.source.url, r.title]));
    expect(reread.map((r) => r.title)).toEqual(['Khánh thành cầu dân sinh tại xã Phú Mỹ', 'Trường học mới cho học sinh vùng biên']);
  });
});
