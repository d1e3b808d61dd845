import { describe, it, expect } from 'vitest';
import { parseByline, looksLikeByline, isPersonName } from '../../src/extract/structure/bylines.js';
import { splitCaptionCredit } from '../../src/extract/structure/captions.js';
import { agencyTag } from '../../src/extract/structure/agency.js';
import { testRules } from './rules.js';

const r = testRules().structure;

describe('parseByline', () => {
  it('"Tin, ảnh: X" gives author X and photo credit X, title-cased', () => {
    expect(parseByline('Tin, ảnh: HOÀNG LAN', r)).toMatchObject({ authors: ['Hoàng Lan'], photo: ['Hoàng Lan'], labelled: true });
  });

  it('reads the other combined labels', () => {
    for (const line of ['Bài và ảnh: Trần Bảo', 'Tin và ảnh: Trần Bảo', 'Bài, ảnh: TRẦN BẢO'])
      expect(parseByline(line, r)).toMatchObject({ authors: ['Trần Bảo'], photo: ['Trần Bảo'] });
  });

  it('splits "A - B" into two authors and keeps mixed case', () => {
    expect(parseByline('Thu Trang - Đức Hải', r).authors).toEqual(['Thu Trang', 'Đức Hải']);
    expect(parseByline('KIM NGA - LÊ VY', r).authors).toEqual(['Kim Nga', 'Lê Vy']);
  });

  it('reads an author name after an academic or military title', () => {
    expect(parseByline('TS. NGUYỄN HỮU TÌNH', r).authors).toEqual(['Nguyễn Hữu Tình']);
    expect(parseByline('Đại tá Lê Minh Quang', r).authors).toEqual(['Lê Minh Quang']);
  });

  it('keeps the agency in brackets apart from the name', () => {
    expect(parseByline('Hà Phương (TTXVN)', r)).toMatchObject({ authors: ['Hà Phương'], agencies: ['TTXVN'] });
  });

  it('reads agency-only and source credits as agencies', () => {
    expect(parseByline('TTXVN', r)).toMatchObject({ authors: [], agencies: ['TTXVN'] });
    expect(parseByline('Theo VOV', r)).toMatchObject({ authors: [], agencies: ['VOV'] });
    expect(parseByline('Nhóm PV', r)).toMatchObject({ authors: [], agencies: ['Nhóm PV'] });
  });

  it('separates author and photo labels on one line', () => {
    expect(parseByline('Bài: Minh Châu; Ảnh: Quốc Bảo', r)).toMatchObject({ authors: ['Minh Châu'], photo: ['Quốc Bảo'] });
  });

  it('does not make authors of video or graphics credits', () => {
    expect(parseByline('Đồ họa: Thanh Tùng', r)).toMatchObject({ authors: [], photo: [] });
  });
});

describe('looksLikeByline', () => {
  it('accepts name lines and labelled credits', () => {
    expect(looksLikeByline('PHẠM HUY', r)).not.toBeNull();
    expect(looksLikeByline('Ngọc Mai - Tuấn Kiệt', r)).not.toBeNull();
    expect(looksLikeByline('Tin, ảnh: Hữu Phước', r)).not.toBeNull();
  });

  it('rejects sentences, captions and widgets', () => {
    expect(looksLikeByline('Hội nghị kết thúc vào buổi chiều.', r)).toBeNull();
    expect(looksLikeByline('Đồng chí Lê Văn Tám phát biểu', r)).toBeNull();
    expect(looksLikeByline('Chia sẻ bài viết', r)).toBeNull();
    expect(looksLikeByline('Các đại biểu', r)).toBeNull();
  });

  it('does not take a sentence opening with "Theo" or a credited caption for a byline', () => {
    expect(looksLikeByline('Theo báo cáo, sau 3 năm, tỉnh đã xây dựng 120 mô hình.', r)).toBeNull();
    expect(looksLikeByline('Theo Reuters, Mỹ đã rút quân.', r)).toBeNull();
    expect(looksLikeByline('Khán giả cổ vũ hai bên bờ sông. Ảnh: HỒNG NHUNG', r)).toBeNull();
    expect(looksLikeByline('Theo báo Tuổi Trẻ', r)).toMatchObject({ agencies: ['báo Tuổi Trẻ'] });
  });

  it('isPersonName wants capitalised words', () => {
    expect(isPersonName('Nguyễn Thị Hồng Vân', r)).toBe(true);
    expect(isPersonName('Nguyễn thị vân', r)).toBe(false);
    expect(isPersonName('Ban Tuyên giáo', r)).toBe(false);
  });
});

