import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { parseHtml } from '../../src/parse/html/index.js';
import { headElements } from '../../src/parse/html/meta.js';
import { parseDom } from '../../src/parse/html/tokenizer.js';
import { normaliseText } from '../../src/normalise/text.js';
import type { Element } from 'domhandler';
import type { ParsedDoc } from '../../src/types.js';

// The <head> metadata is picked by cheerio (headElements); <meta>/JSON-LD/<link>/<title>
// outside the first <head> are still read by the scan. These pages put tags on both sides,
// in the awkward places real sites use, and check that every one is read once, in order.

const rules = loadRules();
const parse = (html: string, url: string | null = null): ParsedDoc => parseHtml(normaliseText(html), rules, url);
const all = (d: ParsedDoc) => d.meta.filter((m) => m.origin !== 'profile').map((m) => `${m.field}|${m.origin}|${m.value}`);

const P = 'Chiều 12/4, Sở Giao thông vận tải tỉnh tổ chức kiểm tra tiến độ thi công tuyến đường nối hai huyện miền núi, dự kiến thông xe cuối năm.';
const BODY = `<h1>Kiểm tra tiến độ tuyến đường nối hai huyện</h1><div class="detail"><p>${P}</p><p>${P}</p></div>`;
const ld = (headline: string, date: string) =>
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${headline}","datePublished":"${date}"}</script>`;

describe('head metadata through cheerio, body metadata through the scan', () => {
  it('selects meta by property, name or itemprop; skips tags without content or key', () => {
    const els = (html: string) => {
      const doc = parseDom(html);
      const list: Element[] = [];
      const rec = (n: { children?: unknown[] }) => {
        for (const c of (n.children ?? []) as Element[]) if (c.type === 'tag' || c.type === 'script') list.push(c), rec(c);
      };
      rec(doc);
      return headElements(list);
    };
    const h = els(
      `<meta property="og:title" content="A"><meta name="author" content="B"><meta itemprop="headline" content="C">` +
        `<meta name="viewport"><meta content="orphan"><meta charset="utf-8">` +
        `<link rel="stylesheet" href="/s.css"><link rel="Canonical" href=""><link rel="CANONICAL" href="https://a.example/1">` +
        `<title>T</title><script>var x = 1;</script><script type="Application/LD+JSON; charset=utf-8">{}</script>`,
    );
    expect(h.metas.map((e) => e.attribs.content)).toEqual(['A', 'B', 'C']);
    expect(h.canonical.map((e) => e.attribs.href)).toEqual(['https://a.example/1']);
    expect(h.titles).toHaveLength(1);
    expect(h.ld.map((e) => e.attribs.type)).toEqual(['Application/LD+JSON; charset=utf-8']);
  });

  it('head and body tags merge in document order', () => {
    const d = parse(
      `<!DOCTYPE html><html><head><meta property="og:title" content="Tiêu đề đầu trang"><title>Tiêu đề thẻ title</title>` +
        `<link rel="canonical" href="https://baomau.example/tin-1.html">${ld('Tiêu đề JSON đầu', '2025-04-12T15:00:00+07:00')}</head>` +
        `<body>${BODY}<meta itemprop="datePublished" content="2025-04-12T15:30:00+07:00"><meta name="author" content="Hoàng Nam">` +
        `<link rel="canonical" href="https://khac.example/x">${ld('Tiêu đề JSON thân', '2025-04-13T08:00:00+07:00')}</body></html>`,
    );
    expect(all(d)).toEqual([
      'title|jsonld|Tiêu đề JSON đầu',
      'published|jsonld|2025-04-12T15:00:00+07:00',
      'title|og|Tiêu đề đầu trang',
      'published|meta|2025-04-12T15:30:00+07:00',
      'author|meta|Hoàng Nam',
      'url|meta|https://baomau.example/tin-1.html',
      'title|meta|Tiêu đề thẻ title',
    ]);
  });

  it('tags before <head>, inside <noscript>/<template>/<svg>, and in a second <head>', () => {
    const d = parse(
      `<meta name="description" content="Mô tả trước head"><html><head>` +
        `<noscript><meta name="author" content="Ẩn trong noscript"></noscript><template><link rel="canonical" href="https://t.example/"></template>` +
        `<svg><title>Biểu tượng</title></svg><title>Tiêu đề thật</title><meta name="author" content="Lê Thu">` +
        `<head><meta name="keywords" content="giao thông, miền núi"></head></head>` +
        `<head><meta name="source" content="Báo Đầu Hai"></head><body>${BODY}</body></html>`,
    );
    expect(all(d)).toEqual([
      'description|meta|Mô tả trước head',
      'author|meta|Lê Thu',
      'tags|meta|giao thông, miền núi',
      'outlet|meta|Báo Đầu Hai',
      'title|meta|Tiêu đề thật',
    ]);
  });

  it('a page without <head> still has its metadata read', () => {
    const d = parse(`<meta property="og:title" content="Không có head"><title>Tiêu đề trần</title><body>${BODY}</body>`);
    expect(all(d)).toEqual(['title|og|Không có head', 'title|meta|Tiêu đề trần']);
  });

  it('a <body> opening inside <head> sees the head tags read so far (the outlet is decided then)', () => {
    // og:site_name before the stray <body> names the outlet; the tags after it are read too
    const d = parse(
      `<html><head><div><meta property="og:site_name" content="VnExpress"><body>${BODY}` +
        `<meta name="author" content="Phạm Hà"></body></div></head></html>`,
    );
    expect(d.meta.filter((m) => m.origin === 'profile').map((m) => m.value)).toEqual(['VnExpress']);
    expect(all(d)).toEqual(['outlet|og|VnExpress', 'author|meta|Phạm Hà']);
  });
});
