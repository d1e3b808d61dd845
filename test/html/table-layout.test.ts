/**
 * Older provincial CMSs lay the page out in tables: the headline in a <td> with a
 * Vietnamese class name, the article cell beside a column of links, a footer cell with the
 * licence and address. Pages saved without their address name the paper only in <title>.
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
  'Sáng 3/4, Ủy ban nhân dân xã tổ chức lễ khánh thành cây cầu bê tông bắc qua kênh Xáng, thay cho cây cầu gỗ đã xuống cấp nhiều năm.',
  'Cây cầu dài 36 m, rộng 3 m, tổng vốn hơn 2 tỷ đồng, trong đó người dân đóng góp 400 triệu đồng và ngày công lao động.',
  'Theo lãnh đạo xã, cây cầu giúp học sinh hai ấp đến trường thuận tiện, nông dân chở lúa ra chợ không phải đi vòng xa như trước.',
];

function tablePage(title: string, headCell: string): string {
  return `<html><head><meta charset="utf-8"><title>${title}</title></head><body>
  <table width="1000"><tr><td colspan="2"><a href="/">TRANG CHỦ</a> | <a href="/kt">KINH TẾ</a> | <a href="/xh">XÃ HỘI</a></td></tr>
  <tr><td colspan="2">Thứ Hai, ngày 07/04/2025</td></tr>
  <tr><td width="690" valign="top"><table width="100%">
    <tr><td>${headCell}</td></tr>
    <tr><td class="NgayDang">Cập nhật lúc: 09:10, 05/04/2025</td></tr>
    <tr><td class="TomTat"><strong>(BMT) - Cây cầu bê tông mới bắc qua kênh Xáng được đưa vào sử dụng, giúp hơn 300 hộ dân hai ấp đi lại thuận tiện, nhất là vào mùa mưa lũ.</strong></td></tr>
    <tr><td class="NoiDung">${P.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>THANH TÂM</strong></p></td></tr>
  </table></td>
  <td width="310" valign="top"><table><tr><td>TIN ĐỌC NHIỀU</td></tr><tr><td><a href="/a">Một tin khác trên trang</a></td></tr></table></td></tr>
  <tr><td colspan="2" class="bottom">CƠ QUAN CỦA ĐẢNG BỘ TỈNH - TIẾNG NÓI CỦA NHÂN DÂN TỈNH NHÀ TRÊN MẠNG INTERNET<br>Địa chỉ: số 9 đường Trần Phú, phường 1, thành phố tỉnh lỵ. Điện thoại: 0290.000.000, fax: 0290.000.001<br>Chịu trách nhiệm nội dung: Ban biên tập báo điện tử, phòng thư ký tòa soạn và các ban chuyên môn của báo</td></tr>
  </table></body></html>`;
}

describe('table layouts', () => {
  it('the article cell is the body, not <body> with the date bar, the side column and the footer cell', () => {
    const d = parse(tablePage('Cầu mới ở xã vùng sâu', '<span>Cầu mới ở xã vùng sâu</span>'));
    expect(kinds(d, 'paragraph')).toEqual(P);
    expect(kinds(d, 'byline')).toEqual(['THANH TÂM']);
  });

  it('a headline cell with a Vietnamese title class ("TieuDe") is the visible headline', () => {
    const d = parse(tablePage('Báo Mẫu Tỉnh - Xã Tân An khánh thành cầu bê tông qua kênh Xáng', '<div class="TieuDe">Xã Tân An khánh thành cầu bê tông qua kênh Xáng</div>'));
    expect(kinds(d, 'title')).toEqual(['Xã Tân An khánh thành cầu bê tông qua kênh Xáng']);
    expect(d.warnings).not.toContain('html: no visible headline; title taken from the page metadata');
  });

  it('a known paper named at the start or end of <title> gives the outlet when the page has no address or site name', () => {
    const head = (t: string) => parse(tablePage(t, '<b>Cầu mới</b>'));
    expect(meta(head('Báo Bạc Liêu - Xã Tân An khánh thành cầu'), 'outlet')).toEqual(['Báo Bạc Liêu']);
    expect(meta(head('Xã Tân An khánh thành cầu | Báo Nghệ An'), 'outlet')).toEqual(['Báo Nghệ An']);
    // a segment that only mentions a province is no paper
    expect(meta(head('Bạc Liêu - Xã Tân An khánh thành cầu'), 'outlet')).toEqual([]);
  });

  it('an article split into sibling blocks right under <body> keeps all its text', () => {
    const d = parse(`<html><head><meta charset="utf-8"><title>Cầu mới</title></head><body><h1>Cầu mới ở xã vùng sâu</h1>
      <div><p>${P[0]}</p><p>${P[1]}</p></div><div><p>${P[2]}</p><p>${P[0].replace('Sáng 3/4', 'Chiều 3/4')}</p></div></body></html>`);
    expect(kinds(d, 'paragraph')).toHaveLength(4);
  });
});
