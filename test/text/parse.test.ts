import { describe, it, expect } from 'vitest';
import { parseText } from '../../src/parse/text/index.js';
import { groupLines } from '../../src/parse/text/lines.js';
import { normaliseText } from '../../src/normalise/text.js';
import { testRules } from '../structure/rules.js';

const rules = testRules();
const kinds = (text: string) => parseText(normaliseText(text), rules).blocks.map((b) => [b.kind, b.text]);

describe('groupLines', () => {
  it('joins a caption broken over lines, not separate paragraphs', () => {
    const u = groupLines(
      'Đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh,\nTrưởng Ban Chỉ đạo\nphát biểu tại hội nghị\n\nĐoạn sau.\nĐoạn khác.',
    );
    expect(u.map((x) => x.text)).toEqual([
      'Đồng chí Lê Văn Tâm, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phát biểu tại hội nghị',
      'Đoạn sau.',
      'Đoạn khác.',
    ]);
    expect(u[0]).toMatchObject({ line: 1, lines: 3 });
  });

  it('trims leading indentation (NBSP turned to spaces)', () => {
    expect(groupLines(normaliseText('\u00a0\u00a0\u00a0 Năm qua, tỉnh đạt nhiều kết quả.'))[0]!.text).toBe('Năm qua, tỉnh đạt nhiều kết quả.');
  });
});

