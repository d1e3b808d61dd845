/**
 * Bytes → string, for HTML pages and text dumps (and key-value row files).
 *
 * Order of evidence: a BOM; the HTTP charset; `<meta charset>` / `http-equiv` (HTML); else
 * sniffing. Valid UTF-8 is taken as UTF-8, but still checked for double-encoded UTF-8
 * ("Nhá»¯ng" for "Những"), which is repaired run by run when the repaired text reads better.
 * Anything else is decoded with each legacy Vietnamese encoding (Windows-1258, TCVN3,
 * VNI-Windows, VISCII) and Windows-1252, and the reading with the largest share of valid
 * Vietnamese syllables wins; a warning names the encoding found. Pages that declare a
 * Western charset (ISO-8859-1, Windows-1252) are sniffed the same way, because legacy
 * Vietnamese font encodings were usually served under those labels.
 */
import iconv from 'iconv-lite';
import { legacyCodecs, legacyCodecFor } from './encodings/tables.js';
import { vietnameseScore } from './encodings/vietnamese.js';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  kind: 'html' | 'text';
  httpCharset?: string | null;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** labels that mean "some Western single-byte code page": legacy Vietnamese fonts hid behind them */
const WESTERN = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'windows-1252', 'cp1252', 'us-ascii', 'ascii', 'iso-8859-15']);
const W1258 = new Set(['windows-1258', 'cp1258', 'win1258', 'windows1258']);

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  const bom = decodeBom(bytes);
  if (bom) return bom;
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  if (looksBinary(bytes)) throw new DecodeError('binary content (NUL bytes or control characters), not text');

  const declared = normaliseLabel(opts.httpCharset ?? (opts.kind === 'html' ? sniffMetaCharset(bytes) : null));
  const warnings: string[] = [];

  if (declared && declared !== 'utf-8' && !WESTERN.has(declared)) {
    const legacy = decodeLegacyLabel(bytes, declared);
    if (legacy) return legacy;
    if (iconv.encodingExists(declared)) return { text: iconv.decode(Buffer.from(bytes), declared).normalize('NFC'), encoding: declared, warnings };
    warnings.push(`unknown charset "${declared}" declared; sniffed instead`);
  }

  if (!declared || declared === 'utf-8') {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) return repairIfBetter(utf8, warnings);
    if (declared === 'utf-8') warnings.push('declared UTF-8 but the bytes are not valid UTF-8');
  }

  const best = sniffLegacy(bytes, declared && WESTERN.has(declared) ? declared : null);
  if (best.encoding !== declared) warnings.push(`decoded as ${best.encoding}`);
  return { text: best.text, encoding: best.encoding, warnings };
}

function decodeBom(bytes: Uint8Array): Decoded | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryUtf8(bytes.subarray(3));
    if (text === null) throw new DecodeError('UTF-8 byte order mark, but the bytes are not valid UTF-8');
    return repairIfBetter(text, []);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', warnings: [] };
  return null;
}

/** UTF-16 without a BOM: NUL bytes in (nearly) every other position of the head */
function sniffUtf16(bytes: Uint8Array): Decoded | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.4 && even < half * 0.05) return { text: iconv.decode(Buffer.from(bytes), 'utf-16le'), encoding: 'utf-16le', warnings: ['decoded as UTF-16LE (no byte order mark)'] };
  if (even > half * 0.4 && odd < half * 0.05) return { text: iconv.decode(Buffer.from(bytes), 'utf-16be'), encoding: 'utf-16be', warnings: ['decoded as UTF-16BE (no byte order mark)'] };
  return null;
}

/** NUL bytes, or many C0 controls other than whitespace (and the six VISCII uses), in the head */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x02 && b !== 0x05 && b !== 0x06 && b !== 0x14 && b !== 0x19 && b !== 0x1e && b !== 0x1b) controls++;
  }
  return controls > n * 0.02 + 2;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

function normaliseLabel(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (W1258.has(l)) return 'windows-1258';
  if (l === 'cp1252' || l === 'windows1252') return 'windows-1252';
  return l;
}

/** charset from `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the head */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  return m ? m[1]! : null;
}

function decodeLegacyLabel(bytes: Uint8Array, label: string): Decoded | null {
  if (label === 'windows-1258') return { text: decode1258(bytes), encoding: 'windows-1258', warnings: [] };
  const codec = legacyCodecFor(label);
  if (!codec) return null;
  return { text: codec.decode(bytes).normalize('NFC'), encoding: codec.name, warnings: [] };
}