describe('splitCaptionCredit', () => {
  it('moves a trailing "Ảnh: NAME" credit out, title-cased', () => {
    expect(splitCaptionCredit('Các đại biểu dự hội nghị. Ảnh: NGỌC HÀ', r)).toEqual({
      caption: 'Các đại biểu dự hội nghị.',
      credits: ['Ngọc Hà'],
    });
  });

  it('reads a bracketed credit and keeps acronyms and phrases as written', () => {
    expect(splitCaptionCredit('Quang cảnh buổi lễ (Ảnh: TTXVN)', r)).toEqual({ caption: 'Quang cảnh buổi lễ', credits: ['TTXVN'] });
    expect(splitCaptionCredit('Phiên tòa sơ thẩm. Ảnh: TP', r).credits).toEqual(['TP']);
    expect(splitCaptionCredit('Bác sĩ thăm khám. Ảnh: Bệnh viện cung cấp', r).credits).toEqual(['Bệnh viện cung cấp']);
  });

  it('splits two photographers and drops the agency after a photographer', () => {
    expect(splitCaptionCredit('Lễ khánh thành. Ảnh: MINH ĐỨC - THU HÀ', r).credits).toEqual(['Minh Đức', 'Thu Hà']);
    expect(splitCaptionCredit('Quang cảnh phiên họp. Ảnh: Thanh Hà/TTXVN', r).credits).toEqual(['Thanh Hà']);
    expect(splitCaptionCredit('Quang cảnh phiên họp. Ảnh: VGP/Nhật Bắc', r).credits).toEqual(['Nhật Bắc']);
  });

  it('leaves descriptive "Ảnh minh họa" and captions without credit alone', () => {
    expect(splitCaptionCredit('Một góc chợ. Ảnh: minh họa', r).credits).toEqual([]);
    expect(splitCaptionCredit('Toàn cảnh hội nghị', r)).toEqual({ caption: 'Toàn cảnh hội nghị', credits: [] });
  });
});

describe('agencyTag', () => {
  it('reads the tags leads open with', () => {
    expect(agencyTag('(CT) - Ngày 15-1-2021, Ban Thường vụ…', r)?.code).toBe('CT');
    expect(agencyTag('LSO-Chiều nay (29/5), tại…', r)?.code).toBe('LSO');
    expect(agencyTag('(ĐCSVN) – Tại buổi làm việc…', r)?.code).toBe('ĐCSVN');
    expect(agencyTag('(PLO)- VKSND khu vực 7…', r)?.code).toBe('PLO');
    expect(agencyTag('NDĐT – Sáng 5/3, tại Hà Nội…', r)?.code).toBe('NDĐT');
    expect(agencyTag('Hà Nội, 12/3 (TTXVN) - Chiều nay…', r)?.code).toBe('TTXVN');
  });

  it('does not take an abbreviation in the sentence for a tag', () => {
    expect(agencyTag('HĐND - UBND xã tổ chức tiếp xúc cử tri.', r)).toBeNull();
    expect(agencyTag('UBND - cơ quan hành chính…', r)).toBeNull();
    expect(agencyTag('Ngày 6/7, Ban Chỉ đạo…', r)).toBeNull();
    expect(agencyTag('Ông Lê Văn A (SN 1980) - trú tại xã…', r)).toBeNull();
  });
});
