import type { InputUnit } from '../types.js';

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** "16MB", "512k", "2 GiB", "1000" → bytes. Throws on anything else. */
export function parseSize(s: string | number): number {
  if (typeof s === 'number') return s;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(i?b?)\s*$/i.exec(s);
  if (!m) throw new Error(`not a size: "${s}" (use e.g. 16MB, 512KB, 1000000)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * mult);
}

/** Bytes of one unit: its raw bytes, or the UTF-8 size of its row fields. */
export function unitBytes(u: InputUnit): number {
  if (u.bytes) return u.bytes.byteLength;
  if (!u.fields) return 0;
  let chars = 0;
  for (const k in u.fields) chars += k.length + (u.fields[k]?.length ?? 0);
  return chars;
}

/**
 * A unit over the limit becomes an error unit (stage 'input') and drops its content, so
 * one huge page or row cannot stall a worker or blow the heap. Row sizes are counted in
 * UTF-16 units first (cheap) and measured exactly only near the limit.
 */
export function capUnit(u: InputUnit, maxBytes: number): InputUnit {
  if (u.readError) return u;
  let size = unitBytes(u);
  if (!u.bytes && size * 3 > maxBytes) {
    size = 0;
    for (const k in u.fields ?? {}) size += Buffer.byteLength(k) + Buffer.byteLength(u.fields![k] ?? '');
  }
  if (size <= maxBytes) return u;
  return {
    path: u.path,
    row: u.row,
    url: u.url,
    kind: u.kind,
    readError: { stage: 'input', message: `article is ${fmtBytes(size)}, over the size limit of ${fmtBytes(maxBytes)} (--max-size)` },
  };
}

export function fmtBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