function decode1258(bytes: Uint8Array): string {
  // Windows-1258 writes tones as combining marks after the base letter: compose them
  return iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC');
}

/** every candidate decoding, scored; the best one wins (ties keep the earlier candidate) */
function sniffLegacy(bytes: Uint8Array, declaredWestern: string | null): { text: string; encoding: string } {
  const candidates: { encoding: string; decode: () => string }[] = [
    // UTF-8 with a few broken bytes (a cut character) still reads best as UTF-8
    { encoding: 'utf-8 (invalid bytes replaced)', decode: () => new TextDecoder('utf-8').decode(bytes) },
    { encoding: 'windows-1258', decode: () => decode1258(bytes) },
    ...legacyCodecs().map((c) => ({ encoding: c.name, decode: () => c.decode(bytes).normalize('NFC') })),
    { encoding: declaredWestern ?? 'windows-1252', decode: () => iconv.decode(Buffer.from(bytes), declaredWestern && iconv.encodingExists(declaredWestern) ? declaredWestern : 'windows-1252') },
  ];
  let best = { text: '', encoding: '', score: -Infinity };
  for (const c of candidates) {
    const text = c.decode();
    const score = vietnameseScore(text);
    if (score > best.score + 1e-9) best = { text, encoding: c.encoding, score };
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// double-encoded UTF-8 ("mojibake"): UTF-8 bytes that were read as Latin-1/Windows-1252
// and written out again as UTF-8. Each character stands for one byte of the original.

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const BYTE_OF = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) BYTE_OF.set(String.fromCharCode(b), b);
for (let i = 0; i < CP1252_HIGH.length; i++) BYTE_OF.set(CP1252_HIGH[i]!, 0x80 + i);

// a lead byte (Â…ô) followed by one or more continuation-byte characters
const MOJIBAKE_RUN = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;
const MOJIBAKE_HINT = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u2020\u2021\u2122\u0153\u0161]/;

/** Undo double-encoded UTF-8 where a run of characters decodes as UTF-8; other text is left alone. */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE_HINT.test(text)) return text;
  return text.replace(MOJIBAKE_RUN, (run) => {
    const bytes: number[] = [];
    for (const ch of run) {
      const b = BYTE_OF.get(ch);
      if (b === undefined) return run;
      bytes.push(b);
    }
    // decode as much as forms valid UTF-8 sequences; keep the rest as written
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      const len = utf8Length(bytes[i]!);
      const seq = len > 1 && i + len <= bytes.length ? bytes.slice(i, i + len) : null;
      const dec = seq && seq.slice(1).every((b) => b >= 0x80 && b <= 0xbf) ? tryUtf8(Uint8Array.from(seq)) : null;
      if (dec !== null) {
        out += dec;
        i += len;
      } else {
        out += run[i]!;
        i++;
      }
    }
    return out;
  });
}

function utf8Length(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

function repairIfBetter(text: string, warnings: string[]): Decoded {
  if (!MOJIBAKE_HINT.test(text)) return { text, encoding: 'utf-8', warnings };
  const repaired = repairMojibake(text);
  if (repaired !== text && vietnameseScore(repaired, 200000) > vietnameseScore(text, 200000)) {
    return { text: repaired, encoding: 'utf-8', warnings: [...warnings, 'repaired double-encoded UTF-8 (mojibake)'] };
  }
  return { text, encoding: 'utf-8', warnings };
}

/**
 * The encoding of a stream, judged on its head: "utf-8" when the head is valid UTF-8 (a
 * character cut at the end of an incomplete head is allowed), else the best legacy reading
 * ("windows-1258", "TCVN3", "VNI-Windows", "VISCII", "windows-1252").
 */
export function detectEncoding(head: Uint8Array, complete: boolean): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  let probe = head;
  if (!complete) {
    // drop a multi-byte sequence the chunk boundary cut
    let k = probe.length;
    let back = 0;
    while (k > 0 && back < 4 && (probe[k - 1]! & 0xc0) === 0x80) {
      k--;
      back++;
    }
    if (k > 0 && probe[k - 1]! >= 0xc0) k--;
    probe = probe.subarray(0, k);
  }
  if (tryUtf8(probe) !== null) return 'utf-8';
  const best = sniffLegacy(probe, null).encoding;
  return best.startsWith('utf-8') ? 'utf-8' : best;
}
