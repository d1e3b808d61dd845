import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const figs = (p: string) => extractFigures(para(p), rules);
const pairs = (p: string) => figs(p).map((f) => [f.value, f.unit]);

describe('figures: units stay the counted noun', () => {
  it('leaves an acronym after the noun to the object, not the unit', () => {
    const [f] = figs('Đến nay huyện Tam Nông có 48 sản phẩm OCOP được công nhận.');
    expect(f).toMatchObject({ value: 48, unit: 'sản phẩm', object: 'sản phẩm OCOP' });
  });
  it('reads "N sao" after a counted noun as a grade: no figure, and it stays in the object', () => {
    const got = figs('Trong đó có 2 sản phẩm 4 sao và 17 sản phẩm 3 sao.');
    expect(got.map((f) => [f.value, f.unit, f.object])).toEqual([
      [2, 'sản phẩm', 'sản phẩm 4 sao'],
      [17, 'sản phẩm', 'sản phẩm 3 sao'],
    ]);
  });
  it('counts a classifier and leaves the animal to the object', () => {
    const [f] = figs('Dịch bệnh làm 64 con lợn bị chết trong tuần.');
    expect(f).toMatchObject({ value: 64, unit: 'con', object: 'lợn' });
  });
  it('counts sessions and submissions that block lists used to drop', () => {
    expect(pairs('Trong nhiệm kỳ, HĐND huyện đã tổ chức 18 kỳ họp.')).toEqual([[18, 'kỳ họp']]);
    const [f] = figs('Kỳ họp xem xét 9 tờ trình của UBND huyện.');
    expect(f).toMatchObject({ value: 9, unit: 'tờ trình', object: 'tờ trình của UBND huyện' });
  });
  it('reads a number after "con số"', () => {
    const [f] = figs('Năm học mới, trường đạt con số 32 lớp học.');
    expect(f).toMatchObject({ value: 32, unit: 'lớp học', object: null });
  });
});

describe('figures: objects before the number', () => {
  it('crosses adverbs between the subject and its amount', () => {
    expect(figs('Tổng doanh thu du lịch dự kiến 12.000 tỷ đồng.')[0]).toMatchObject({ value: 12000, unit: 'tỷ đồng', object: 'Tổng doanh thu du lịch' });
    expect(figs('Theo anh Tư, thu nhập của anh cũng chỉ 3 triệu đồng.')[0]).toMatchObject({ value: 3, qualifier: 'chỉ', object: 'thu nhập của anh' });
  });
  it('skips a per-head phrase between the subject and its amount', () => {
    const [f] = figs('Nhà trường thu tiền bán trú mỗi cháu 250.000 đồng.');
    expect(f).toMatchObject({ value: 250000, unit: 'đồng', object: 'tiền bán trú' });
  });
  it('takes no object from a name that heads the counted noun', () => {
    expect(figs('Hội nghị có sự tham dự của Giám đốc Sở Y tế 12 tỉnh.')[0]).toMatchObject({ value: 12, unit: 'tỉnh', object: null });
    expect(figs('Đại diện Công an 7 huyện báo cáo tình hình.')[0]).toMatchObject({ value: 7, unit: 'huyện', object: null });
  });
  it('takes no verb or quantifier as the object', () => {
    expect(figs('Huyện đã ban hành hơn 40 nghị quyết.')[0]).toMatchObject({ value: 40, qualifier: 'hơn', object: null });
    expect(figs('Sở đã tập huấn cho toàn bộ 312 cán bộ, công chức.')[0]).toMatchObject({ value: 312, unit: 'cán bộ, công chức', object: null });
  });
  it('a possessor cut short does not make an object', () => {
    const [f] = figs('Năm nay có 850 học sinh của.');
    expect(f).toMatchObject({ value: 850, unit: 'học sinh', object: null });
  });
});

describe('figures: particles and conjunctions before the number', () => {
  it('reads the verb\'s object across a particle only when it is a whole phrase', () => {
    expect(figs('Tỉnh nâng tổng chiều dài đê biển lên 120 km.')[0]).toMatchObject({ value: 120, unit: 'km', object: 'tổng chiều dài đê biển' });
    expect(figs('Đội khách nới rộng cách biệt lên 4 bàn.')[0]).toMatchObject({ value: 4, object: null });
  });
  it('does not take a conjunction as the object', () => {
    expect(figs('Dù đã 70 tuổi, ông vẫn đi làm.')[0]).toMatchObject({ value: 70, unit: 'tuổi', object: null });
  });
});

