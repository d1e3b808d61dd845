import type { ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';

// PLACEHOLDER (scaffold): one row of a row dump (column → value) → blocks + meta. Owner replaces.
export function parseRow(fields: Record<string, string>, _rules: Rules, _columnMap?: Record<string, string>): ParsedDoc {
  const meta = [];
  if (fields.title) meta.push({ field: 'title' as const, value: fields.title, origin: 'column' });
  const blocks = (fields.content ?? '').split('\n').filter(Boolean).map((t) => ({ kind: 'paragraph' as const, text: t }));
  return { format: 'row', blocks, meta, warnings: [] };
}
