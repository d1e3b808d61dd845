import { describe, it, expect } from 'vitest';
import { loadRowRules } from '../../src/parse/rows/rules.js';
import { defaultRulesDir } from '../../src/rules/load.js';
import { contentBlocks, markHardBoundaries, splitSentences, joinLocationStamp, bylineLike, hasUrlOrMail } from '../../src/parse/rows/content.js';

const rules = loadRowRules(defaultRulesDir());
const r = rules.content;
const show = (s: string) => markHardBoundaries(s).replace(/\u2029/g, '¶');
const kinds = (content: string) => contentBlocks(content, r).map((b) => [b.kind, b.text]);

describe('glued content', () => {
  it('finds paragraph ends the crawler glued without a space', () => {
    expect(show('nhà tắm và bếp.Lực lượng cứu hộ')).toBe('nhà tắm và bếp.¶Lực lượng cứu hộ');
    expect(show('tăng 20% so với năm 2023.Năm nay')).toBe('tăng 20% so với năm 2023.¶Năm nay');
    expect(show('Quảng NgãiHai em nhỏ')).toBe('Quảng Ngãi¶Hai em nhỏ');
    expect(show('Video: AFPĐoàn xe')).toBe('Video: AFP¶Đoàn xe');
    expect(show('ông nói."Chúng tôi')).toBe('ông nói.¶"Chúng tôi');
    expect(show('Ảnh: Bảo Ngọc"Năm nào')).toBe('Ảnh: Bảo Ngọc¶"Năm nào');
  });

  it('leaves brand names and abbreviations alone', () => {
    for (const s of ['ứng dụng VnExpress và TikTok', 'mẫu iPhone mới', 'tại TP.HCM hôm qua', 'nhóm Seven.AM', 'hãng VinFast', 'trang YouTube']) expect(show(s)).toBe(s);
  });

  it('splits sentences, not after abbreviations', () => {
    expect(splitSentences('Tại TP. HCM, mưa lớn. ThS. Lan cho biết vậy. Ông A. Nguyễn đến muộn.', r)).toEqual(['Tại TP. HCM, mưa lớn.', 'ThS. Lan cho biết vậy.', 'Ông A. Nguyễn đến muộn.']);
  });

  it('turns a location stamp glued to the first word into a dateline-style lead', () => {
    expect(joinLocationStamp('Bình ĐịnhMột tàu cá gặp nạn.')).toBe('Bình Định - Một tàu cá gặp nạn.');
    expect(joinLocationStamp('Một tàu cá gặp nạn ở Bình Định.')).toBe('Một tàu cá gặp nạn ở Bình Định.');
  });
});

