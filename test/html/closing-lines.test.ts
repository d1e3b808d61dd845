/**
 * Closing bylines and picture captions as pages without a layout profile print them:
 * a name with its agency or desk ("Nguyễn An (TTXVN)", "Hồng Nhung/Báo Tin tức"), an
 * e-mail beside the name, a team credit with a note ("PV (tổng hợp)"), a source credit
 * ("Nguồn: Cổng TTĐT tỉnh"); a centred line under a picture, a picture wrapper's text.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { parseHtml } from '../../src/parse/html/index.js';
import { normaliseText } from '../../src/normalise/text.js';
import type { ParsedDoc } from '../../src/types.js';

const rules = loadRules();
const parse = (html: string): ParsedDoc => parseHtml(normaliseText(html), rules, null);
const kinds = (d: ParsedDoc, k: string) => d.blocks.filter((b) => b.kind === k).map((b) => b.text);

const P = [
  'Sáng 8/10, Sở Giáo dục và Đào tạo tổ chức hội nghị triển khai nhiệm vụ năm học mới cho cán bộ quản lý các trường trên địa bàn.',
  'Năm học này, toàn tỉnh có hơn 210.000 học sinh, tăng khoảng 3.000 em so với năm trước, nhiều trường thiếu phòng học bộ môn.',
  'Ngành giáo dục đề nghị các địa phương ưu tiên bố trí vốn xây dựng phòng học và tuyển đủ giáo viên trước học kỳ hai.',
];
const page = (inner: string) =>
  `<html><head><meta charset="utf-8"><title>Triển khai năm học mới</title></head><body><div class="menu"><a href="/">Trang chủ</a></div>
  <div class="detail"><h1>Triển khai nhiệm vụ năm học mới</h1><div class="ct">${inner}</div></div></body></html>`;
const paras = P.map((p) => `<p>${p}</p>`).join('');

describe('closing bylines', () => {
  const closing = (line: string) => parse(page(`${paras}${line}`));
  it.each([
    ['<p style="text-align:right"><strong>Nguyễn Văn An (TTXVN)</strong></p>', 'Nguyễn Văn An (TTXVN)'],
    ['<p style="text-align:right"><strong>Hồng Nhung/Báo Tin tức</strong></p>', 'Hồng Nhung/Báo Tin tức'],
    ['<p style="text-align:right"><strong>Thu Hằng</strong> (thuhang@baomau.vn)</p>', 'Thu Hằng (thuhang@baomau.vn)'],
    ['<p style="text-align:right"><strong>PV (tổng hợp)</strong></p>', 'PV (tổng hợp)'],
    ['<p style="text-align:right"><em>Nguồn: Cổng TTĐT tỉnh</em></p>', 'Nguồn: Cổng TTĐT tỉnh'],
  ])('%s is a byline, not text', (line, text) => {
    const d = closing(line);
    expect(kinds(d, 'byline')).toEqual([text]);
    expect(kinds(d, 'paragraph')).toEqual(P);
  });

  it('a closing sentence opening with "Theo" stays text', () => {
    const d = closing('<p>Theo kế hoạch, hội nghị sơ kết sẽ diễn ra vào tháng 1 năm sau.</p>');
    expect(kinds(d, 'byline')).toEqual([]);
    expect(kinds(d, 'paragraph')).toEqual([...P, 'Theo kế hoạch, hội nghị sơ kết sẽ diễn ra vào tháng 1 năm sau.']);
  });

  it('an author box drops the e-mail printed beside the name', () => {
    const d = parse(page(paras).replace('</div></div></body>', '</div><div class="author-box"><div class="name">Nguyễn Văn An</div><div class="mail">Email: an.nguyen@baomau.vn</div></div></div></body>'));
    expect(kinds(d, 'byline')).toEqual(['Nguyễn Văn An']);
  });
});

describe('captions', () => {
  it('a centred short line right under a picture is its caption', () => {
    const d = parse(page(`<p>${P[0]}</p><p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center">Quang cảnh hội nghị triển khai năm học mới</p><p>${P[1]}</p><p>${P[2]}</p>`));
    expect(kinds(d, 'caption')).toEqual(['Quang cảnh hội nghị triển khai năm học mới']);
    expect(kinds(d, 'paragraph')).toEqual(P);
  });

  it('a centred line with no picture before it stays text', () => {
    const d = parse(page(`<p>${P[0]}</p><p style="text-align:center">Quang cảnh hội nghị triển khai năm học mới</p><p>${P[1]}</p><p>${P[2]}</p>`));
    expect(kinds(d, 'caption')).toEqual([]);
  });

  it('the short text of a picture wrapper (<div class="image">) is its caption', () => {
    const d = parse(page(`<p>${P[0]}</p><div class="image"><img src="a.jpg"><p>Quang cảnh hội nghị triển khai năm học mới</p></div><p>${P[1]}</p><p>${P[2]}</p>`));
    expect(kinds(d, 'caption')).toEqual(['Quang cảnh hội nghị triển khai năm học mới']);
    expect(kinds(d, 'paragraph')).toEqual(P);
  });

  it.each([
    '<table align="right" width="250"><tr><td><b>Tin liên quan</b></td></tr><tr><td><img src="t.jpg"><a href="/x">Huyện bạn hoàn thành kế hoạch năm học trước thời hạn</a></td></tr></table>',
    '<table align="right"><tr><td><a href="/x"><img src="t.jpg"></a></td></tr><tr><td><a href="/x">Huyện bạn hoàn thành kế hoạch năm học trước thời hạn</a></td></tr></table>',
    '<figure><a href="/x"><img src="t.jpg"></a><figcaption><a href="/x">Huyện bạn hoàn thành kế hoạch năm học trước thời hạn</a></figcaption></figure>',
  ])('a related-story box laid out like a picture (%s) is neither caption nor text', (box) => {
    const d = parse(page(`<p>${P[0]}</p>${box}<p>${P[1]}</p><p>${P[2]}</p>`));
    expect(kinds(d, 'caption')).toEqual([]);
    expect(kinds(d, 'paragraph')).toEqual(P);
  });

  it('a picture whose image links to its full size keeps its caption', () => {
    const d = parse(page(`<p>${P[0]}</p><figure><a href="/anh-lon.jpg"><img src="t.jpg"></a><figcaption>Quang cảnh hội nghị</figcaption></figure><p>${P[1]}</p><p>${P[2]}</p>`));
    expect(kinds(d, 'caption')).toEqual(['Quang cảnh hội nghị']);
  });
});
