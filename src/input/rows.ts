import type { InputUnit } from '../types.js';

// PLACEHOLDER (scaffold): row dumps (CSV/TSV/PSV/JSONL/key-value) → one InputUnit per row. Owner replaces.
export function* readRowFile(path: string, bytes: Uint8Array): Generator<InputUnit> {
  const text = new TextDecoder().decode(bytes);
  if (path.endsWith('.jsonl')) {
    let row = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      row++;
      yield { path, row, url: null, kind: 'row', fields: JSON.parse(line) };
    }
  }
}

/** true when a .txt file is a key-value dump ("Title: …" / "Content: …" lines) rather than a page dump */
export function looksLikeKeyValue(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 400));
  return /^\s*Title:/m.test(head) && /^\s*(Content|Published Date|Source):/m.test(new TextDecoder().decode(bytes));
}
