import type { ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';

/** The record fields read off the block stream (no domain extraction). */
export interface StructureFields {
  title: string | null;
  kicker: string | null;
  lead: string | null;
  paragraphs: string[];
  captions: string[];
  authors: string[];
  photoCredits: string[];
  outlet: string | null;
  agencyCode: string | null;
  warnings: string[];
}

// PLACEHOLDER (scaffold): owner replaces.
export function extractStructure(doc: ParsedDoc, _rules: Rules, _source: { path: string; url: string | null }): StructureFields {
  const title = doc.blocks.find((b) => b.kind === 'title')?.text ?? doc.meta.find((m) => m.field === 'title')?.value ?? null;
  const paragraphs = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'lead' || b.kind === 'heading').map((b) => b.text);
  return { title, kicker: null, lead: null, paragraphs, captions: [], authors: [], photoCredits: [], outlet: null, agencyCode: null, warnings: [] };
}
