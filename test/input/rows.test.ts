import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { InputUnit } from '../../src/types.js';
import { readDelimited, readJsonl, parseKeyValue, looksLikeKeyValue, readKeyValue } from '../../src/input/rows.js';
import { readUnits, walkPaths } from '../../src/input/walk.js';
import { legacyCodecFor } from '../../src/input/encodings/tables.js';

/** bytes delivered in small pieces, cutting multi-byte characters apart */
async function* chunks(bytes: Uint8Array, size = 7): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function all<T>(g: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of g) out.push(x);
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);

describe('delimited rows', () => {
  it('reads quoted fields, doubled quotes, embedded newlines and a BOM, in tiny chunks', async () => {
    const csv = '\ufefftitle,content,author\r\n"Mưa lớn, ngập sâu","Dòng một.\nDòng ""hai"".",Bảo Ngọc\r\nCầu mới,Khánh thành sáng nay.,Hữu Tài\r\n';
    const units = await all(readDelimited('x.csv', chunks(enc(csv)), 'csv'));
    expect(units.map((u) => u.row)).toEqual([1, 2]);
    expect(units[0]!.fields).toMatchObject({ title: 'Mưa lớn, ngập sâu', content: 'Dòng một.\nDòng "hai".', author: 'Bảo Ngọc' });
    expect(units[1]!.fields!.title).toBe('Cầu mới');
  });

  it('keeps a "|" inside a quoted field of a pipe-delimited file, and sniffs "|" in a .csv', async () => {
    const psv = 'title|author|url\n"Thời sự 19h | 2/6/2024"|Lan Chi|https://example.vn/thoi-su-19h-998877.html\n';
    const [u] = await all(readDelimited('a.psv', chunks(enc(psv)), 'psv'));
    expect(u!.fields!.title).toBe('Thời sự 19h | 2/6/2024');
    expect(u!.url).toBe('https://example.vn/thoi-su-19h-998877.html');
    const [v] = await all(readDelimited('a.csv', chunks(enc(psv)), 'csv'));
    expect(v!.fields!.author).toBe('Lan Chi');
  });

  it('turns a broken row into an error unit and goes on, rows numbered from 1 after the header', async () => {
    const tsv = 'title\tcontent\nMột\tnội dung một\nhai trường\tthừa\tmột cột\nBa\tnội dung ba\n';
    const units = await all(readDelimited('a.tsv', chunks(enc(tsv), 5), 'tsv'));
    expect(units.map((u) => [u.row, !!u.readError])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(units[1]!.readError!.stage).toBe('input');
    expect(units[2]!.fields!.title).toBe('Ba');
  });

  it('an unclosed quote at the end is an error unit, rows before it are kept', async () => {
    const csv = 'title,content\nA,"đủ"\nB,"thiếu dấu đóng\n';
    const units = await all(readDelimited('a.csv', chunks(enc(csv)), 'csv'));
    expect(units[0]!.fields!.title).toBe('A');
    expect(units[1]!.readError?.stage).toBe('input');
  });

  it('decodes a legacy-encoded CSV stream', async () => {
    const text = 'title,content\nĐường ven biển mới,Tuyến đường dài 12 km nối hai huyện ven biển sẽ thông xe vào tháng sau.\n';
    const bytes = legacyCodecFor('vni')!.encode(text);
    const [u] = await all(readDelimited('a.csv', chunks(bytes, 9), 'csv'));
    expect(u!.fields!.title).toBe('Đường ven biển mới');
    expect(u!.fields!['@warnings']).toBe('decoded as VNI-Windows');
  });

  it('reports an empty file', async () => {
    const [u] = await all(readDelimited('a.csv', chunks(enc('')), 'csv'));
    expect(u!.readError?.message).toMatch(/empty/);
  });
});

describe('JSON Lines', () => {
  it('one unit per non-empty line; arrays of names joined; bad lines become error units', async () => {
    const jsonl = '{"tiêu đề":"Một","tác giả":["An","Bình"],"url":"https://example.vn/mot-1234.html"}\n\n{"oops"\n{"tiêu đề":"Ba","số":3}\n[1,2]\n';
    const units = await all(readJsonl('a.jsonl', chunks(enc(jsonl), 4)));
    expect(units.map((u) => u.row)).toEqual([1, 2, 3, 4]);
    expect(units[0]!.fields).toMatchObject({ 'tiêu đề': 'Một', 'tác giả': 'An, Bình' });
    expect(units[0]!.url).toBe('https://example.vn/mot-1234.html');
    expect(units[1]!.readError?.stage).toBe('input');
    expect(units[2]!.fields!['số']).toBe('3');
    expect(units[3]!.readError?.message).toMatch(/JSON object/);
  });

  it('reads one level of nested objects', async () => {
    const [u] = await all(readJsonl('a.jsonl', chunks(enc('{"meta":{"title":"Lồng","author":"Mai Hoa"},"body":"Nội dung"}\n'))));
    expect(u!.fields).toMatchObject({ title: 'Lồng', author: 'Mai Hoa', body: 'Nội dung' });
  });
});

describe('key-value dumps', () => {
  it('handles an empty Author with the name on the next line, a key without colon, CRLF and no final newline', () => {
    const text = 'Title: Tiêu đề\r\nSource: Báo Mẫu\r\nAuthor: \r\nMinh Tú\r\nTags: a, b\r\nContent: Câu một.Câu hai.\r\n  ';
    const [rec] = parseKeyValue(text);
    expect(rec!['Title']).toBe('Tiêu đề');
    expect(rec!['Author']!.trim()).toBe('Minh Tú');
    expect(rec!['Content']!.trim()).toBe('Câu một.Câu hai.');
    const [glued] = parseKeyValue('Title: X\nAuthorSong Ngư\nContent: Y');
    expect(glued!['Author']).toBe('Song Ngư');
  });

  it('a repeated first key starts the next record; key-like lines inside Content stay content', () => {
    const recs = parseKeyValue('Title: Một\nContent: Dòng đầu\nSource: vẫn là nội dung\nTitle: Hai\nContent: Khác\n');
    expect(recs).toHaveLength(2);
    expect(recs[0]!['Content']).toBe('Dòng đầu\nSource: vẫn là nội dung');
    expect(recs[1]!['Title']).toBe('Hai');
  });

  it('tells key-value dumps from page dumps; a single record has row null', () => {
    expect(looksLikeKeyValue(enc('Title: A\nLink: https://x.vn/a\nContent: B'))).toBe(true);
    expect(looksLikeKeyValue(enc('Trang chủ\nThời sự\nTitle: không phải dòng đầu'))).toBe(false);
    expect(looksLikeKeyValue(enc('Tiêu đề: A\nNội dung: B'))).toBe(true);
    expect(looksLikeKeyValue(enc('Thời gian: 8h sáng nay\nĐịa điểm: Hội trường\nNguồn: Sở Y tế'))).toBe(false);
    const units = [...readKeyValue('a.txt', enc('Title: A\nContent: B'))];
    expect(units).toHaveLength(1);
    expect(units[0]!.row).toBeNull();
  });
});

describe('readUnits / walkPaths on files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bantin-rows-'));
    const csv = 'title,content\n' + Array.from({ length: 300 }, (_, i) => `Tin số ${i + 1},"Nội dung của tin số ${i + 1}, có dấu phẩy."`).join('\n') + '\n';
    writeFileSync(join(dir, 'many.csv.gz'), gzipSync(csv));
    writeFileSync(join(dir, 'page.html.gz'), gzipSync('<html><body><p>Trang</p></body></html>'));
    writeFileSync(join(dir, 'kv.txt'), 'Title: A\nContent: B\n');
    writeFileSync(join(dir, 'dump.txt'), 'Thứ Hai, 3/6/2024\nMột trang bình thường.\n');
    writeFileSync(join(dir, 'notes.md'), '# ignored in folders');
    const big = 'title,content\n' + Array.from({ length: 6000 }, (_, i) => `Tin số ${i + 1},"Nội dung của tin số ${i + 1}, có dấu phẩy."`).join('\n') + '\n';
    const gz = gzipSync(big);
    writeFileSync(join(dir, 'truncated.csv.gz'), gz.subarray(0, Math.floor(gz.length / 2)));
    writeFileSync(join(dir, 'bad.html.gz'), 'not gzip at all');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('streams gzipped row files', async () => {
    const units = await all(readUnits(join(dir, 'many.csv.gz')));
    expect(units).toHaveLength(300);
    expect(units[299]).toMatchObject({ row: 300, kind: 'row' });
    expect(units[299]!.fields!.title).toBe('Tin số 300');
  });

  it('yields the rows it could read before a truncated gzip fails, then an error unit', async () => {
    const units = await all(readUnits(join(dir, 'truncated.csv.gz')));
    const ok = units.filter((u) => !u.readError);
    expect(ok.length).toBeGreaterThan(0);
    expect(units[units.length - 1]!.readError?.stage).toBe('input');
  });

  it('gunzips pages, tells key-value dumps from text dumps, reports bad gzip and missing files', async () => {
    const [page] = await all(readUnits(join(dir, 'page.html.gz')));
    expect(page).toMatchObject({ kind: 'html' });
    expect(Buffer.from(page!.bytes!).toString()).toContain('<p>Trang</p>');
    const [kv] = await all(readUnits(join(dir, 'kv.txt')));
    expect(kv!.kind).toBe('row');
    const [dump] = await all(readUnits(join(dir, 'dump.txt')));
    expect(dump!.kind).toBe('text');
    const [bad] = await all(readUnits(join(dir, 'bad.html.gz')));
    expect(bad!.readError?.message).toMatch(/gzip/);
    const [missing] = await all(readUnits(join(dir, 'nope.csv')));
    expect(missing!.readError?.stage).toBe('input');
  });

  it('walks folders in sorted order, skipping unknown extensions', async () => {
    const names = (await all(walkPaths([dir]))).map((p) => p.path.slice(dir.length + 1));
    expect(names).toEqual(['bad.html.gz', 'dump.txt', 'kv.txt', 'many.csv.gz', 'page.html.gz', 'truncated.csv.gz']);
  });
});

export type { InputUnit };
