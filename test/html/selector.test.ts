import { describe, it, expect } from 'vitest';
import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDom } from '../../src/parse/html/tokenizer.js';
import { FIXTURES } from '../shared.js';
import { compileSelector, matches, SelectorError, SelectorIndex } from '../../src/parse/html/selector.js';
import { loadRules } from '../../src/rules/index.js';
import { compileOutletRules, OutletRulesFile } from '../../src/parse/html/rules.js';
import { RulesError } from '../../src/rules/load.js';

const html = `<div id="main" class="article detail"><p class="Normal">a</p><p class="Normal" style="text-align:right;">b</p>
  <div class="box"><p class="Normal">c</p></div><span data-role="publishdate">d</span></div><p class="Normal">e</p>`;
const $ = load(html);
const all = $('*').toArray() as Element[];
const texts = (sel: string) => all.filter((e) => matches(e, compileSelector(sel))).map((e) => $(e).text().trim().slice(0, 1));

describe('profile selectors (css-select)', () => {
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
  it('takes any CSS css-select knows: pseudo-classes, attribute flags, :has()', () => {
    expect(texts('div.article > p:first-child')).toEqual(['a']);
    expect(texts('p.Normal:not([style])')).toEqual(['a', 'c', 'e']);
    expect(texts('div.article > p:nth-child(2)')).toEqual(['b']);
    expect(texts('div:has(> span)')).toEqual(['a']);
    expect(texts('[data-role=PUBLISHDATE i]')).toEqual(['d']);
    expect(texts('p.normal')).toEqual([]); // class names keep their case
    expect(texts(':is(.box, #nothing) p')).toEqual(['c']);
  });
  it('matches what cheerio\'s $(sel) matches, for every outlet profile selector on the HTML fixtures', () => {
    const dir = join(FIXTURES, 'html');
    let hits = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) {
      const doc = parseDom(readFileSync(join(dir, f), 'utf8'));
      const $d = load(doc);
      const els = $d('*').toArray() as Element[];
      for (const p of loadRules().outlets.profiles) {
        for (const sel of Object.values(p.selectors ?? {})) {
          const want = new Set($d(sel!.source).toArray());
          expect(els.filter((e) => matches(e, sel!))).toEqual(els.filter((e) => want.has(e)));
          hits += want.size;
        }
      }
    }
    expect(hits).toBeGreaterThan(10);
  });
  it('an index over selectors with an explicit case flag or no cheap subject still finds them', () => {
    const lists = ['[class~=BOX i] p', ':not(p)', 'P.Normal', '#main > *'].map(compileSelector);
    const idx = new SelectorIndex(lists);
    for (const e of all) expect(idx.match(e)).toBe(lists.reduce((b, l, i) => (matches(e, l) ? b | (1 << i) : b), 0));
    expect(all.filter((e) => idx.match(e) & 1).length).toBe(1);
  });
  it('rejects what css-select cannot compile, and a rules file holding it', () => {
    for (const bad of ['p:first', 'p:eq(1)', 'div::after', 'div >', 'h1, ', '[', 'a[href']) expect(() => compileSelector(bad), bad).toThrow(SelectorError);
    const file = { generic: minimalGeneric(), outlets: [{ name: 'X', domains: ['x.vn'], selectors: { body: '.content', title: 'h1.title:first' } }] };
    const r = OutletRulesFile.safeParse(file);
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toMatch(/selectors.*title|title.*:first/);
    expect(OutletRulesFile.safeParse({ ...file, outlets: [{ name: 'X', selectors: { title: 'h1.title:first-of-type' } }] }).success).toBe(true);
    expect(() => compileOutletRules({ ...file, outlets: [{ ...file.outlets[0], aliases: [], agencyCodes: [], tagImpliesOutlet: true, domains: [] }] } as never)).toThrow(RulesError);
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
