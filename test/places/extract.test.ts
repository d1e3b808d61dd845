/**
 * extractLocations over hand-made article texts: one pattern per test (invented sentences).
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractLocations } from '../../src/extract/places/index.js';
import type { ArticleText } from '../../src/types.js';

const rules = loadRules();
const run = (paragraphs: string[], title: string | null = null, captions: string[] = []) =>
  extractLocations({ title, paragraphs, captions } as ArticleText, rules);
const names = (paragraphs: string[], title: string | null = null) => run(paragraphs, title).map((l) => `${l.name}|${l.level}`);

describe('provinces', () => {
  it('reads a bare province with its own level, once, and the party committee of the same unit', () => {
    const text = 'Chiều 4/6, tại Lạng Sơn, Tỉnh ủy Lạng Sơn họp với lãnh đạo tỉnh Lạng Sơn.';
    const out = run([text]);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ name: 'Lạng Sơn', level: 'tỉnh', province: 'Lạng Sơn', province2025: 'Lạng Sơn' });
    const start = text.indexOf('Lạng Sơn');
    expect(out[0]!.span).toEqual({ field: 'paragraphs', index: 0, start, end: start + 'Lạng Sơn'.length });
  });

  it('gives centrally-run cities the level thành phố when bare', () => {
    expect(names(['Đoàn công tác đến Hải Phòng và Đà Nẵng.'])).toEqual(['Hải Phòng|thành phố', 'Đà Nẵng|thành phố']);
  });

  it('maps merged provinces to their 2025 province', () => {
    const out = run(['Các tỉnh Hà Giang, Bình Dương, Bà Rịa-Vũng Tàu và Bình Thuận đã sáp nhập.']);
    expect(out.map((l) => [l.name, l.province2025])).toEqual([
      ['Hà Giang', 'Tuyên Quang'],
      ['Bình Dương', 'Hồ Chí Minh'],
      ['Bà Rịa - Vũng Tàu', 'Hồ Chí Minh'],
      ['Bình Thuận', 'Lâm Đồng'],
    ]);
  });

  it('canonicalises spelling variants of one province', () => {
    expect(names(['Tin từ Khánh Hoà.', 'Tin từ Đăk Lăk và Bà Rịa- Vũng Tàu.'])).toEqual([
      'Khánh Hòa|tỉnh',
      'Đắk Lắk|tỉnh',
      'Bà Rịa - Vũng Tàu|tỉnh',
    ]);
  });

  it('reads every way of writing TP.HCM as one city, with the level word in the span', () => {
    for (const s of ['TP.HCM', 'TP HCM', 'TPHCM', 'Tp.HCM', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'thành phố Hồ Chí Minh']) {
      const text = `Đoàn khách đã đến ${s} hôm qua.`;
      const out = run([text]);
      expect(out.map((l) => l.name), s).toEqual(['Hồ Chí Minh']);
      expect(text.slice(out[0]!.span.start, out[0]!.span.end)).toBe(s);
    }
  });

  it('reads Sài Gòn as the city but not inside a brand', () => {
    expect(names(['Tôi lớn lên ở Sài Gòn.'])).toEqual(['Hồ Chí Minh|thành phố']);
    expect(names(['Anh làm phóng viên báo Sài Gòn Giải Phóng.'])).toEqual([]);
    expect(names(['Giá vàng tại Công ty Vàng bạc đá quý Sài Gòn tăng.'])).toEqual([]);
  });
});

describe('level words', () => {
  it('keeps the same name at two levels as two units', () => {
    expect(names(['Thành ủy Sóc Trăng làm việc tại thành phố Sóc Trăng, tỉnh Sóc Trăng.'])).toEqual([
      'Sóc Trăng|thành phố',
      'Sóc Trăng|tỉnh',
    ]);
  });

  it('reads a former provincial city with its provinces', () => {
    const out = run(['Dự án ở TP Phan Thiết (cũ) đã hoàn thành.']);
    expect(out[0]).toMatchObject({ name: 'Phan Thiết', level: 'thành phố', province: 'Bình Thuận', province2025: 'Lâm Đồng' });
  });

  it('reads wards and communes by their level word, province from the unit after them', () => {
    const out = run(['Ông sống tại xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước.']);
    expect(out.map((l) => [l.name, l.level, l.province, l.province2025])).toEqual([
      ['Tân Lập', 'xã', 'Bình Phước', 'Đồng Nai'],
      ['Đồng Phú', 'huyện', 'Bình Phước', 'Đồng Nai'],
      ['Bình Phước', 'tỉnh', 'Bình Phước', 'Đồng Nai'],
    ]);
  });

  it('reads the district named without a level word inside an address', () => {
    const out = run(['Anh trú tại xã Đồng Lợi, Yên Sơn, Hà Giang; chị ở xã Hòa Phong (Mỹ Xuyên, Sóc Trăng).']);
    expect(out.map((l) => [l.name, l.level, l.province2025])).toEqual([
      ['Đồng Lợi', 'xã', 'Tuyên Quang'],
      ['Yên Sơn', null, 'Tuyên Quang'],
      ['Hà Giang', 'tỉnh', 'Tuyên Quang'],
      ['Hòa Phong', 'xã', 'Cần Thơ'],
      ['Mỹ Xuyên', null, 'Cần Thơ'],
      ['Sóc Trăng', 'tỉnh', 'Cần Thơ'],
    ]);
  });

  it('reads the district in brackets after a commune, and not a person in brackets', () => {
    expect(names(['Về thăm xã Hoằng Lộc (Hoằng Hóa) và xã Tân Phú (Lê Văn Minh).'])).toEqual([
      'Hoằng Lộc|xã',
      'Hoằng Hóa|null',
      'Tân Phú|xã',
    ]);
  });

  it('does not give a commune the province of a district that shares its name', () => {
    expect(run(['Lũ về xã Tân Phú.'])[0]).toMatchObject({ name: 'Tân Phú', province: null, province2025: null });
  });

  it('takes a ward’s province from the one current province of a post-2025 article', () => {
    const out = run([
      'Lãnh đạo TP.HCM thăm Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ).',
      'Đi cùng có Bí thư Đảng ủy phường Thủ Dầu Một.',
    ]);
    expect(out.find((l) => l.level === 'phường')).toMatchObject({ name: 'Thủ Dầu Một', province: 'Hồ Chí Minh', province2025: 'Hồ Chí Minh' });
  });

  it('reads numbered units and abbreviations', () => {
    expect(names(['Cửa hàng ở 12 Lê Lợi, P.Bến Thành, Q.1, TP.HCM; kho ở phường 12, quận Gò Vấp.'])).toEqual([
      'Bến Thành|phường',
      'Quận 1|quận',
      'Hồ Chí Minh|thành phố',
      'Phường 12|phường',
      'Gò Vấp|quận',
    ]);
  });

  it('gives every name of a plural list the level', () => {
    expect(names(['Lũ làm ngập các xã Tân Phú, Tân Hòa và Phú Lộc.'])).toEqual(['Tân Phú|xã', 'Tân Hòa|xã', 'Phú Lộc|xã']);
  });

  it('gives the level to a list in brackets or after a colon following a plural level word', () => {
    expect(names(['Tuyến đường đi qua 3 xã (Tân Phú, Tân Hòa và Phú Lộc) của huyện.'])).toEqual(['Tân Phú|xã', 'Tân Hòa|xã', 'Phú Lộc|xã']);
    expect(names(['Đợt này gồm các xã: Tân Phú, Phú Lộc.'])).toEqual(['Tân Phú|xã', 'Phú Lộc|xã']);
    // a bracket after a single level word, or a lower-case aside, names nothing
    expect(names(['Xã (Tân Phú) có nhiều đồi cát.'])).toEqual([]);
    expect(names(['Sáp nhập hai xã (cũ) thành một.'])).toEqual([]);
  });

  it('ends a ward name where a person’s name begins, but keeps a unit named after a person', () => {
    expect(names(['Chủ tịch UBND xã Tân Phú Nguyễn Văn Thành phát biểu.'])).toEqual(['Tân Phú|xã']);
    expect(names(['Trụ sở ở phường Võ Thị Sáu, quận 3.'])).toEqual(['Võ Thị Sáu|phường', 'Quận 3|quận']);
  });

  it('does not take a level word that is part of another noun', () => {
    expect(names(['Phóng viên Thông tấn xã Việt Nam đưa tin về kinh tế - xã hội.'])).toEqual([]);
    expect(names(['Chị kể ông xã Trần Minh rất chiều vợ.'])).toEqual([]);
  });

  it('does not read a level word alone or a region as a place', () => {
    expect(names(['Đại diện các huyện, thành phố và các tỉnh miền núi phía Bắc, tỉnh Nam Bộ dự họp.'])).toEqual([]);
  });

  it('does not read foreign units as Vietnamese ones', () => {
    expect(names(['Đoàn thăm thành phố Thượng Hải, tỉnh Vân Nam, quận Manhattan và quận Chúp, tỉnh Kampot.'])).toEqual([]);
  });

  it('reads Title Case or ALL CAPS headlines by known names only', () => {
    expect(names([], 'XÃ HỘI HÓA GIÁO DỤC Ở TỈNH QUẢNG TRỊ')).toEqual(['Quảng Trị|tỉnh']);
  });
});

describe('not places', () => {
  it('skips people named like places', () => {
    expect(names(['Phó Thủ tướng Nguyễn Hòa Bình và bà Lê Thị Hà Nam dự lễ.'])).toEqual([]);
    expect(names(['Đoàn dâng hương Chủ tịch Hồ Chí Minh, học tập tư tưởng Hồ Chí Minh.'])).toEqual([]);
  });

  it('skips streets, roads, rivers and companies', () => {
    expect(
      names([
        'Nhà ở đường Hải Phòng, gần phố Huế; xe chạy trên cao tốc Hà Nội - Hải Phòng qua sông Đồng Nai.',
        'Công ty Cổ phần Xi măng Hà Tiên và CLB Sông Lam Nghệ An ký hợp đồng.',
      ]),
    ).toEqual([]);
  });

  it('skips the Pacific and other names containing a province', () => {
    expect(names(['Bão hình thành trên Thái Bình Dương; trận Điện Biên Phủ đi vào lịch sử.'])).toEqual([]);
  });

  it('still counts a place inside a state body or cemetery name', () => {
    expect(names(['Đoàn viếng Nghĩa trang liệt sĩ tỉnh Bình Dương, làm việc với Công an Hà Nội.'])).toEqual([
      'Bình Dương|tỉnh',
      'Hà Nội|thành phố',
    ]);
  });
});

describe('fields and glued text', () => {
  it('scans paragraphs, then captions, then the title, with spans into each', () => {
    const out = run(['Mưa lớn ở Huế.'], 'Bão vào Quảng Ngãi', ['Đường phố Cần Thơ ngập.']);
    expect(out.map((l) => [l.name, l.span.field])).toEqual([
      ['Huế', 'paragraphs'],
      ['Cần Thơ', 'captions'],
      ['Quảng Ngãi', 'title'],
    ]);
  });

  it('finds a dateline glued to the first word of the body', () => {
    expect(names(['Quảng BìnhHai bé trai đuối nước.'])).toEqual(['Quảng Bình|tỉnh']);
  });

  it('returns nothing for an article that names no unit', () => {
    expect(run(['Bác sĩ Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật khuyến cáo người dân.'])).toEqual([]);
  });
});
