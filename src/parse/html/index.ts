import type { ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';

// PLACEHOLDER (scaffold): HTML page → blocks + metadata candidates. Owner replaces.
export function parseHtml(html: string, _rules: Rules, _url: string | null): ParsedDoc {
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n');
  const blocks = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
  return { format: 'html', blocks, meta: [], warnings: [] };
}
