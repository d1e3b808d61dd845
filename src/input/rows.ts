/**
 * Row dumps → one InputUnit per row, streamed (a 1 GB CSV is never held in memory).
 *
 * - CSV / TSV / PSV: csv-parse, streaming; the delimiter is sniffed from the header line when
 *   the extension's one is absent (a ".csv" that is really pipe-delimited); quoted fields,
 *   doubled quotes, embedded newlines and a BOM are handled. A row that does not parse
 *   (wrong number of fields, unclosed quote) becomes a unit with readError (stage 'input')
 *   and the file goes on.
 * - JSON Lines: one object per non-empty line; a line that is not a JSON object is an error unit.
 * - key-value text ("Title: …", "Published Date: …", "Content: …"): read whole (such files
 *   are small), decoded like any text file (legacy encodings, mojibake repair); quirks: an
 *   empty "Author: " with the name on the next line, "AuthorSong Ngư" without a colon,
 *   CRLF, no final newline; a repeated first key starts the next record.
 *
 * `row` is the 1-based data row (header not counted). Values reach the pipeline as read;
 * normalisation happens there. Decoding warnings travel in the reserved field "@warnings".
 */
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { InputUnit } from '../types.js';
import { decodeBytes, repairMojibake, detectEncoding } from './decode.js';
import { legacyCodecFor } from './encodings/tables.js';
import { loadRowRules, foldColumn, type RowRules } from '../parse/rows/rules.js';
import { defaultRulesDir } from '../rules/load.js';

export type RowFormat = 'csv' | 'tsv' | 'psv' | 'jsonl';

/** reserved field carrying decoding warnings to the row parser */
export const WARNINGS_FIELD = '@warnings';

const EXT_FORMAT: Record<string, RowFormat> = { '.csv': 'csv', '.tsv': 'tsv', '.psv': 'psv', '.jsonl': 'jsonl', '.ndjson': 'jsonl' };
const DEFAULT_DELIMITER: Record<Exclude<RowFormat, 'jsonl'>, string> = { csv: ',', tsv: '\t', psv: '|' };

/** the row format an extension names (".csv", ".jsonl"…), or null */
export function rowFormatOf(ext: string): RowFormat | null {
  return EXT_FORMAT[ext.toLowerCase()] ?? null;
}

let rowRules: RowRules | null = null;
function rules(): RowRules {
  return (rowRules ??= loadRowRules(defaultRulesDir()));
}

/** the URL of a row, from whichever column the vocabulary says holds it */
function urlOf(fields: Record<string, string>): string | null {
  const r = rules();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string' && r.columnOf.get(foldColumn(k)) === 'url' && /^https?:\/\//i.test(v.trim())) return v.trim();
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// streaming text

/**
 * Bytes (any chunking) → text chunks. The encoding is judged on the head (first 64 KB):
 * UTF-8 when valid, else the best legacy Vietnamese reading. Chunks are cut at whitespace so
 * a multi-byte character or a VNI letter+mark pair never straddles two chunks.
 */
async function* decodeStream(source: AsyncIterable<Uint8Array>, warnings: string[]): AsyncGenerator<string> {
  const it = source[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  let done = false;
  while (head.length < 65536) {
    const n = await it.next();
    if (n.done) {
      done = true;
      break;
    }
    head = Buffer.concat([head, Buffer.from(n.value)]);
  }
  const encoding = detectEncoding(head, done);
  if (encoding !== 'utf-8') warnings.push(`decoded as ${encoding}`);
  const decodeChunk = chunkDecoder(encoding);
  let carry: Buffer = Buffer.alloc(0);
  const emit = function* (buf: Buffer, final: boolean): Generator<string> {
    let data = carry.length ? Buffer.concat([carry, buf]) : buf;
    if (!final) {
      let cut = data.length;
      while (cut > 0 && data[cut - 1] !== 0x0a && data[cut - 1] !== 0x20) cut--;
      if (cut === 0) cut = data.length > 1 << 20 ? data.length : 0; // no whitespace in 1 MB: give up carrying
      carry = data.subarray(cut);
      data = data.subarray(0, cut);
    } else carry = Buffer.alloc(0);
    if (data.length) yield decodeChunk(data);
  };
  yield* emit(head, done);
  while (!done) {
    const n = await it.next();
    if (n.done) break;
    yield* emit(Buffer.from(n.value), false);
  }
  yield* emit(Buffer.alloc(0), true);
}

function chunkDecoder(encoding: string): (b: Buffer) => string {
  if (encoding === 'utf-8') {
    const td = new TextDecoder('utf-8');
    return (b) => repairMojibake(td.decode(b, { stream: true }));
  }
  const legacy = legacyCodecFor(encoding);
  if (legacy) return (b) => legacy.decode(b).normalize('NFC');
  return (b) => iconv.decode(b, encoding).normalize('NFC');
}

async function* lines(text: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of text) {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop()!;
    for (const p of parts) yield p.replace(/\r$/, '');
  }
  if (rest) yield rest.replace(/\r$/, '');
}

// ---------------------------------------------------------------------------------------
// CSV / TSV / PSV

function sniffDelimiter(header: string, format: Exclude<RowFormat, 'jsonl'>): string {
  const count = (d: string) => {
    let n = 0;
    let quoted = false;
    for (const ch of header) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) n++;
    }
    return n;
  };
  const preferred = DEFAULT_DELIMITER[format];
  if (count(preferred) > 0) return preferred;
  let best = preferred;
  let bestN = 0;
  for (const d of [',', '\t', '|', ';']) {
    const n = count(d);
    if (n > bestN) {
      best = d;
      bestN = n;
    }
  }
  return best;
}

