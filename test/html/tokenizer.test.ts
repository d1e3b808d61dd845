import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode } from 'domhandler';
import { fastTokenizerInUse, parseDom, parseDomStock } from '../../src/parse/html/tokenizer.js';
import { FIXTURES, HAS_SHARED, SHARED } from '../shared.js';

/** A tree as plain data: type, name, attributes, text, children. */
function shape(n: AnyNode): unknown {
  const x = n as unknown as { type: string; name?: string; attribs?: Record<string, string>; data?: string; children?: AnyNode[] };
  return [x.type, x.name ?? null, x.attribs ?? null, x.data ?? null, (x.children ?? []).map(shape)];
}
const same = (html: string) => expect(shape(parseDom(html))).toEqual(shape(parseDomStock(html)));

/** Markup that walks the tokenizer through every state the fast paths touch. */
const AWKWARD = [
  '<p>plain text & more &amp; &lt;b&gt; &#7897; &#x1EA1; &notanentity; &amp</p>',
  '<p>text at the end with an entity &amp',
  '<p>text at the end with a bare ampersand &',
  'text < not a tag <3 and a<b>bold</b> & end',
  '<div class=a id="b" data-x=\'c&amp;d\' hidden title="x &quot;y&quot; & z">v</div>',
  '<a href="/x?a=1&b=2&amp;c=3">link</a><img src=a.jpg alt=\'x\'/>',
  '<script>var s = "</scr" + "ipt>"; if (a < b && c) {}</script><p>after</p>',
  '<script type="application/ld+json">{"headline":"A &amp; B","x":"<p>"}</script>',
  '<style>p > a { color: red } /* </sty */</style><p>x</p>',
  '<!-- a comment with <p>tags</p> and -- dashes ---><p>after</p>',
  '<!----><!-->short<p>x</p><![CDATA[ data ]]><!DOCTYPE html><?xml version="1.0"?>',
  '<title>A &amp; B &lt; C</title><textarea>x &amp; <b>y</b></textarea>',
  '<P CLASS="Upper">Upper <B>case</B></P><BR/><br>',
  '<ul><li>one<li>two</ul><p>one<p>two<div>three</div>',
  '<table><tr><td>a<td>b<tr><td>c</table>',
  '<div\nclass="multi\nline"\tid=x>t</div ><p/>',
  '<p>unterminated attribute <a href="x>y</a> more text',
  '<p>unterminated comment <!-- never closed',
  '<script>never closed',
  '<p>Ðà Nẵng\u00a0\u200b text\r\nwith CRLF\ttab</p>',
  '',
  '&',
  '<',
  'x',
];

describe('fast tokenizer', () => {
  it('is in use with this htmlparser2', () => {
    expect(fastTokenizerInUse).toBe(true);
  });

  it('builds the stock tree on awkward markup', () => {
    for (const h of AWKWARD) same(h);
    same(AWKWARD.join('\n'));
  });

  it('builds the stock tree on random mixes of markup pieces', () => {
    const pieces = ['<', '>', '&', '&amp;', '&#', '&#x41;', ';', '"', "'", '=', '/', '!', '-', '--', ']]>', ' ', '\n', 'a', 'Đà', 'p', 'div', 'script', 'style', 'title', '<p', '</p>', '<a href="', '<div class=', '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<title>', '</title>', 'x="y"'];
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 2000; k++) {
      let h = '';
      const len = 1 + rnd(40);
      for (let i = 0; i < len; i++) h += pieces[rnd(pieces.length)];
      same(h);
    }
  });

  it('builds the stock tree on the HTML fixtures', () => {
    const dir = join(FIXTURES, 'html');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) same(readFileSync(join(dir, f), 'utf8'));
  });

  it.skipIf(!HAS_SHARED)('builds the stock tree on the saved corpus pages', () => {
    const dir = join(SHARED, 'corpus', 'html');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html'))) same(readFileSync(join(dir, f), 'utf8'));
  });
});
