/**
 * Pages that print their publication time only as text, in an element no class names a
 * date: the line between the headline and the body, or the first/last line of the body,
 * that is nothing but a date is the dateline (and never article text). The site's clock
 * above the headline stays out.
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
  'Sáng 12/5, Hội Nông dân tỉnh tổ chức hội nghị tổng kết mô hình liên kết sản xuất lúa chất lượng cao tại các xã ven sông.',
  'Sau ba vụ, năng suất bình quân đạt 6,8 tấn mỗi ha, lợi nhuận của nông dân tham gia cao hơn khoảng 20% so với sản xuất truyền thống.',
  'Thời gian tới, Hội tiếp tục nhân rộng mô hình ra các huyện lân cận và kết nối thêm doanh nghiệp bao tiêu sản phẩm.',
];
const paras = P.map((p) => `<p>${p}</p>`).join('');

function page(inner: string): string {
  return `<html><head><meta charset="utf-8"><title>Nhân rộng mô hình lúa chất lượng cao</title></head><body>
  <div class="topbar">Thứ Ba, 13/05/2025</div><div class="menu"><a href="/">Trang chủ</a> <a href="/nn">Nông nghiệp</a></div>
  <div class="detail"><h1>Nhân rộng mô hình lúa chất lượng cao</h1>${inner}</div></body></html>`;
}

describe('visible dateline without a date class', () => {
  it('a plain <span> or <em> date line between the headline and the body', () => {
    for (const line of ['<div><span>Thứ Hai, 12/5/2025 15:40</span> <a href="/tac-gia/ha">Thu Hà</a></div>', '<p class="info"><em>12/05/2025 | 15:40</em></p>']) {
      const d = parse(page(`${line}<div class="ct">${paras}</div>`));
      expect(kinds(d, 'dateline'), line).toHaveLength(1);
      expect(kinds(d, 'dateline')[0], line).toMatch(/12\/0?5\/2025/);
      expect(kinds(d, 'paragraph'), line).toEqual(P);
    }
  });

  it('a date-only first or last line of the body is the dateline, not a paragraph', () => {
    const first = parse(page(`<div class="ct"><p>Thứ Hai, 12/5/2025 - 15:40</p>${paras}</div>`));
    expect(kinds(first, 'dateline')).toEqual(['Thứ Hai, 12/5/2025 - 15:40']);
    expect(kinds(first, 'paragraph')).toEqual(P);
    const last = parse(page(`<div class="ct">${paras}<p>Ngày đăng: 12/05/2025 15:40</p></div>`));
    expect(kinds(last, 'dateline')).toEqual(['Ngày đăng: 12/05/2025 15:40']);
    expect(kinds(last, 'paragraph')).toEqual(P);
  });

  it('the site clock above the headline is not taken, and a sentence with a date stays text', () => {
    const d = parse(page(`<div class="ct">${paras}<p>Hội nghị tiếp theo dự kiến tổ chức ngày 20/6/2025.</p></div>`));
    expect(kinds(d, 'dateline')).toEqual([]);
    expect(kinds(d, 'paragraph')).toEqual([...P, 'Hội nghị tiếp theo dự kiến tổ chức ngày 20/6/2025.']);
  });
});
