import { describe, expect, it, vi } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkThresholds, parseThresholds, ratchet, floorTo, formatTable } from '../../src/eval/report.js';
import { aggregate, scoreArticle } from '../../src/eval/score.js';
import { readGold, splitInput, defaultRoot } from '../../src/eval/gold.js';
import { recordsFromFile, scoreAll, inputKey } from '../../src/eval/run.js';
import { runEval } from '../../src/cli/eval.js';
import { SHARED, HAS_SHARED } from '../shared.js';

const meta = (group: string) => ({ input: 'x', group, origin: 't' });

describe('thresholds', () => {
  const totals = aggregate([
    scoreArticle({ title: 'A', authors: ['X', 'Y'], mustNotContain: ['Chia sẻ'] }, { title: 'A', authors: ['X'], paragraphs: ['Chia sẻ'] }, meta('seeds')),
    scoreArticle({ title: 'B' }, { title: 'C' }, meta('rows')),
  ]);
  it('lists every score below its minimum, per group, and counts above their maximum', () => {
    const th = parseThresholds({ _comment: 'x', all: { title: 0.5, authors: 0.7 }, seeds: { title: 1, 'paragraphs.leaks': 0 }, rows: { title: 0.1 } });
    const fails = checkThresholds(totals, th);
    expect(fails).toHaveLength(3);
    expect(fails.join('\n')).toMatch(/all authors: 0\.667 < 0\.7/);
    expect(fails.join('\n')).toMatch(/seeds paragraphs\.leaks: 1 > 0/);
    expect(fails.join('\n')).toMatch(/rows title: 0\.000 < 0\.1/);
  });
  it('a threshold for a score that was not measured fails', () => {
    expect(checkThresholds(totals, { html: { title: 0.5 } })).toEqual(['html title: not measured (threshold 0.5)']);
  });
  it('ratchet raises, never lowers, and floors', () => {
    const next = ratchet(totals, { all: { title: 0.2, authors: 0.9 } });
    expect(next.all!.title).toBe(0.5);
    expect(next.all!.authors).toBe(0.9); // measured 0.667 < 0.9: kept
    expect(next.seeds!.authors).toBe(0.666);
    expect(next.seeds!['paragraphs.leaks']).toBe(1);
    expect(ratchet(totals, { seeds: { 'paragraphs.leaks': 0 } }).seeds!['paragraphs.leaks']).toBe(0);
    expect(floorTo(0.99999)).toBe(0.999);
    expect(floorTo(0.7)).toBe(0.7);
  });
  it('the table shows counts behind each score', () => {
    const t = formatTable(totals.all!);
    expect(t).toMatch(/authors\s+F1\s+0\.667\s+1\.000\s+0\.500\s+1\s+1\s+0\s+1/);
    expect(t).toMatch(/title\s+accuracy\s+0\.500/);
  });
});

