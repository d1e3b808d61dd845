import type { ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';

// PLACEHOLDER (scaffold): plain-text page dump → blocks. Owner replaces.
export function parseText(text: string, _rules: Rules): ParsedDoc {
  const blocks = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t, i) => ({ kind: i === 0 ? ('title' as const) : ('paragraph' as const), text: t, origin: `line ${i + 1}` }));
  return { format: 'text', blocks, meta: [], warnings: [] };
}
