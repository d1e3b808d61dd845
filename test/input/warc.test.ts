import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { readUnits } from '../../src/input/walk.js';
import { charsetOf } from '../../src/input/warc.js';
import { legacyCodecFor } from '../../src/input/encodings/tables.js';

const enc = new TextEncoder();
async function* body(b: Uint8Array): AsyncGenerator<Uint8Array> {
  yield b;
}

async function record(opts: { url: string; type: 'response' | 'request' | 'resource'; contentType: string; status?: string; payload: Uint8Array }): Promise<Uint8Array> {
  const rec = WARCRecord.create(
    {
      url: opts.url,
      date: '2024-06-01T08:00:00Z',
      type: opts.type,
      warcVersion: 'WARC/1.1',
      httpHeaders: opts.type === 'resource' ? undefined : { 'Content-Type': opts.contentType },
      statusline: opts.type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${opts.status ?? '200 OK'}`,
      warcHeaders: opts.type === 'resource' ? { 'Content-Type': opts.contentType } : undefined,
    },
    body(opts.payload),
  );
  return WARCSerializer.serialize(rec, { gzip: false });
}

describe('WARC input', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bantin-warc-'));
    const page1 = enc.encode('<html><head><title>Hải Phòng mở tuyến phà mới</title></head><body><p>Tuyến phà nối đảo Cát Bà với đất liền.</p></body></html>');
    const page2 = legacyCodecFor('viscii')!.encode('<html><body><p>Điện Biên đón mùa hoa ban</p></body></html>');
    const parts = [
      await record({ url: 'https://example.vn/', type: 'request', contentType: 'text/html', payload: new Uint8Array() }),
      await record({ url: 'https://example.vn/hai-phong-mo-tuyen-pha-moi-778899.html', type: 'response', contentType: 'text/html; charset=utf-8', payload: page1 }),
      await record({ url: 'https://example.vn/logo.png', type: 'response', contentType: 'image/png', payload: Uint8Array.from([0x89, 0x50, 0x4e, 0x47]) }),
      await record({ url: 'https://example.vn/cu', type: 'response', contentType: 'text/html', status: '301 Moved Permanently', payload: enc.encode('<a href="/moi">moved</a>') }),
      await record({ url: 'https://example.vn/dien-bien-mua-hoa-ban-778900.html', type: 'response', contentType: 'text/html; charset="VISCII"', payload: page2 }),
    ];
    writeFileSync(join(dir, 'crawl.warc'), Buffer.concat(parts.map((p) => Buffer.from(p))));
    const gzParts = await Promise.all(
      [page1].map(async (p) => {
        const rec = WARCRecord.create(
          { url: 'https://example.vn/nen-1.html', date: '2024-06-01T08:00:00Z', type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html' }, statusline: 'HTTP/1.1 200 OK' },
          body(p),
        );
        return WARCSerializer.serialize(rec, { gzip: true });
      }),
    );
    writeFileSync(join(dir, 'crawl.warc.gz'), Buffer.concat(gzParts.map((p) => Buffer.from(p))));
    writeFileSync(join(dir, 'empty.warc'), Buffer.from(parts[0]!));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('yields one html unit per HTML response, with url and HTTP charset; skips requests, images, redirects', async () => {
    const units = [];
    for await (const u of readUnits(join(dir, 'crawl.warc'))) units.push(u);
    expect(units.map((u) => u.url)).toEqual(['https://example.vn/hai-phong-mo-tuyen-pha-moi-778899.html', 'https://example.vn/dien-bien-mua-hoa-ban-778900.html']);
    expect(units.every((u) => u.kind === 'html')).toBe(true);
    expect(units[0]!.httpCharset).toBe('utf-8');
    expect(Buffer.from(units[0]!.bytes!).toString()).toContain('Hải Phòng mở tuyến phà mới');
    expect(units[1]!.httpCharset).toBe('VISCII');
  });

  it('reads gzipped WARC files', async () => {
    const units = [];
    for await (const u of readUnits(join(dir, 'crawl.warc.gz'))) units.push(u);
    expect(units).toHaveLength(1);
    expect(units[0]!.url).toBe('https://example.vn/nen-1.html');
    expect(units[0]!.httpCharset).toBeNull();
  });

  it('a WARC without HTML responses is one error unit', async () => {
    const units = [];
    for await (const u of readUnits(join(dir, 'empty.warc'))) units.push(u);
    expect(units).toHaveLength(1);
    expect(units[0]!.readError?.stage).toBe('input');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetOf('text/html; charset=windows-1258')).toBe('windows-1258');
    expect(charsetOf('text/html')).toBeNull();
  });
});