describe('content blocks', () => {
  it('paragraphs at hard boundaries; a credit makes the sentences before it a caption', () => {
    const content =
      'Đêm qua, mưa lớn gây ngập nhiều tuyến phố ở Huế. Nước dâng cao 0,5 m.' +
      'Người dân đẩy xe máy qua đoạn ngập trên đường Lê Lợi. Ảnh: Phước Thịnh' +
      'Chính quyền thành phố đã huy động 200 người hỗ trợ dân.';
    expect(kinds(content)).toEqual([
      ['paragraph', 'Đêm qua, mưa lớn gây ngập nhiều tuyến phố ở Huế. Nước dâng cao 0,5 m.'],
      ['caption', 'Người dân đẩy xe máy qua đoạn ngập trên đường Lê Lợi. Ảnh: Phước Thịnh'],
      ['paragraph', 'Chính quyền thành phố đã huy động 200 người hỗ trợ dân.'],
    ]);
  });

  it('a bracketed credit in space-joined text takes only the sentence before it', () => {
    const content =
      'Hội nghị bàn về chuyển đổi số trong ngành y tế. Đại biểu đến từ 20 tỉnh thành. Bộ trưởng phát biểu khai mạc hội nghị sáng 3/6. (Ảnh: Hải Nam) Theo báo cáo, 70% bệnh viện đã dùng bệnh án điện tử.';
    const blocks = contentBlocks(content, r);
    expect(blocks.find((b) => b.kind === 'caption')?.text).toBe('Bộ trưởng phát biểu khai mạc hội nghị sáng 3/6. (Ảnh: Hải Nam)');
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text).join(' ')).toBe(
      'Hội nghị bàn về chuyển đổi số trong ngành y tế. Đại biểu đến từ 20 tỉnh thành. Theo báo cáo, 70% bệnh viện đã dùng bệnh án điện tử.',
    );
  });

  it('the credit name stops where the next sentence starts', () => {
    const blocks = contentBlocks('Cánh đồng lúa mùa chín vàng ở Mù Cang Chải. Ảnh: Duy Khánh Bà con bắt đầu thu hoạch từ tuần này.', r);
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph']);
    expect(blocks[1]!.text).toBe('Bà con bắt đầu thu hoạch từ tuần này.');
  });

  it('the credit name stops before a form of address or a sentence opener', () => {
    const blocks = contentBlocks('Công nhân trở lại nhà máy sau Tết. Ảnh: Minh Khuê Ông Trần Văn Lộc, Giám đốc công ty, cho biết đơn hàng đã kín.', r);
    expect(blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph']);
    expect(blocks[0]!.text).toBe('Công nhân trở lại nhà máy sau Tết. Ảnh: Minh Khuê');
    expect(blocks[1]!.text).toBe('Ông Trần Văn Lộc, Giám đốc công ty, cho biết đơn hàng đã kín.');
    const again = contentBlocks('Đoàn khách tham quan làng gốm. Ảnh: Hà Lam Theo ban tổ chức, lễ hội kéo dài ba ngày.', r);
    expect(again[1]!.text).toBe('Theo ban tổ chức, lễ hội kéo dài ba ngày.');
    // a name made of several capitalised words is still read whole
    expect(contentBlocks('Trận chung kết diễn ra tối qua. Ảnh: Nguyễn Hoàng Anh Tuấn', r)[0]!.text).toBe('Trận chung kết diễn ra tối qua. Ảnh: Nguyễn Hoàng Anh Tuấn');
  });

  it('trailing bylines, source links and page footers are not paragraphs', () => {
    const content =
      'Cây cầu dự kiến hoàn thành vào cuối năm sau, giúp rút ngắn quãng đường hơn 10 km.' +
      'Khánh Linh - Quốc Đạt' +
      'Tải ứng dụngLiên hệĐiện thoại: 024 1234 5678© 2001-2024. Toàn bộ bản quyền thuộc Báo Mẫu';
    const blocks = contentBlocks(content, r);
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'Cây cầu dự kiến hoàn thành vào cuối năm sau, giúp rút ngắn quãng đường hơn 10 km.' });
    expect(blocks[1]).toEqual({ kind: 'byline', text: 'Khánh Linh - Quốc Đạt' });
    expect(blocks.slice(2).every((b) => b.kind === 'boilerplate')).toBe(true);
    const withLink = contentBlocks('Nguyên nhân vụ việc đang được điều tra. Thu Hà (T/h) Link nguồn: https://example.vn/bai-goc-1234.html', r);
    expect(withLink.map((b) => b.kind)).toEqual(['paragraph', 'boilerplate']);
  });

  it('a date line opening the content is split off; related-link bullets are chrome; repeated gallery text comes once', () => {
    const blocks = contentBlocks('Thứ 6, 14/06/2024 | 09:15 Sáng nay, tỉnh tổ chức lễ ra quân.» Xem lại: lễ ra quân năm ngoái.Sáng nay, tỉnh tổ chức lễ ra quân.', r);
    expect(blocks[0]).toEqual({ kind: 'dateline', text: 'Thứ 6, 14/06/2024 | 09:15' });
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(['Sáng nay, tỉnh tổ chức lễ ra quân.']);
    expect(blocks.some((b) => b.kind === 'boilerplate' && b.text.startsWith('»'))).toBe(true);
  });

  it('recognises bare bylines', () => {
    expect(bylineLike('Hoàng Anh')).toBe(true);
    expect(bylineLike('Minh Châu - Đức Tài')).toBe(true);
    expect(bylineLike('Cảnh sát đang điều tra.')).toBe(false);
    expect(bylineLike('Giá xăng tăng')).toBe(false);
  });
});

describe('hasUrlOrMail', () => {
  it('finds links and e-mail addresses', () => {
    expect(hasUrlOrMail('Xem tại https://baomau.vn/abc')).toBe(true);
    expect(hasUrlOrMail('Trang WWW.baomau.vn')).toBe(true);
    expect(hasUrlOrMail('Liên hệ: toasoan@baomau.vn')).toBe(true);
    expect(hasUrlOrMail('Gửi về @baomau.vn')).toBe(false); // nothing before the @
    expect(hasUrlOrMail('a@.vn hoặc a@b .vn')).toBe(false); // nothing between @ and the dot; a space
    expect(hasUrlOrMail('Không có đường dẫn nào.')).toBe(false);
  });
  it('stays linear on a 1 MB run without spaces', () => {
    expect(hasUrlOrMail('a@'.repeat(500_000))).toBe(false);
    expect(hasUrlOrMail('TP.'.repeat(350_000) + '@x.y')).toBe(true);
  });
});
