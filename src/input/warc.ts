/**
 * WARC (.warc, .warc.gz) → one 'html' unit per response record whose HTTP Content-Type is
 * HTML. url = WARC-Target-URI; httpCharset = the charset of the record's HTTP Content-Type.
 * Uses warcio's streaming parser (gzip members are read by warcio itself); payloads are
 * de-chunked and content-decoded by warcio. Redirects and other non-HTML records are skipped.
 */
import { createReadStream } from 'node:fs';
import { WARCParser } from 'warcio';
import type { InputUnit } from '../types.js';

const HTML_TYPE = /\b(?:text\/html|application\/xhtml\+xml)\b/i;

/** the charset parameter of a Content-Type header value, or null */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}

export async function* readWarc(path: string, source?: AsyncIterable<Uint8Array>): AsyncGenerator<InputUnit> {
  const input = source ?? createReadStream(path);
  let parser: WARCParser;
  try {
    parser = new WARCParser(input);
  } catch (e) {
    yield { path, row: null, url: null, kind: 'html', readError: { stage: 'input', message: `bad WARC: ${(e as Error).message}` } };
    return;
  }
  let found = 0;
  try {
    for await (const record of parser) {
      if (record.warcType !== 'response') continue;
      const http = record.httpHeaders;
      const contentType = http?.headers.get('content-type') ?? null;
      if (!HTML_TYPE.test(contentType ?? '')) continue;
      const status = Number(http?.statusCode ?? 200);
      if (status >= 300 && status < 400) continue;
      const bytes = await record.readFully(true);
      found++;
      yield { path, row: null, url: record.warcTargetURI ?? null, kind: 'html', bytes, httpCharset: charsetOf(contentType) };
    }
  } catch (e) {
    yield { path, row: null, url: null, kind: 'html', readError: { stage: 'input', message: `bad WARC after ${found} HTML records: ${(e as Error).message}` } };
    return;
  }
  if (!found) yield { path, row: null, url: null, kind: 'html', readError: { stage: 'input', message: 'WARC holds no HTML response records' } };
}
