/**
 * Cues the generic HTML path takes from pages of outlets without a layout profile:
 * a sapo in an unmarked box, site names printed with an edition word.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { parseHtml } from '../../src/parse/html/index.js';
import { profileForName } from '../../src/parse/html/outlets.js';
import { normaliseText } from '../../src/normalise/text.js';
import type { ParsedDoc } from '../../src/types.js';

const rules = loadRules();
const parse = (html: string): ParsedDoc => parseHtml(normaliseText(html), rules, null);
const kinds = (d: ParsedDoc, k: string) => d.blocks.filter((b) => b.kind === k).map((b) => b.text);

const SAPO = 'Ngày 2/6, Sở Y tế tổ chức hội nghị triển khai chiến dịch tiêm vắc xin sởi cho trẻ từ 1 đến 5 tuổi tại các xã vùng sâu.';
const P = [
  'Theo kế hoạch, chiến dịch kéo dài đến hết tháng 7 với khoảng 12.000 trẻ trong diện tiêm, ưu tiên các thôn có tỷ lệ tiêm chủng thấp.',
  'Các trạm y tế xã bố trí thêm điểm tiêm lưu động, phối hợp với trưởng thôn vận động phụ huynh đưa trẻ đi tiêm đúng lịch.',
  'Sở Y tế đề nghị các địa phương báo cáo tiến độ hằng tuần và kịp thời xử lý các trường hợp phản ứng sau tiêm.',
];

function page(description: string): string {
  return `<html><head><meta charset="utf-8"><title>Tiêm vắc xin sởi cho trẻ vùng sâu</title>
  <meta name="description" content="${description}"></head><body>
  <div class="menu"><a href="/">Trang chủ</a> <a href="/y-te">Y tế</a></div>
  <div class="box-detail"><h1>Tiêm vắc xin sởi cho trẻ vùng sâu</h1>
  <div class="box-des"><p>${SAPO}</p></div>
  <div class="box-body">${P.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;
}

describe('generic cues', () => {
  it('an unmarked opening paragraph that is the page description word for word is the lead', () => {
    const d = parse(page(SAPO));
    expect(kinds(d, 'lead')).toEqual([SAPO]);
    expect(kinds(d, 'paragraph')).toEqual(P);
  });

  it('a description that differs from the opening paragraph makes no lead', () => {
    const d = parse(page('Chiến dịch tiêm vắc xin sởi cho trẻ vùng sâu bắt đầu từ tháng 6.'));
    expect(kinds(d, 'lead')).toEqual([]);
    expect(kinds(d, 'paragraph')).toEqual([SAPO, ...P]);
  });

  it('a paper named with an edition word ("điện tử", "Online", "Báo điện tử X") is still that paper', () => {
    expect(profileForName('Báo Công an Nhân dân điện tử', rules.outlets)?.name).toBe('Báo Công an nhân dân');
    expect(profileForName('Báo điện tử Quân đội nhân dân', rules.outlets)?.name).toBe('Báo Quân đội nhân dân');
    expect(profileForName('Báo Nghệ An điện tử', rules.outlets)?.name).toBe('Báo Nghệ An');
    // an unknown name stays unknown, edition word or not
    expect(profileForName('Báo Mẫu Tỉnh điện tử', rules.outlets)).toBeNull();
  });

  it('a reader-feedback box after the closing byline is dropped, by its class or its heading, and the byline is still read', () => {
    const withBox = (box: string) =>
      parse(`<html><head><meta charset="utf-8"></head><body><div class="detail"><h1>Tiêm vắc xin sởi cho trẻ vùng sâu</h1>
      <div class="box-top">${SAPO}</div><div class="content">${P.map((p) => `<p>${p}</p>`).join('')}<p style="text-align:right"><strong>Minh Khôi</strong></p></div>${box}</div></body></html>`);
    for (const box of [
      '<div class="article-feedback"><div>Gửi góp ý</div><div>Vui lòng nhập nội dung</div></div>',
      '<div class="box-y-kien"><div>Ý kiến bạn đọc</div><p>Mời bạn chia sẻ suy nghĩ của mình về bài viết</p></div>',
      '<div class="block-2"><div>Ý kiến của bạn</div></div>',
    ]) {
      const d = withBox(box);
      expect([...kinds(d, 'lead'), ...kinds(d, 'paragraph')], box).toEqual([SAPO, ...P]);
      expect(kinds(d, 'byline'), box).toEqual(['Minh Khôi']);
    }
  });

  it('the description-matching sapo right under an opening byline line is still the lead', () => {
    const d = parse(page(SAPO).replace('<div class="box-des"><p>', '<div class="box-des"><p><strong>MINH KHÔI</strong></p><p>'));
    expect(kinds(d, 'byline')).toEqual(['MINH KHÔI']);
    expect(kinds(d, 'lead')).toEqual([SAPO]);
  });
});

describe('widget lines inside the body', () => {
  it.each([
    '<div><span>00:00</span> / <span>03:25</span></div>',
    '<p>Thời gian đọc: 3 phút</p>',
    '<div><span>0</span> <span>Bình luận</span> <span>Chia sẻ</span></div>',
    '<p>In bài viết | Gửi cho bạn bè</p>',
    '<div><span>A-</span><span>A+</span></div>',
    '<p>Click để xem ảnh lớn</p>',
    '<div>ADVERTISEMENT</div>',
    '<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>',
  ])('%s is no article text', (w) => {
    const d = parse(page('x').replace('<div class="box-body">', `<div class="box-body">${w}`).replace('</div></div></body>', `${w}</div></div></body>`));
    expect([...kinds(d, 'lead'), ...kinds(d, 'paragraph')]).toEqual([SAPO, ...P]);
  });

  it('a short line that only opens with a widget word stays text', () => {
    const line = 'In ấn tài liệu và phát cho 300 hộ dân trong tuần.';
    const d = parse(page('x').replace('</div></div></body>', `<p>${line}</p></div></div></body>`));
    expect(kinds(d, 'paragraph')).toContain(line);
  });
});

describe('kicker inside the headline', () => {
  const withH1 = (h1: string) =>
    parse(`<html><head><meta charset="utf-8"><title>Tiêu đề</title></head><body><div class="detail">${h1}<div class="c">${P.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`);
  it('a kicker-class <span> ending in ":" that opens the <h1> is the kicker, and the title goes without it', () => {
    const d = withH1('<h1 class="title"><span class="kicker">Lâm Đồng:</span> Tiêm vắc xin sởi cho trẻ vùng sâu</h1>');
    expect(kinds(d, 'kicker')).toEqual(['Lâm Đồng:']);
    expect(kinds(d, 'title')).toEqual(['Tiêm vắc xin sởi cho trẻ vùng sâu']);
  });
  it('a headline with a colon and no kicker element stays whole', () => {
    const d = withH1('<h1>Lâm Đồng: Tiêm vắc xin sởi cho trẻ vùng sâu</h1>');
    expect(kinds(d, 'kicker')).toEqual([]);
    expect(kinds(d, 'title')).toEqual(['Lâm Đồng: Tiêm vắc xin sởi cho trẻ vùng sâu']);
  });
});
