import { describe, it, expect } from 'vitest';
import { loadRowRules } from '../../src/parse/rows/rules.js';
import { defaultRulesDir } from '../../src/rules/load.js';
import { cleanAuthors, readAuthorColumn, splitGlued } from '../../src/parse/rows/authors.js';

const r = loadRowRules(defaultRulesDir()).authors;
const clean = (s: string) => cleanAuthors(s, r);

describe('author column → person names', () => {
  it('keeps plain names, title-cases names in capitals', () => {
    expect(clean('Thu Trang')).toEqual(['Thu Trang']);
    expect(clean('LÊ VĂN KHÁNH')).toEqual(['Lê Văn Khánh']);
    expect(clean('JOSEPHINE - Ảnh: Nhóm PV')).toEqual(['Josephine']);
  });

  it('drops notes in brackets and agencies after a slash', () => {
    expect(clean('Hồng Nhung (Theo AFP, Reuters)')).toEqual(['Hồng Nhung']);
    expect(clean('Bảo Châu (ảnh: Tuấn Kiệt)')).toEqual(['Bảo Châu']);
    expect(clean('Quỳnh Mai (TTXVN)')).toEqual(['Quỳnh Mai']);
    expect(clean('Thùy Dương/VOV - TP.HCM')).toEqual(['Thùy Dương']);
    expect(clean('Văn Toàn/Báo Tin tức và Dân tộc')).toEqual(['Văn Toàn']);
    expect(clean('Kim Oanh (Tổng hợp) (TTXVN)')).toEqual(['Kim Oanh']);
    expect(clean('Minh Đức(Tư liệu)')).toEqual(['Minh Đức']);
  });

  it('reads credit labels: authoring labels credit authors, photo/video/graphics labels do not', () => {
    expect(clean('Tin, ảnh: Ngọc Bích (TTXVN)')).toEqual(['Ngọc Bích']);
    expect(clean('Bài và ảnh: Xuân Lộc')).toEqual(['Xuân Lộc']);
    expect(clean('Tin - ảnh, clip: Phúc Hậu')).toEqual(['Phúc Hậu']);
    expect(clean('Phóng sự ảnh: Đăng Khoa')).toEqual(['Đăng Khoa']);
    expect(clean('Hà My - Ảnh: Trọng Đạt')).toEqual(['Hà My']);
    expect(clean('Diệu LinhẢnh: Getty Images')).toEqual(['Diệu Linh']);
    expect(clean('Bài: Văn Quý - Thanh HảiẢnh: Văn Quý - John Carter')).toEqual(['Văn Quý', 'Thanh Hải']);
    expect(clean('Dữ liệu: Anh Thư; Đồ họa: Bảo Khang')).toEqual([]);
    expect(clean('Video: Lý Minh')).toEqual([]);
    expect(clean('Ảnh: Sky News')).toEqual([]);
  });

  it('drops source notes ("Theo …")', () => {
    expect(clean('Theo Kyodo Hải Yến Theo Kyodo')).toEqual(['Hải Yến']);
    expect(clean('Đức Anh Theo Bloomberg')).toEqual(['Đức Anh']);
    expect(clean('Phương Thảo Theo CNN, BBC News')).toEqual(['Phương Thảo']);
    expect(clean('(theo Nikkei Asia) Bích Ngọc')).toEqual(['Bích Ngọc']);
    expect(clean('Nam Phong/VOV.VN (biên dịch) Theo: AP')).toEqual(['Nam Phong']);
    expect(clean('Theo Báo Nhân Dân')).toEqual([]);
    expect(clean('Theo VnExpress')).toEqual([]);
  });

  it('drops roles and suffixes', () => {
    expect(clean('Thanh Hương - CTV')).toEqual(['Thanh Hương']);
    expect(clean('Trúc Anh tổng hợp')).toEqual(['Trúc Anh']);
    expect(clean('ThS. Đỗ Minh Quang')).toEqual(['Đỗ Minh Quang']);
    expect(clean('Chuyên viên tư vấn Vũ Đình Lâm')).toEqual(['Vũ Đình Lâm']);
    expect(clean('Khánh Vy - TTXVN')).toEqual(['Khánh Vy']);
  });

  it('splits several people', () => {
    expect(clean('Hữu Nghị - Thảo Vân')).toEqual(['Hữu Nghị', 'Thảo Vân']);
    expect(clean('Hải Âu – Lê Quân')).toEqual(['Hải Âu', 'Lê Quân']);
    expect(clean('Ngọc Hà, CTV Bảo Trâm/VOV-ĐBSCL')).toEqual(['Ngọc Hà', 'Bảo Trâm']);
    expect(clean('ĐỖ QUANG HUY - PHAN THU THỦY')).toEqual(['Đỗ Quang Huy', 'Phan Thu Thủy']);
  });

  it('splits names glued without separator, keeps a four-syllable name whole', () => {
    expect(clean('Trọng Hiếu Đình Phong')).toEqual(['Trọng Hiếu', 'Đình Phong']);
    expect(clean('Thùy Anh Quốc Tuấn')).toEqual(['Thùy Anh', 'Quốc Tuấn']);
    expect(clean('Hoàng Thị Thu Hà')).toEqual(['Hoàng Thị Thu Hà']);
    expect(clean('Nguyễn Minh Tuấn')).toEqual(['Nguyễn Minh Tuấn']);
    expect(splitGlued('Lý Hữu Tâm Trương Khánh Linh', r)).toEqual(['Lý Hữu Tâm', 'Trương Khánh Linh']);
  });

  it('a paragraph captured as the byline gives the name it ends with', () => {
    expect(clean('Buổi biểu diễn khép lại đêm hội với nhiều tiết mục sôi động và giàu cảm xúc. Khán giả ở lại đến tận khuya để cổ vũ các đội. Tuệ Lâm')).toEqual(['Tuệ Lâm']);
  });

  it('keeps an abbreviated given name, and the person before a role', () => {
    expect(clean('Q.Bảo')).toEqual(['Q.Bảo']);
    expect(clean('Phạm Tuấn, Trưởng phòng Văn hóa')).toEqual(['Phạm Tuấn']);
    expect(clean('Thực hiện: Mai Lan - Quốc Việt')).toEqual(['Mai Lan', 'Quốc Việt']);
  });

  it('gives nothing for credits that name no person', () => {
    for (const s of ['', '(Nguồn: TTXVN)', '(TTXVN/Vietnam+)', 'PV', 'Nhóm PV', 'Nhóm phóng viên -', 'H.P', 'M.H (th)', 'HTQT', 'TTXVN', 'Theo Reuters']) {
      expect(clean(s), s).toEqual([]);
    }
  });
});

