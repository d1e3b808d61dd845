/**
 * The batch CLI end to end, as a child process (node dist/cli/main.js; `npm test` builds
 * first), on a tmp folder of good articles mixed with every kind of bad input.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeMixedFolder, type MixedFolder, ROWS_JSONL, HTML_ARTICLE } from './make-inputs.js';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  records: any[];
  recordLines: string[];
  errors: any[];
  summary: { read: number; written: number; errors: number } | null;
}

function runCli(args: string[], outDir: string, input?: string): Run {
  const out = join(outDir, 'records.jsonl');
  const err = join(outDir, 'errors.jsonl');
  const r = spawnSync(process.execPath, [CLI, 'extract', ...args, '-o', out, '--errors', err], { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  const lines = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean) : []);
  const m = /(\d+) articles read, (\d+) records written, (\d+) errors, [\d.]+ s, [\d.]+ docs\/s/.exec(r.stderr);
  const recordLines = lines(out);
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    recordLines,
    records: recordLines.map((l) => JSON.parse(l)),
    errors: lines(err).map((l) => JSON.parse(l)),
    summary: m ? { read: +m[1]!, written: +m[2]!, errors: +m[3]! } : null,
  };
}

describe('bantin extract on a folder of mixed good and bad inputs', () => {
  let tmp: string;
  let f: MixedFolder;
  let pool: Run;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'bantin-batch-'));
    f = makeMixedFolder(tmp);
    pool = runCli([f.dir, '--workers', '2', '--quiet'], join(tmp, 'pool'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 0 and prints the summary; inputs = records + errors, and the files agree', () => {
    expect(pool.status).toBe(0);
    expect(pool.summary).not.toBeNull();
    const s = pool.summary!;
    expect(s.read).toBe(s.written + s.errors);
    expect(pool.records.length).toBe(s.written);
    expect(pool.errors.length).toBe(s.errors);
    // 4 single-article files + 3 JSONL rows are good; 6 bad files give at least one line each
    expect(s.written).toBeGreaterThanOrEqual(7);
    expect(s.read).toBeGreaterThanOrEqual(7 + 6);
  });

  it('no progress bar when stderr is not a terminal: stderr is the summary only', () => {
    expect(pool.stderr.trim().split('\n')).toHaveLength(1);
    expect(pool.stderr).not.toMatch(/\r|\u001b\[/);
  });

  it('every file ends as a record or an error line', () => {
    const seen = new Set([...pool.records.map((r) => r.source.path), ...pool.errors.map((e) => e.source.path)]);
    for (const p of [...f.good, ...Object.values(f.bad)]) expect(seen, p).toContain(p);
  });

  it('good articles become records, JSONL rows numbered from 1', () => {
    const paths = new Set(pool.records.map((r) => r.source.path));
    for (const p of f.good) expect(paths, p).toContain(p);
    const rows = pool.records.filter((r) => r.source.path.endsWith('rows.jsonl')).map((r) => r.source.row);
    expect(rows).toEqual([1, 2, 3]);
  });

  it('bad inputs become error lines with the right stage', () => {
    const errOf = (p: string) => pool.errors.filter((e) => e.source.path === p);
    const huge = errOf(f.bad.huge!);
    expect(huge).toHaveLength(1);
    expect(huge[0].stage).toBe('input');
    expect(huge[0].message).toMatch(/size limit/);
    expect(errOf(f.bad.empty!)).toHaveLength(1);
    expect(['input', 'decode']).toContain(errOf(f.bad.empty!)[0].stage);
    expect(errOf(f.bad.binary!)).toHaveLength(1);
    expect(['input', 'decode']).toContain(errOf(f.bad.binary!)[0].stage);
    expect(pool.records.some((r) => r.source.path === f.bad.binary)).toBe(false);
    // the broken CSV row is an error; the rows around it still give records
    const csvErr = errOf(f.bad.csv!);
    expect(csvErr.length).toBeGreaterThanOrEqual(1);
    expect(['input', 'parse']).toContain(csvErr[0].stage);
    expect(pool.records.filter((r) => r.source.path === f.bad.csv).length).toBeGreaterThanOrEqual(1);
    // every error line has the contract's shape
    for (const e of pool.errors) {
      expect(e).toEqual({ source: { path: expect.any(String), row: e.source.row, url: null }, stage: expect.stringMatching(/^(input|decode|parse|classify|extract|validate|write)$/), message: expect.any(String) });
    }
  });

  it('records come out in input order with a pool, identical to --workers 1, and --unordered gives the same set', () => {
    const one = runCli([f.dir, '--workers', '1'], join(tmp, 'one'));
    expect(one.recordLines).toEqual(pool.recordLines);
    expect(one.errors).toEqual(pool.errors);
    const keys = pool.records.map((r) => `${r.source.path}#${r.source.row ?? 0}`);
    const sorted = [...keys].sort((a, b) => {
      const [pa, ra] = a.split('#');
      const [pb, rb] = b.split('#');
      return pa! < pb! ? -1 : pa! > pb! ? 1 : Number(ra) - Number(rb);
    });
    // walkPaths sorts entries per folder; "sub/" sorts after the files beside it, so compare per folder
    const inTop = keys.filter((k) => !k.includes('/sub/'));
    expect(inTop).toEqual(sorted.filter((k) => !k.includes('/sub/')));
    const un = runCli([f.dir, '--workers', '2', '--unordered'], join(tmp, 'un'));
    expect([...un.recordLines].sort()).toEqual([...pool.recordLines].sort());
    expect(un.summary).toEqual(pool.summary);
  });

  it('--max-size also caps a single row of a row dump', () => {
    const r = runCli([join(f.dir, 'rows.jsonl'), '--workers', '1', '--max-size', '200'], join(tmp, 'small'));
    // row 1 and row 2 are under 200 bytes, row 3 is over (its content is longer)
    const over = r.errors.filter((e) => e.stage === 'input' && /size limit/.test(e.message)).map((e) => e.source.row);
    expect(over.length).toBeGreaterThanOrEqual(1);
    expect(r.summary!.read).toBe(3);
    expect(r.summary!.written + r.summary!.errors).toBe(3);
  });

  it('rejects a bad option value with exit code 2', () => {
    const r = runCli([f.dir, '--workers', 'zero'], join(tmp, 'bad'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers/);
  });

  it('writes records to stdout without -o, and reads one document from stdin with "-"', () => {
    const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--quiet', '--workers', '1'], { encoding: 'utf8', input: readFileSync(f.good[0]!, 'utf8') });
    const lines = r.stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).source.path).toBe('-');
    expect(r.stderr).toMatch(/1 articles read, 1 records written, 0 errors/);
  });
});

describe('bantin extract - (stdin)', () => {
  const rows = ROWS_JSONL.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const viaStdin = (input: Buffer | string) => {
    const r = spawnSync(process.execPath, [CLI, 'extract', '-', '--quiet', '--workers', '1'], { input });
    const recs = r.stdout.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    return { recs, stderr: r.stderr.toString('utf8') };
  };
  it('streams JSON Lines from stdin, one record per row', () => {
    const { recs, stderr } = viaStdin(rows);
    expect(recs.map((r) => [r.source.path, r.source.row, r.source.format])).toEqual([
      ['-', 1, 'row'],
      ['-', 2, 'row'],
      ['-', 3, 'row'],
    ]);
    expect(recs.map((r) => r.title)).toEqual(ROWS_JSONL.map((r) => r.title));
    expect(stderr).toMatch(/3 articles read, 3 records written, 0 errors/);
  });
  it('unpacks gzip on stdin', () => {
    const { recs, stderr } = viaStdin(gzipSync(Buffer.from(rows)));
    expect(recs.map((r) => r.title), stderr).toEqual(ROWS_JSONL.map((r) => r.title));
  });
  it('an HTML page on stdin is one html record', () => {
    const { recs } = viaStdin(HTML_ARTICLE);
    expect(recs).toHaveLength(1);
    expect(recs[0].source).toMatchObject({ path: '-', row: null, format: 'html' });
  });
});

describe('bantin extract interrupted with Ctrl-C', () => {
  it('stops reading, writes what was in flight, prints the summary and exits 130', async () => {
    const { spawn } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const tmp = mkdtempSync(join(tmpdir(), 'bantin-int-'));
    try {
      const row = JSON.stringify({ title: 'Bản tin ngắn của phường', content: 'Chiều 4/5, phường tổ chức ra quân làm sạch môi trường với 200 người tham gia.' });
      const file = join(tmp, 'many.jsonl');
      writeFileSync(file, Array.from({ length: 200_000 }, () => row).join('\n') + '\n');
      const c = spawn(process.execPath, [CLI, 'extract', file, '--workers', '1', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let sent = false;
      c.stdout.on('data', (d) => {
        out += d;
        if (!sent) {
          sent = true;
          c.kill('SIGINT');
        }
      });
      c.stderr.on('data', (d) => (err += d));
      const code = await new Promise<number | null>((r) => c.on('close', r));
      expect(code).toBe(130);
      expect(err).toMatch(/interrupted/);
      const m = /(\d+) articles read, (\d+) records written, (\d+) errors/.exec(err)!;
      expect(+m[1]!).toBeLessThan(200_000);
      expect(+m[1]!).toBe(+m[2]! + +m[3]!);
      expect(out.split('\n').filter(Boolean).length).toBe(+m[2]!);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