/** Stream a delimited file: one unit per data row, broken rows as error units. */
export async function* readDelimited(path: string, source: AsyncIterable<Uint8Array>, format: Exclude<RowFormat, 'jsonl'>): AsyncGenerator<InputUnit> {
  const warnings: string[] = [];
  const text = decodeStream(source, warnings)[Symbol.asyncIterator]();
  const first = await text.next();
  if (first.done || !first.value.trim()) {
    yield { path, row: null, url: null, kind: 'row', readError: { stage: 'input', message: 'empty file' } };
    return;
  }
  const headerLine = first.value.replace(/^\ufeff/, '').split('\n', 1)[0]!;
  const delimiter = sniffDelimiter(headerLine, format);

  let n = 0;
  const pending: InputUnit[] = [];
  const parser = parse({
    delimiter,
    bom: true,
    columns: (header: string[]) => header.map((h, i) => (h ?? '').replace(/^\ufeff/, '').trim() || `column${i + 1}`),
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: Error | undefined) => {
      n++;
      pending.push({ path, row: n, url: null, kind: 'row', readError: { stage: 'input', message: `row ${n}: ${err?.message ?? 'could not be read'}` } });
      return undefined;
    },
    on_record: (record: Record<string, string>) => {
      n++;
      return { row: n, record };
    },
  });

  // feed the parser from the decoded text, without waiting for it to be read to the end
  const feed = (async () => {
    try {
      if (!parser.write(first.value)) await onceDrain(parser);
      for (;;) {
        const c = await text.next();
        if (c.done) break;
        if (!parser.write(c.value)) await onceDrain(parser);
      }
      parser.end();
    } catch (e) {
      parser.destroy(e as Error);
    }
  })();

  try {
    for await (const item of parser as AsyncIterable<{ row: number; record: Record<string, string> }>) {
      while (pending.length && pending[0]!.row! < item.row) yield pending.shift()!;
      const fields = withWarnings(item.record, warnings);
      yield { path, row: item.row, url: urlOf(fields), kind: 'row', fields };
    }
  } catch (e) {
    n++;
    pending.push({ path, row: n, url: null, kind: 'row', readError: { stage: 'input', message: `row ${n}: ${(e as Error).message}` } });
  }
  await feed.catch(() => undefined);
  while (pending.length) yield pending.shift()!;
}

function onceDrain(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise((res) => stream.once('drain', () => res()));
}

function withWarnings(fields: Record<string, string>, warnings: string[]): Record<string, string> {
  return warnings.length ? { ...fields, [WARNINGS_FIELD]: warnings.join('\n') } : fields;
}

// ---------------------------------------------------------------------------------------
// JSON Lines

/** a JSON value as a field string: arrays of names joined with ", ", objects as JSON */
function fieldString(v: unknown): string {
  if (v == null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'object' && x !== null ? (x as { name?: string }).name ?? JSON.stringify(x) : String(x))).join(', ');
  if (typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  return JSON.stringify(v);
}

