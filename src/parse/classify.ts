import type { ParsedDoc } from '../types.js';
import type { Rules } from '../rules/index.js';

export type Classification = { article: true } | { article: false; reason: string };

// PLACEHOLDER (scaffold): tell articles from listings, block pages, profiles… Owner replaces.
export function classifyDoc(doc: ParsedDoc, _rules: Rules): Classification {
  const words = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'lead').map((b) => b.text).join(' ');
  if (words.trim().length === 0) return { article: false, reason: 'no article text' };
  return { article: true };
}
