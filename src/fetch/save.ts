import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import type { FetchedPage } from './client.js';

/** Keeps the raw responses of a fetch run (--save). */
export interface ResponseSaver {
  save(page: FetchedPage): Promise<void>;
  close(): Promise<void>;
}

/** --save <folder>: one file per response (NNNNNN-host.html) and index.jsonl describing them. */
export class FolderSaver implements ResponseSaver {
  private n = 0;
  private index: WriteStream;
  constructor(private dir: string) {
    mkdirSync(dir, { recursive: true });
    this.index = createWriteStream(join(dir, 'index.jsonl'), { flags: 'a' });
  }
  async save(page: FetchedPage): Promise<void> {
    const n = ++this.n;
    let host = 'page';
    try {
      host = new URL(page.finalUrl).hostname.replace(/[^a-z0-9.-]/gi, '_');
    } catch {
      /* keep "page" */
    }
    const file = `${String(n).padStart(6, '0')}-${host}.html`;
    await writeFile(join(this.dir, file), page.body);
    const entry = {
      file,
      url: page.url,
      finalUrl: page.finalUrl,
      status: page.status,
      contentType: page.contentType,
      bytes: page.body.byteLength,
      fetchedAt: page.fetchedAt.toISOString(),
    };
    if (!this.index.write(JSON.stringify(entry) + '\n')) await new Promise<void>((r) => this.index.once('drain', () => r()));
  }
  close(): Promise<void> {
    return new Promise((r) => this.index.end(() => r()));
  }
}

/** Headers that describe the transfer, not the payload we kept (undici already decoded it). */
const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length', 'connection', 'keep-alive']);

/**
 * --save <file.warc | file.warc.gz>: a WARC/1.1 file (warcinfo, then one response record
 * per page) written with warcio's serializer; .gz compresses record by record, as the
 * WARC spec asks, so the file stays readable record by record.
 */
export class WarcSaver implements ResponseSaver {
  private out: WriteStream;
  private gzip: boolean;
  private ready: Promise<void>;
  private chain: Promise<void> = Promise.resolve();
  constructor(path: string, userAgent: string) {
    mkdirSync(dirname(path), { recursive: true });
    this.out = createWriteStream(path);
    this.gzip = path.toLowerCase().endsWith('.gz');
    const info = WARCRecord.createWARCInfo(
      { filename: path.split('/').pop(), warcVersion: 'WARC/1.1' },
      { software: userAgent, format: 'WARC File Format 1.1' },
    );
    this.ready = this.writeRecord(info);
  }
  private async writeRecord(rec: WARCRecord): Promise<void> {
    const bytes = await WARCSerializer.serialize(rec, { gzip: this.gzip });
    if (!this.out.write(bytes)) await new Promise<void>((r) => this.out.once('drain', () => r()));
  }
  save(page: FetchedPage): Promise<void> {
    const httpHeaders: Record<string, string> = {};
    for (const [k, v] of page.headers) if (!TRANSFER_HEADERS.has(k.toLowerCase())) httpHeaders[k] = v;
    const rec = WARCRecord.create(
      {
        url: page.finalUrl,
        date: page.fetchedAt.toISOString(),
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: `HTTP/1.1 ${page.status} ${page.statusText || ''}`.trimEnd(),
        httpHeaders,
      },
      [new Uint8Array(page.body.buffer, page.body.byteOffset, page.body.byteLength)],
    );
    // records are appended one after another, never interleaved
    this.chain = this.chain.then(() => this.ready).then(() => this.writeRecord(rec));
    return this.chain;
  }
  async close(): Promise<void> {
    await this.chain;
    await this.ready;
    await new Promise<void>((r) => this.out.end(() => r()));
  }
}

export function makeSaver(target: string, userAgent: string): ResponseSaver {
  return /\.warc(\.gz)?$/i.test(target) ? new WarcSaver(target, userAgent) : new FolderSaver(target);
}
