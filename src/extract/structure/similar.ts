import { foldKey } from '../../normalise/text.js';

/**
 * Pages often print a caption twice with small differences: with and without its closing
 * period, "Bà Rịa-Vũng Tàu" / "Bà Rịa - Vũng Tàu", "Hoà"/"Hòa". Two captions are the same
 * when their words are: the comparison key keeps only letters and digits (tone placement
 * folded, lower case). A character-similarity score is NOT used here on purpose: two real
 * captions of one event often differ by a single name ("… dâng hương lên Chủ tịch A" /
 * "… lên Chủ tịch B") and must both be kept.
 */
export function captionKey(text: string): string {
  // punctuation out first, so that tone folding sees whole words ("Rịa-Vũng" is two)
  return foldKey(text.normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, ' '));
}

/** keep each caption once: a later one with the same words as an earlier one is dropped */
export function dedupeCaptions(items: readonly string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const t of items) {
    const k = captionKey(t);
    if (seen.has(k)) continue;
    seen.add(k);
    kept.push(t);
  }
  return kept;
}
