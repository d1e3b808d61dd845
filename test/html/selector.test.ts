import { describe, it, expect } from 'vitest';
import { load } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { compileSelector, matches, SelectorError } from '../../src/parse/html/selector.js';
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
