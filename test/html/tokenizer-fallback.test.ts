import { describe, it, expect, vi, afterAll } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../src/parse/html/index.js';
import { fastTokenizerInUse } from '../../src/parse/html/tokenizer.js';
import { loadRules } from '../../src/rules/index.js';
import { FIXTURES, HAS_SHARED, SHARED } from '../shared.js';

/**
 * The fast tokenizer leans on htmlparser2 internals. Here a later htmlparser2 is faked
 * whose Tokenizer no longer has the overridden method names: the parser must notice,
 * fall back to the stock tokenizer, and give the same blocks and metadata.
 */
async function loadWithRenamedInternals() {
  vi.resetModules();
  vi.doMock('htmlparser2', async (importOriginal) => {
    const real = await importOriginal<typeof import('htmlparser2')>();
    class Renamed extends real.Tokenizer {}
    for (const k of ['stateText', 'handleInAttributeValue', 'fastForwardTo']) Object.defineProperty(Renamed.prototype, k, { value: undefined });
    return { ...real, Tokenizer: Renamed };
  });
  const tok = await import('../../src/parse/html/tokenizer.js');
  const html = await import('../../src/parse/html/index.js');
  return { inUse: tok.fastTokenizerInUse, parseHtml: html.parseHtml };
}

afterAll(() => {
  vi.doUnmock('htmlparser2');
  vi.resetModules();
});

describe('stock tokenizer fallback', () => {
  it('is taken when the internals are gone, and gives identical blocks and metadata', async () => {
    expect(fastTokenizerInUse).toBe(true);
    const stock = await loadWithRenamedInternals();
    expect(stock.inUse).toBe(false);
    const rules = loadRules();
    const pages: string[] = [];
    const fx = join(FIXTURES, 'html');
    for (const f of readdirSync(fx).filter((x) => x.endsWith('.html'))) pages.push(join(fx, f));
    if (HAS_SHARED) {
      const dir = join(SHARED, 'corpus', 'html');
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) pages.push(join(dir, f));
    }
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      const src = readFileSync(p, 'utf8');
      const fast = parseHtml(src, rules, null);
      expect(fast.blocks.length, p).toBeGreaterThan(0);
      expect(stock.parseHtml(src, rules, null), p).toEqual(fast);
    }
  });
});
