import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const figs = (p: string) => extractFigures(para(p), rules);
const pairs = (p: string) => figs(p).map((f) => [f.value, f.unit]);

describe('figures: amounts and units', () => {
  it('multiplies money by its multiplier word', () => {
    const [f] = figs('Ngân hàng và vợ chồng ông S ký hợp đồng cho vay 3,6 tỉ đồng.');
    expect(f).toMatchObject({ value: 3.6, unit: 'tỉ đồng', multiplier: 1e9, quantity: 3.6e9, object: 'hợp đồng cho vay' });
  });
  it('keeps "triệu" alone as the unit, with its multiplier', () => {
    const [f] = figs('Hiện, mức giảm trừ gia cảnh là 15,4 triệu (gồm giảm trừ cá nhân 11 triệu).');
    expect(f).toMatchObject({ value: 15.4, unit: 'triệu', multiplier: 1e6, quantity: 15400000, object: 'mức giảm trừ gia cảnh' });
  });
  it('takes what is counted from the words after a classifier', () => {
    const [f] = figs('Người đứng đầu cấp ủy đã tổ chức 35 cuộc đối thoại trực tiếp với nhân dân trên địa bàn 10 phường.');
    expect(f).toMatchObject({ value: 35, unit: 'cuộc', object: 'đối thoại trực tiếp với nhân dân' });
  });
  it('keeps a counted noun inside its object, and leaves the object empty when nothing more is said', () => {
    const got = figs('Hội nghị kết nối trực tuyến tới 191 điểm cầu cấp huyện và cấp xã; đối thoại tại 11 xã, phường.');
    expect(got[0]).toMatchObject({ value: 191, unit: 'điểm cầu', object: 'điểm cầu cấp huyện và cấp xã' });
    expect(got[1]).toMatchObject({ value: 11, unit: 'xã, phường', object: null });
  });
  it('counts ages and reads the person before them', () => {
    expect(figs('Người đàn ông 63 tuổi đau bụng kéo dài.')[0]).toMatchObject({ value: 63, unit: 'tuổi', object: 'Người đàn ông' });
    expect(figs('Bệnh xuất hiện chủ yếu ở người trên 60 tuổi.')[0]).toMatchObject({ value: 60, qualifier: 'trên', object: 'người' });
  });
  it('gives two figures for a rate, and "trên" between them means "per"', () => {
    const got = figs('Tỷ lệ mắc mới khoảng 5,6 ca trên 100.000 dân mỗi năm.');
    expect(got.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [5.6, 'ca', 'khoảng'],
      [100000, 'dân', null],
    ]);
  });
  it('reads ranges with their qualifier', () => {
    const [f] = figs('Bệnh chiếm khoảng 15-25% ca ung thư ruột non.');
    expect(f).toMatchObject({ value: 15, max: 25, unit: '%', qualifier: 'khoảng', object: 'ca ung thư ruột non' });
    expect(figs('Ông sụt 2-3 kg.')[0]).toMatchObject({ value: 2, max: 3, unit: 'kg', object: null });
    expect(figs('Mỗi đợt có từ 50 – 70 người tham gia.')[0]).toMatchObject({ value: 50, max: 70, unit: 'người' });
  });
  it('reads percentages written out and number words', () => {
    expect(pairs('Tỷ lệ đạt 88 phần trăm.')).toEqual([[88, 'phần trăm']]);
    expect(pairs('Có ba mươi lăm người tham dự.')).toEqual([[35, 'người']]);
    expect(pairs('Xây dựng một trăm lẻ năm căn nhà.')).toEqual([[105, 'căn nhà']]);
  });
  it('counts "so many of so many" before a counted noun, but not a date', () => {
    expect(figs('Toàn huyện có 15/15 xã đạt chuẩn nông thôn mới.')[0]).toMatchObject({ value: 15, unit: 'xã' });
    expect(pairs('Từ 20/5 người dân tập trung đông.')).toEqual([]);
  });
  it('takes a list of counted nouns whole as the object of a percentage', () => {
    expect(figs('Kết quả, 100% xã, phường, thị trấn đã thành lập Ban Chỉ đạo.')[0]).toMatchObject({
      value: 100,
      unit: '%',
      object: 'xã, phường, thị trấn',
    });
  });
  it('reads the subject of "ước đạt" and of a change', () => {
    expect(figs('Kim ngạch xuất khẩu ước đạt 2,5 tỷ USD.')[0]).toMatchObject({ qualifier: 'ước đạt', object: 'Kim ngạch xuất khẩu', quantity: 2.5e9 });
    expect(figs('Năm 2023, GRDP tăng 7,5%.')[0]).toMatchObject({ value: 7.5, object: 'GRDP' });
    expect(figs('Tỷ lệ hộ nghèo giảm còn 2,1%.')[0]).toMatchObject({ value: 2.1, object: 'Tỷ lệ hộ nghèo' });
  });
  it('matches glued units as written', () => {
    expect(pairs('Cách trung tâm 2km, rộng 20ha.')).toEqual([
      [2, 'km'],
      [20, 'ha'],
    ]);
    expect(pairs('Điện thoại hỗ trợ 4G và 5G.')).toEqual([]);
  });
  it('reads a minus sign, and leaves kilometre posts alone', () => {
    expect(figs('Nhiệt độ ở Pha Đin xuống -4,3 độ C.')[0]).toMatchObject({ value: -4.3, unit: 'độ C' });
    expect(pairs('Tai nạn xảy ra tại Km 48+200 cao tốc Cam Lộ - La Sơn.')).toEqual([]);
  });
  it('keeps every figure of a list that shares a verb', () => {
    const got = figs('Cấp tỉnh tổ chức được 3 cuộc, cấp huyện tổ chức được 6 cuộc, đạt 54%, cấp xã tổ chức được 200 cuộc, đạt 88%.');
    expect(got.map((f) => [f.value, f.unit, f.qualifier, f.object])).toEqual([
      [3, 'cuộc', null, null],
      [6, 'cuộc', null, null],
      [54, '%', 'đạt', null],
      [200, 'cuộc', null, null],
      [88, '%', 'đạt', null],
    ]);
  });
  it('lists each occurrence with its own span', () => {
    const p = 'Giảm trừ cá nhân 11 triệu; trong đó, 11 triệu được xác định theo mức sống.';
    const got = figs(p);
    expect(got).toHaveLength(2);
    expect(got.map((f) => p.slice(f.span.start, f.span.end))).toEqual(['11 triệu', '11 triệu']);
    expect(got[0]!.span.start).not.toBe(got[1]!.span.start);
  });
  it('gives the clause as text', () => {
    const [f] = figs('Quá trình sử dụng vốn, dư nợ tạm tính là hơn 5,3 tỉ đồng (gồm nợ gốc).');
    expect(f!.text).toBe('dư nợ tạm tính là hơn 5,3 tỉ đồng');
    expect(f!.qualifier).toBe('hơn');
  });
});