describe('parseText', () => {
  it('tells the header clock from the dateline and strips the font widget', () => {
    const b = kinds(
      [
        'Tất cả chuyên mục',
        'Thứ Hai, 03/02/2025 08:10 (GMT +7)',
        'Tỉnh tổng kết công tác dân vận năm 2024',
        'Thứ 6, 31/01/2025 | 16:40:12 [GMT +7] A A',
        'Ngày 31/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.',
        'Hội nghị đánh giá cao kết quả đạt được trong năm.',
        'Thu Hằng - Bảo Long',
        'Liên kết website',
        'Ý kiến ()',
      ].join('\n'),
    );
    expect(b).toEqual([
      ['boilerplate', 'Tất cả chuyên mục'],
      ['clock', 'Thứ Hai, 03/02/2025 08:10 (GMT +7)'],
      ['title', 'Tỉnh tổng kết công tác dân vận năm 2024'],
      ['dateline', 'Thứ 6, 31/01/2025 | 16:40:12 [GMT +7]'],
      ['paragraph', 'Ngày 31/1, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết.'],
      ['paragraph', 'Hội nghị đánh giá cao kết quả đạt được trong năm.'],
      ['byline', 'Thu Hằng - Bảo Long'],
      ['boilerplate', 'Liên kết website'],
      ['boilerplate', 'Ý kiến ()'],
    ]);
  });

  it('reads a kicker, a tagged lead, repeated captions and a labelled byline', () => {
    const b = kinds(
      [
        '20/03/2023 - 06:15',
        '',
        'Đồng chí Trần Quang Minh, Bí thư Quận ủy:',
        '',
        'Phát huy vai trò của Mặt trận ở khu dân cư',
        '',
        '(XY) - Ngày 19-3-2023, Quận ủy tổ chức hội nghị.',
        '',
        'Quang cảnh hội nghị. Ảnh: MINH ANH',
        '',
        'Quang cảnh hội nghị. Ảnh: MINH ANH',
        '',
        'Phát biểu tại hội nghị, đồng chí đề nghị các cấp tiếp tục đổi mới.',
        '',
        'Tin, ảnh: MINH ANH',
        '',
        'Chia sẻ bài viết',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual([
      'dateline',
      'kicker',
      'title',
      'lead',
      'caption',
      'caption',
      'paragraph',
      'byline',
      'boilerplate',
    ]);
  });

  it('reads short unpunctuated lines between paragraphs as captions, a closing name as byline', () => {
    const b = kinds(
      [
        'Huyện tổ chức hội nghị tổng kết năm 2023.',
        '',
        'Sáng ngày 12/1, huyện tổ chức hội nghị tổng kết công tác năm 2023.',
        '',
        'Toàn cảnh hội nghị tổng kết công tác năm 2023 của huyện',
        '',
        'Năm qua, huyện đã đạt nhiều kết quả quan trọng.',
        '',
        'Kết quả nổi bật',
        '',
        'Thu ngân sách vượt dự toán.',
        '',
        'LÊ KHÁNH',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual(['title', 'paragraph', 'caption', 'paragraph', 'heading', 'paragraph', 'byline']);
  });

  it('takes the line after layout debris as a caption even when it ends with a period', () => {
    const b = kinds(
      [
        'Tiêu đề bài viết',
        'Thứ ba, 02/04/2024 09:00',
        '(ABC) – Sáng nay, đoàn công tác làm việc với huyện.',
        'leftcenterrightdel',
        'Đồng chí Hà Minh Quân phát biểu tại buổi làm việc.',
        'Báo cáo cho thấy huyện đã làm tốt công tác này trong nhiều năm qua.',
        'Tin, ảnh: Hồng Loan',
        'CÓ THỂ BẠN QUAN TÂM',
        'Ý kiến bình luận',
        'Họ và tên',
        'Email',
        '/',
        'Xác thực',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual([
      'title',
      'dateline',
      'lead',
      'boilerplate',
      'caption',
      'paragraph',
      'byline',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('drops the titles of a related-articles box but keeps the article text', () => {
    const b = kinds(
      [
        'Tiêu đề',
        'Đoạn mở đầu của bài viết.',
        'Tin liên quan',
        'Tỉnh khánh thành cầu mới',
        'Huyện ra quân làm đường giao thông nông thôn',
        'Đoạn thân bài dài hơn, tiếp tục nội dung bài viết với nhiều chi tiết về kết quả thực hiện, những khó khăn vướng mắc và giải pháp trong thời gian tới, đồng thời nêu rõ trách nhiệm của từng cơ quan.',
        'Hải Đăng',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual(['title', 'paragraph', 'boilerplate', 'boilerplate', 'boilerplate', 'paragraph', 'byline']);
  });

  it('gives no title to a body with no headline line', () => {
    const long = 'Theo báo cáo, '.padEnd(400, 'x') + '.';
    const d = parseText(long, rules);
    expect(d.blocks.map((b) => b.kind)).toEqual(['paragraph']);
    expect(d.warnings).toContain('text: no title line found');
  });

  it('keeps a single date line above the title as the dateline', () => {
    const b = kinds(['Thứ năm, 25/04/2019', 'Tiêu đề bài', '', 'Nội dung bài viết ở đây.', '', 'HÀ LINH'].join('\n'));
    expect(b.map((x) => x[0])).toEqual(['dateline', 'title', 'paragraph', 'byline']);
  });

  it('treats menu items and breadcrumbs above the headline as furniture', () => {
    const b = kinds(
      [
        'Thời sự',
        'Kinh tế',
        'Trang chủ > Thời sự > Chính trị',
        'Thành phố khởi công tuyến đường vành đai mới',
        'Sáng 2/5, thành phố khởi công tuyến đường vành đai dài 12 km.',
        'Dự án dự kiến hoàn thành sau ba năm thi công.',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'title', 'paragraph', 'paragraph']);
  });

  it('keeps list items in the body and takes initials for a signature', () => {
    const b = kinds(
      [
        'Tỉnh triển khai ba nhóm giải pháp trọng tâm',
        'Hội nghị thống nhất các nhóm giải pháp sau:',
        '- Rà soát, bổ sung quy hoạch vùng nguyên liệu, hoàn thiện hạ tầng giao thông nội đồng',
        '- Hỗ trợ nông dân liên kết tiêu thụ sản phẩm',
        'Các sở, ngành được giao theo dõi việc thực hiện.',
        'H.T (tổng hợp)',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual(['title', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'byline']);
  });

  it('splits a byline and a date printed on one line', () => {
    const b = kinds(
      [
        'Thành phố ra mắt tổng đài hỗ trợ người dân',
        'Hoài Nam | Thứ Hai, 12/02/2024 10:20',
        'Sáng 12/2, thành phố ra mắt tổng đài hỗ trợ người dân 24/7.',
        'Tổng đài tiếp nhận phản ánh về dịch vụ công.',
      ].join('\n'),
    );
    expect(b).toEqual([
      ['title', 'Thành phố ra mắt tổng đài hỗ trợ người dân'],
      ['byline', 'Hoài Nam'],
      ['dateline', 'Thứ Hai, 12/02/2024 10:20'],
      ['paragraph', 'Sáng 12/2, thành phố ra mắt tổng đài hỗ trợ người dân 24/7.'],
      ['paragraph', 'Tổng đài tiếp nhận phản ánh về dịch vụ công.'],
    ]);
  });

  it('knows more furniture: "Xem thêm:" links, follow prompts, view counts, a "Hôm nay" clock', () => {
    const b = kinds(
      [
        'Hôm nay: Thứ Sáu, 22/11/2024 (22/10 âm lịch)',
        'Huyện đón nhận danh hiệu nông thôn mới nâng cao',
        'Sáng 21/11, huyện tổ chức lễ đón nhận danh hiệu.',
        'Xem thêm: Tỉnh có thêm hai huyện đạt chuẩn nông thôn mới',
        'Lãnh đạo tỉnh trao bằng công nhận cho huyện.',
        '1.234 lượt xem',
        'Theo dõi Báo Tỉnh trên Google News',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual(['clock', 'title', 'paragraph', 'boilerplate', 'paragraph', 'boilerplate', 'boilerplate']);
  });

  it('takes a line holding only the name of the paper for furniture, not a headline starting "Báo"', () => {
    const b = kinds(
      [
        'BÁO TỈNH NAM ĐIỆN TỬ',
        'Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh',
        'Báo Mỹ đưa tin về lễ hội pháo hoa quốc tế',
        'Tối 5/5, lễ hội pháo hoa quốc tế khai mạc với 6 đội tham gia.',
        'Hàng nghìn người dân và du khách theo dõi.',
      ].join('\n'),
    );
    expect(b.map((x) => x[0])).toEqual(['boilerplate', 'boilerplate', 'title', 'paragraph', 'paragraph']);
  });

  it('drops a section name printed between the headline and the text', () => {
    const b = kinds(['Xã ra mắt mô hình chợ an toàn thực phẩm', 'Kinh tế', 'Sáng 3/3, xã ra mắt mô hình chợ an toàn.', 'Chợ có 40 quầy hàng.'].join('\n'));
    expect(b.map((x) => x[0])).toEqual(['title', 'boilerplate', 'paragraph', 'paragraph']);
  });
});
