import { describe, it, expect } from 'vitest';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDom } from '../../src/parse/html/tokenizer.js';
import { FIXTURES } from '../shared.js';
import { compileSelector, matches, SelectorError, SelectorIndex } from '../../src/parse/html/selector.js';
import { loadRules } from '../../src/rules/index.js';
import { compileOutletRules } from '../../src/parse/html/rules.js';
import { RulesError } from '../../src/rules/load.js';

const html = `<div id="main" class="article detail"><p class="Normal">a</p><p class="Normal" style="text-align:right;">b</p>
  <div class="box"><p class="Normal">c</p></div><span data-role="publishdate">d</span></div><p class="Normal">e</p>`;
const $ = load(html);
const all = $('*').toArray() as Element[];
const texts = (sel: string) => all.filter((e) => matches(e, compileSelector(sel))).map((e) => $(e).text().trim().slice(0, 1));

describe('profile selector matcher', () => {
  it('matches tags, classes, ids and attribute tests', () => {
    expect(texts('p.Normal')).toEqual(['a', 'b', 'c', 'e']);
    expect(texts('p[style*="right"]')).toEqual(['b']);
    expect(texts('[data-role=publishdate]')).toEqual(['d']);
    expect(texts('#main')).toEqual(['a']);
    expect(texts('div.article.detail')).toEqual(['a']);
  });
  it('tells child from descendant combinators, and reads selector lists', () => {
    expect(texts('div.article > p.Normal')).toEqual(['a', 'b']);
    expect(texts('div.article p.Normal')).toEqual(['a', 'b', 'c']);
    expect(texts('.box p, span')).toEqual(['c', 'd']);
  });
  it('an index over several lists matches exactly what each list matches', () => {
    const lists = ['p.Normal', '#main', 'div.article > p.Normal, span', '[data-role=publishdate]', 'div p', '.box p, .nothing', '*[style]', 'p'].map(compileSelector);
    const idx = new SelectorIndex(lists);
    for (const e of all) {
      const want = lists.reduce((b, l, i) => (matches(e, l) ? b | (1 << i) : b), 0);
      expect(idx.match(e)).toBe(want);
      expect(idx.match(e)).toBe(want); // second time from the class memo
    }
  });
  it('an index over each outlet profile matches what its selectors match, on the HTML fixtures', () => {
    const dir = join(FIXTURES, 'html');
    const els: Element[] = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const rec = (n: AnyNode) => {
        if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') return;
        els.push(n as Element);
        for (const c of (n as Element).children) rec(c);
      };
      for (const c of parseDom(readFileSync(join(dir, f), 'utf8')).children) rec(c);
    }
    let hits = 0;
    for (const p of loadRules().outlets.profiles) {
      const sel = p.selectors;
      if (!sel) continue;
      const roles = Object.keys(sel) as (keyof typeof sel)[];
      const pidx = new SelectorIndex(roles.map((r) => sel[r]));
      for (const e of els) {
        const want = roles.reduce((b, r, i) => (matches(e, sel[r]!) ? b | (1 << i) : b), 0);
        if (want) hits++;
        expect(pidx.match(e)).toBe(want);
      }
    }
    expect(hits).toBeGreaterThan(10); // the fixtures do hold profiled layouts
  });
  it('rejects syntax it does not support instead of matching nothing', () => {
    expect(() => compileSelector('p:first-child')).toThrow(SelectorError);
    expect(() => compileSelector('div >')).toThrow(SelectorError);
    const bad = { generic: minimalGeneric(), outlets: [{ name: 'X', domains: ['x.vn'], aliases: [], agencyCodes: [], tagImpliesOutlet: true, selectors: { body: 'div::after' } }] };
    expect(() => compileOutletRules(bad as never)).toThrow(RulesError);
  });
});

function minimalGeneric() {
  const e: string[] = [];
  return {
    dropTags: ['script'],
    boilerplateClassWords: ['related'],
    boilerplateClassStems: [],
    weakBoilerplateClassWords: e,
    leadClassWords: ['sapo'],
    bylineClassWords: ['author'],
    datelineClassWords: ['date'],
    captionClassWords: ['caption'],
    kickerClassWords: ['kicker'],
    titleClassWords: ['title-detail'],
    dropTextExact: e,
    dropTextPrefix: e,
    relatedMarkers: e,
    bylineCues: e,
    titleSeparators: [' - '],
  };
}
