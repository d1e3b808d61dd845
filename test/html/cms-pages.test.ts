/**
 * Pages from off-the-shelf CMSs (Joomla and the like) that provincial papers run: the
 * headline in an <h2 itemprop="headline">, the site told only by <base href>, the CMS
 * account ("Super User") as the metadata author, a team credit ("Nhóm PV") as the byline.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { parseHtml } from '../../src/parse/html/index.js';
import { normaliseText } from '../../src/normalise/text.js';
import type { ParsedDoc } from '../../src/types.js';

const rules = loadRules();
const parse = (html: string): ParsedDoc => parseHtml(normaliseText(html), rules, null);
const kinds = (d: ParsedDoc, k: string) => d.blocks.filter((b) => b.kind === k).map((b) => b.text);
const meta = (d: ParsedDoc, field: string) => d.meta.filter((m) => m.field === field).map((m) => m.value);

const P = [
  'Chiều 4/9, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác phòng chống thiên tai 8 tháng, triển khai nhiệm vụ những tháng cuối năm.',
  'Từ đầu năm, trên địa bàn xảy ra 5 đợt mưa lớn làm hư hỏng 37 ngôi nhà, sạt lở 2,4 km đường giao thông liên xã, thiệt hại khoảng 6 tỷ đồng.',
  'Lãnh đạo huyện yêu cầu các xã rà soát phương án di dời dân ở vùng nguy cơ sạt lở, chuẩn bị đủ lương thực và phương tiện cứu hộ.',
];

function joomla(opts: { head?: string; byline?: string; author?: string }): string {
  return `<html><head><meta charset="utf-8">${opts.head ?? ''}<meta name="author" content="${opts.author ?? 'Super User'}">
  <title>Sơ kết phòng chống thiên tai</title></head><body>
  <header class="header"><a class="brand" href="/"><img src="/logo.png" alt="logo"></a></header>
  <div class="item-page" itemscope itemtype="https://schema.org/Article">
   <div class="page-header"><h2 itemprop="headline">Huyện sơ kết công tác phòng chống thiên tai 8 tháng</h2></div>
   <dl class="article-info"><dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">${opts.author ?? 'Super User'}</span></dd>
   <dd class="published"><time datetime="2025-09-04T17:00:00+07:00" itemprop="datePublished">Đăng ngày: 04/09/2025</time></dd></dl>
   <div itemprop="articleBody">${P.map((p) => `<p>${p}</p>`).join('')}${opts.byline ?? ''}</div>
  </div></body></html>`;
}

describe('CMS pages', () => {
  it('an <h2 itemprop="headline"> is the visible headline when the page has no <h1>', () => {
    const d = parse(joomla({}));
    expect(kinds(d, 'title')).toEqual(['Huyện sơ kết công tác phòng chống thiên tai 8 tháng']);
    expect(d.warnings).toEqual([]);
  });

  it('<base href> tells the site when the page has no canonical address or site name', () => {
    expect(meta(parse(joomla({ head: '<base href="https://baoyenbai.com.vn/tin-tuc/kinh-te/bai-viet">' })), 'outlet')).toEqual(['Báo Yên Bái']);
    // it is never taken for the record's own address
    expect(meta(parse(joomla({ head: '<base href="https://baoyenbai.com.vn/">' })), 'url')).toEqual([]);
  });

  it('a CMS account named as the author is no author; a real name is kept', () => {
    expect(meta(parse(joomla({})), 'author')).toEqual([]);
    expect(meta(parse(joomla({ author: 'admin' })), 'author')).toEqual([]);
    expect(meta(parse(joomla({ author: 'Lê Minh Thư' })), 'author')).toContain('Lê Minh Thư');
  });

  it('a team credit alone on the closing line ("Nhóm PV", "PV") is a byline; a bare label ("Ảnh:") is not', () => {
    expect(kinds(parse(joomla({ byline: '<p style="text-align:right"><strong>Nhóm PV</strong></p>' })), 'byline')).toEqual(['Nhóm PV']);
    expect(kinds(parse(joomla({ byline: '<p style="text-align:right"><strong>PV</strong></p>' })), 'byline')).toEqual(['PV']);
    const bare = parse(joomla({ byline: '<p style="text-align:right"><strong>Ảnh:</strong></p>' }));
    expect(kinds(bare, 'byline')).toEqual([]);
  });
});