describe('gold files and records', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bantin-eval-'));
  const gold = join(dir, 'gold');
  mkdirSync(join(gold, 'seeds'), { recursive: true });
  mkdirSync(join(gold, 'rows'), { recursive: true });
  writeFileSync(join(gold, 'seeds', 'a.json'), JSON.stringify({ input: 'in/a.txt', expect: { title: 'Tin A' }, acceptPublished: ['2020-01-01'] }));
  writeFileSync(
    join(gold, 'rows', 'r.jsonl'),
    [JSON.stringify({ input: 'in/r.psv#1', expect: { title: 'Hàng 1' } }), JSON.stringify({ input: 'in/r.psv#2', expect: { title: 'Hàng 2' } })].join('\n') + '\n',
  );
  writeFileSync(join(gold, 'rows', 'non.txt'), 'in/menu.txt\n');

  it('reads .json, .jsonl and non-article lists, grouped by subfolder', async () => {
    const items = await readGold([gold]);
    expect(items.map((i) => [i.group, i.kind, i.path, i.row])).toEqual([
      ['rows', 'nonarticle', 'in/menu.txt', null],
      ['rows', 'article', 'in/r.psv', 1],
      ['rows', 'article', 'in/r.psv', 2],
      ['seeds', 'article', 'in/a.txt', null],
    ]);
    const a = items.find((i) => i.kind === 'article' && i.path === 'in/a.txt');
    expect(a?.kind === 'article' && a.expect.acceptPublished).toEqual(['2020-01-01']);
    expect(splitInput('x/y.psv#12')).toEqual({ path: 'x/y.psv', row: 12 });
    expect(await defaultRoot(join(gold, 'seeds'))).toBe(dir);
  });

  it('matches --records by source.path relative to the root and source.row', async () => {
    const recs = join(dir, 'records.jsonl');
    writeFileSync(
      recs,
      [
        { source: { path: join(dir, 'in/a.txt'), row: null }, title: 'Tin A' },
        { source: { path: 'elsewhere/in/r.psv', row: 2 }, title: 'Hàng hai' },
        { source: { path: 'in/menu.txt', row: null }, stage: 'classify', message: 'not an article' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const map = await recordsFromFile(recs, dir);
    expect(map.records.get(inputKey('in/a.txt', null))?.title).toBe('Tin A');
    expect(map.errors.get(inputKey('in/menu.txt', null))).toBe('classify: not an article');
    const results = scoreAll(await readGold([gold]), map);
    const by = Object.fromEntries(results.map((r) => [r.input, r]));
    expect(by['in/a.txt']!.tallies.title).toEqual({ measure: 'accuracy', right: 1, n: 1 });
    expect(by['in/r.psv#1']!.found).toBe(false);
    expect(by['in/r.psv#1']!.error).toBe('no record');
    expect(by['in/r.psv#2']!.tallies.title).toEqual({ measure: 'accuracy', right: 0, n: 1 });
    // the error line is not a record: the non-article counts as rejected
    expect(by['in/menu.txt']!.tallies.nonarticles).toEqual({ measure: 'accuracy', right: 1, n: 1 });
  });
});

describe.skipIf(!HAS_SHARED)('the shared gold', () => {
  it('every gold file parses and names an input that exists', async () => {
    const items = await readGold([join(SHARED, 'gold')]);
    expect(items.length).toBeGreaterThan(0);
    const missing = items.filter((i) => !existsSync(join(SHARED, i.path)));
    expect(missing.map((i) => i.input)).toEqual([]);
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(['seeds', 'html', 'rows']));
  });
});

describe('runEval (the CLI action)', () => {
  it('exits 1 listing scores below threshold, 0 when all are met; --ratchet never lowers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bantin-evalcli-'));
    mkdirSync(join(dir, 'gold', 'seeds'), { recursive: true });
    writeFileSync(join(dir, 'gold', 'seeds', 'a.json'), JSON.stringify({ input: 'in/a.txt', expect: { title: 'Tin A', authors: ['Lan', 'Huệ'] } }));
    const recs = join(dir, 'r.jsonl');
    writeFileSync(recs, JSON.stringify({ source: { path: 'in/a.txt', row: null }, title: 'Tin A', authors: ['Lan'] }) + '\n');
    const th = join(dir, 'th.json');
    const out: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      writeFileSync(th, JSON.stringify({ seeds: { title: 1, authors: 0.9 } }));
      expect(await runEval({ gold: [join(dir, 'gold')], records: recs, thresholds: th })).toBe(1);
      expect(out.join('')).toMatch(/seeds authors: 0\.667 < 0\.9/);
      writeFileSync(th, JSON.stringify({ seeds: { title: 1, authors: 0.5 } }));
      expect(await runEval({ gold: [join(dir, 'gold')], records: recs, thresholds: th, ratchet: th })).toBe(0);
      const after = JSON.parse(readFileSync(th, 'utf8'));
      expect(after.seeds.authors).toBe(0.666);
      expect(after.all.title).toBe(1);
    } finally {
      spy.mockRestore();
      err.mockRestore();
    }
  });
});