describe('figures: what is not a figure', () => {
  const none = [
    'Sáng ngày 8/1, hội nghị diễn ra.',
    'Ngày 15-1-2021, Ban Thường vụ tổ chức tổng kết.',
    'Chiều nay (29/5), tại tỉnh, hội nghị khai mạc.',
    'Năm 2018, công tác dân vận đạt kết quả; riêng năm 2017 có chuyển biến.',
    'Bầu cử đại biểu HĐND nhiệm kỳ 2021-2026 diễn ra an toàn.',
    'Thực hiện Kết luận số 120 của Bộ Chính trị khóa XI.',
    'Hội nghị công bố Quyết định số 686-QĐ/TU của Ban Thường vụ.',
    'Tuyến Metro số 1 đã chạy thử.',
    'Tại phiên họp thứ ba, các đại biểu thảo luận.',
    'Đại hội đại biểu Đảng bộ lần thứ I diễn ra sáng 11-10.',
    'VKSND khu vực 7 - TP.HCM đã kháng nghị.',
    'Phòng, chống dịch COVID-19 hiệu quả.',
    'Theo Điều 328 BLDS và khoản 3.1 Điều 3 của văn bản.',
    'BS.CK2 Cao Thị Hồng cho biết như vậy.',
    'Hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.',
    'Trong 9 tháng qua, tỉnh có nhiều chuyển biến.',
    'Hàng nghìn người và nhiều cuộc giám sát được tổ chức.',
    'Buổi lễ bắt đầu lúc 8 giờ 30 tại hội trường.',
    'Đường dây nóng 0912.345.678 hoạt động liên tục.',
    'Vợ chồng ông S thanh toán nợ đến tháng 12-2022.',
    'Hai bên ký kết trên cơ sở tự nguyện với một ngân hàng.',
    'Đây là mức chi tiêu tối thiểu của một người trong một tháng.',
    'Cách đây 3 năm, dự án được khởi công.',
  ];
  for (const p of none) {
    it(p, () => {
      expect(pairs(p)).toEqual([]);
    });
  }
});

describe('figures: long input', () => {
  it('finishes on a 1 MB line of adversarial text', () => {
    const lines = [
      '1.'.repeat(500_000),
      'a'.repeat(1_000_000),
      'ba '.repeat(350_000),
      '9'.repeat(1_000_000),
      '-1'.repeat(500_000),
      'a/'.repeat(500_000) + ' 5 người',
      'x'.repeat(1_000_000) + ' 5 người 6 người 7 người',
    ];
    for (const l of lines) expect(Array.isArray(figs(l))).toBe(true);
  });
  it('finds every figure in a 1 MB line of repeated figures', () => {
    const unit = 'Tỉnh có 2.000 người tham gia, đạt 95%. ';
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const got = figs(line);
    expect(got.length).toBe(2 * Math.ceil(1_000_000 / unit.length));
  });
});