describe('author column → photo credits', () => {
  const read = (s: string) => readAuthorColumn(s, r);

  it('a label that names photos credits its names as photographers, and as authors when it also names the writing', () => {
    expect(read('Tin, ảnh: Ngọc Bích (TTXVN)')).toEqual({ authors: ['Ngọc Bích'], photos: ['Ngọc Bích'] });
    expect(read('Bài và ảnh: Xuân Lộc')).toEqual({ authors: ['Xuân Lộc'], photos: ['Xuân Lộc'] });
    expect(read('Tin - ảnh, clip: Phúc Hậu')).toEqual({ authors: ['Phúc Hậu'], photos: ['Phúc Hậu'] });
    expect(read('Hải Yến - Ảnh: Bảo Long')).toEqual({ authors: ['Hải Yến'], photos: ['Bảo Long'] });
    expect(read('Khánh LinhẢnh: Đức Trí')).toEqual({ authors: ['Khánh Linh'], photos: ['Đức Trí'] });
  });

  it('reads "(ảnh: X)" inside brackets as a photo credit, never as an author', () => {
    expect(read('Bảo Châu (ảnh: Tuấn Kiệt)')).toEqual({ authors: ['Bảo Châu'], photos: ['Tuấn Kiệt'] });
  });

  it('video, graphics and data labels credit nobody as photographer', () => {
    expect(read('Lan Chi Video: Quốc Việt').photos).toEqual([]);
    expect(read('Dữ liệu: Hà Vy; Đồ họa: Tú Anh')).toEqual({ authors: [], photos: [] });
  });

  it('splits a dash glued to the next name and a "|" between people', () => {
    expect(read('Ảnh: Hữu Nghĩa - Anna Keller -Thomas Brandt').photos).toEqual(['Hữu Nghĩa', 'Anna Keller', 'Thomas Brandt']);
    expect(read('Thảo Nguyên | Đồ họa: Minh Khoa').authors).toEqual(['Thảo Nguyên']);
  });

  it('a role suffix is a word of its own: a foreign name ending in "th" keeps it', () => {
    expect(read('Ảnh: Daniel Smith').photos).toEqual(['Daniel Smith']);
    expect(clean('Gia Hân (th)')).toEqual(['Gia Hân']);
  });
});