export async function* readJsonl(path: string, source: AsyncIterable<Uint8Array>): AsyncGenerator<InputUnit> {
  const warnings: string[] = [];
  let row = 0;
  for await (const raw of lines(decodeStream(source, warnings))) {
    const line = raw.replace(/^\ufeff/, '').trim();
    if (!line) continue;
    row++;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      yield { path, row, url: null, kind: 'row', readError: { stage: 'input', message: `row ${row}: not valid JSON (${(e as Error).message})` } };
      continue;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      yield { path, row, url: null, kind: 'row', readError: { stage: 'input', message: `row ${row}: expected a JSON object` } };
      continue;
    }
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) fields[k] = fieldString(v);
    // one level of nesting ({"meta": {"title": …}}): inner keys count too, unless already present
    for (const v of Object.values(obj as Record<string, unknown>)) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
      for (const [k2, v2] of Object.entries(v as Record<string, unknown>)) if (!(k2 in fields)) fields[k2] = fieldString(v2);
    }
    const f = withWarnings(fields, warnings);
    yield { path, row, url: urlOf(f), kind: 'row', fields: f };
  }
}

/** Stream a row file of the given format. */
export function readRowStream(path: string, source: AsyncIterable<Uint8Array>, format: RowFormat): AsyncGenerator<InputUnit> {
  return format === 'jsonl' ? readJsonl(path, source) : readDelimited(path, source, format);
}

// ---------------------------------------------------------------------------------------
// key-value text

/** true when a text file is a key-value dump ("Title: …" / "Content: …" lines) rather than a page dump */
export function looksLikeKeyValue(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  const ls = head.split(/\r?\n/).filter((l) => l.trim()).slice(0, 30);
  if (!ls.length) return false;
  const kv = rules().kvKey;
  if (!kv.match(ls[0]!)) return false;
  const keys = new Set<string>();
  const fields = new Set<string>();
  for (const l of ls) {
    const k = kv.match(l);
    if (!k) continue;
    keys.add(foldColumn(k.key));
    fields.add(rules().columnOf.get(foldColumn(k.key)) ?? '');
  }
  // a page dump may open with "Thời gian: …" and hold "Nguồn: …": a dump names its title or content
  return keys.size >= 2 && (fields.has('title') || fields.has('content'));
}

/** Split key-value text into records (field name as written → value). */
export function parseKeyValue(text: string): Record<string, string>[] {
  const r = rules();
  const records: Record<string, string>[] = [];
  let cur: Record<string, string> | null = null;
  let curKey: string | null = null;
  let firstKey: string | null = null;
  let inContent = false;
  for (const line of text.split(/\r?\n/)) {
    const m = r.kvKey.match(line);
    if (m) {
      const key = m.key.trim();
      const fold = foldColumn(key);
      const startsRecord = !cur || fold === firstKey || (!inContent && cur[key] !== undefined);
      if (startsRecord || !inContent) {
        if (startsRecord) {
          if (cur) records.push(cur);
          cur = {};
          firstKey = fold;
          inContent = false;
        }
        cur![key] = line.slice(m.valueStart);
        curKey = key;
        if (r.columnOf.get(fold) === 'content') inContent = true;
        continue;
      }
    }
    if (cur && curKey) cur[curKey] += '\n' + line;
  }
  if (cur) records.push(cur);
  return records;
}

export function* readKeyValue(path: string, bytes: Uint8Array): Generator<InputUnit> {
  let text: string;
  let warnings: string[];
  try {
    const d = decodeBytes(bytes, { kind: 'text' });
    text = d.text;
    warnings = d.warnings;
  } catch (e) {
    yield { path, row: null, url: null, kind: 'row', readError: { stage: 'decode', message: (e as Error).message } };
    return;
  }
  const records = parseKeyValue(text);
  const single = records.length === 1;
  let row = 0;
  for (const rec of records) {
    row++;
    const fields = withWarnings(rec, warnings);
    yield { path, row: single ? null : row, url: urlOf(fields), kind: 'row', fields };
  }
}

/** bytes → units, for callers that already hold a whole row file in memory */
export async function* readRowFile(path: string, bytes: Uint8Array, format?: RowFormat): AsyncGenerator<InputUnit> {
  if (!format) {
    yield* readKeyValue(path, bytes);
    return;
  }
  yield* readRowStream(path, (async function* () {
    yield bytes;
  })(), format);
}