describe('figures: units written as lists or with marks, and value words', () => {
  it('joins counted nouns listed with a comma into one unit', () => {
    const [f] = figs('Trung tâm có 16 bác sĩ, điều dưỡng làm việc toàn thời gian.');
    expect(f).toMatchObject({ value: 16, unit: 'bác sĩ, điều dưỡng' });
  });
  it('does not join a noun to a place that opens the next clause', () => {
    const got = figs('Phường Tân Định có 31 hộ, quận 5 cũng có 9 hộ.');
    expect(got.map((f) => [f.value, f.unit])).toEqual([
      [31, 'hộ'],
      [9, 'hộ'],
    ]);
  });
  it('keeps a power mark with its measure', () => {
    expect(figs('Khu bảo tồn rộng 2.350 km² nằm giữa hai tỉnh.')[0]).toMatchObject({ value: 2350, unit: 'km²' });
  });
  it('reads "trị giá" as linking a thing to its value, but not inside "tổng trị giá"', () => {
    expect(figs('Lô gỗ lậu trị giá 820 triệu đồng bị tịch thu.')[0]).toMatchObject({ value: 820, object: 'Lô gỗ lậu' });
    expect(figs('Ban tổ chức trao 40 suất quà với tổng trị giá hơn 60 triệu đồng.')[1]).toMatchObject({ value: 60, qualifier: 'hơn', object: 'tổng trị giá' });
  });
  it('lets an event classifier count an activity named by a verb', () => {
    expect(figs('Đoàn tổ chức 4 đợt kiểm tra an toàn thực phẩm.')[0]).toMatchObject({ value: 4, unit: 'đợt', object: 'kiểm tra an toàn thực phẩm' });
  });
});

describe('figures: subjects across qualifiers and years', () => {
  it('crosses qualifiers in a row and a year adjunct to reach the subject', () => {
    const [f] = figs('Giá trị sản xuất công nghiệp năm 2025 đạt hơn 9.000 tỷ đồng.');
    expect(f).toMatchObject({ value: 9000, qualifier: 'hơn' });
    expect(f!.object).toContain('Giá trị sản xuất công nghiệp');
  });
  it('keeps a growth rate whole', () => {
    expect(figs('Tốc độ tăng trưởng kinh tế của huyện ước đạt 7,6%.')[0]).toMatchObject({ value: 7.6, object: 'Tốc độ tăng trưởng kinh tế của huyện' });
  });
});

describe('figures: changes and verbs before the number', () => {
  it('reads the subject of a change "từ A lên B"', () => {
    // (the old value is a figure too, in the same unit: see changes-sizes.test.ts)
    expect(figs('Dự thảo nâng tuổi nghỉ hưu từ 60 lên 62 tuổi.').find((f) => f.value === 62)).toMatchObject({ unit: 'tuổi', object: 'tuổi nghỉ hưu' });
    expect(figs('Giá gạo giảm từ 18.000 xuống 16.500 đồng/kg.').find((f) => f.value === 16500)).toMatchObject({ object: 'Giá gạo' });
  });
  it('takes no verb as the object', () => {
    expect(figs('Xã được chia thành 4 thôn.')[0]).toMatchObject({ value: 4, unit: 'thôn', object: null });
    expect(figs('Trường bổ sung 6 giáo viên.')[0]).toMatchObject({ value: 6, unit: 'giáo viên', object: null });
  });
});

describe('figures: brackets', () => {
  it('takes no place name before a bracketed count as its object', () => {
    const got = figs('Thiệt hại nhiều nhất ở Bình Định (42 hộ) và Phú Yên (17 hộ).');
    expect(got.map((f) => [f.value, f.unit, f.object])).toEqual([
      [42, 'hộ', null],
      [17, 'hộ', null],
    ]);
  });
});

describe('figures: "tăng trưởng" as a noun', () => {
  it('keeps "tăng trưởng …" whole as the subject, and still reads "X tăng trưởng N%" with X as the object', () => {
    expect(figs('Tăng trưởng tín dụng của ngân hàng đạt 14% trong năm.')[0]).toMatchObject({ value: 14, unit: '%', object: 'Tăng trưởng tín dụng của ngân hàng' });
    expect(figs('Xuất khẩu nông sản tăng trưởng 12% nhờ thị trường mới.')[0]).toMatchObject({ value: 12, unit: '%', object: 'Xuất khẩu nông sản' });
    expect(figs('Tỉnh xác định 4 động lực tăng trưởng trong giai đoạn tới.')[0]).toMatchObject({ value: 4, object: 'động lực tăng trưởng' });
  });
});

describe('figures: joiners inside a subject', () => {
  it('keeps "trên địa bàn …" inside the subject of a change ("tổng sản phẩm trên địa bàn tỉnh tăng 8,2%")', () => {
    expect(figs('Năm 2025, tổng sản phẩm trên địa bàn tỉnh tăng 8,2% so với năm trước.')[0]).toMatchObject({ value: 8.2, unit: '%', object: 'tổng sản phẩm trên địa bàn tỉnh' });
    // opening the sentence and closed by a comma, it is no part of the subject
    expect(figs('Trên địa bàn huyện, tỷ lệ hộ nghèo giảm 1,5%.')[0]).toMatchObject({ value: 1.5, object: 'tỷ lệ hộ nghèo' });
  });
});
