/**
 * Figures around changes and sizes: the old value of "từ A lên B <unit>", adverbs between a
 * change verb and its amount, size words ("dài", "rộng") after their subject, a qualifier
 * after a date word, lunar dates in lower case. Sentences are invented for these tests
 * (made-up places and numbers); expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const figs = (p: string) => extractFigures(para(p), rules);
const pairs = (p: string) => figs(p).map((f) => [f.value, f.unit]);

describe('figures: "từ A lên B" gives A the unit written after B', () => {
  it('reads both values of a change', () => {
    expect(pairs('Tỉnh đề nghị nâng thời hạn lưu trú từ 20 lên 60 ngày.')).toEqual([
      [20, 'ngày'],
      [60, 'ngày'],
    ]);
    expect(pairs('Quốc lộ sẽ được mở rộng từ 2 lên 6 làn xe.').map((p) => p[0])).toEqual([2, 6]);
    expect(pairs('Giá vé giảm từ 150 xuống 90 nghìn đồng.')).toEqual([
      [150, 'nghìn đồng'],
      [90, 'nghìn đồng'],
    ]);
  });
  it('takes the object of the old value from before "từ"', () => {
    expect(figs('Tỉnh đề nghị nâng thời hạn lưu trú từ 20 lên 60 ngày.')[0]).toMatchObject({ value: 20, object: 'thời hạn lưu trú' });
  });
  it('leaves a bare number that is not the old value of a change', () => {
    expect(pairs('Đoàn xe đi từ 5 giờ sáng, lên 8 xe khách.')).not.toContainEqual([5, 'xe khách']);
    expect(pairs('Xếp hạng của trường tăng lên 12 bậc.')).toEqual([[12, 'bậc']]);
  });
});

describe('figures: adverbs of a change and size words keep the subject as the object', () => {
  it('reads past "trung bình", "bình quân", "dần"', () => {
    expect(figs('Giá thuê văn phòng giảm trung bình 15-20% trong năm.')[0]).toMatchObject({ value: 15, max: 20, object: 'Giá thuê văn phòng' });
    expect(figs('Sản lượng cà phê tăng bình quân 3,5% mỗi năm.')[0]).toMatchObject({ value: 3.5, object: 'Sản lượng cà phê' });
    expect(figs('Lượng khách lưu trú giảm dần 10% mỗi quý.')[0]).toMatchObject({ object: 'Lượng khách lưu trú' });
  });
  it('reads the subject of a size word', () => {
    expect(figs('Tuyến đường ven sông dài hơn 12 km, đi qua ba xã.')[0]).toMatchObject({ value: 12, unit: 'km', object: 'Tuyến đường ven sông', qualifier: 'hơn' });
    expect(figs('Khu đất phía nam rộng 4,5 ha.')[0]).toMatchObject({ value: 4.5, unit: 'ha', object: 'Khu đất phía nam' });
  });
  it('does not read a verb that ends in a size word as one', () => {
    expect(figs('Huyện đề xuất mở rộng 3 km đường tỉnh.')[0]?.object).not.toBe('Huyện đề xuất mở');
  });
});

describe('figures: a qualifier after a date word makes an amount', () => {
  it('reads "đầu năm gần 9 tỷ đồng"', () => {
    expect(figs('Tổng số tiền công ty chi cho ngày làm việc đầu năm gần 9 tỷ đồng.')).toMatchObject([{ value: 9, unit: 'tỷ đồng', qualifier: 'gần' }]);
  });
  it('still refuses dates and times', () => {
    expect(pairs('Sáng khoảng 9 giờ, đoàn đến thăm.')).toEqual([]);
    expect(pairs('Năm 2024 đạt kết quả tốt.')).toEqual([]);
  });
});

describe('figures: lunar dates in lower case', () => {
  it('leaves "23 tháng chạp" and "mùng 6 tháng giêng" out', () => {
    expect(pairs('Sáng 2/2 (23 tháng chạp), chợ hoa mở cửa.')).toEqual([]);
    expect(pairs('Lễ hội diễn ra ngày 15 tháng giêng hằng năm.')).toEqual([]);
  });
  it('keeps a duration in months', () => {
    expect(pairs('Công trình thi công trong 15 tháng.')).toEqual([[15, 'tháng']]);
  });
});

describe('figures: thresholds, lists of figures and clauses after a semicolon', () => {
  it('reads an amount after "mốc" and never takes the threshold word as its object', () => {
    expect(figs('Giá cà phê xuất khẩu vượt mốc 4.000 USD một tấn.')).toMatchObject([{ value: 4000, unit: 'USD', object: 'Giá cà phê xuất khẩu' }]);
    expect(figs('Giá thuê hạ xuống ngưỡng 7-8 triệu đồng một tháng.')[0]?.object).toBeNull();
  });
  it('counts the next item of a list of figures and a clause after a semicolon', () => {
    expect(pairs('Quỹ đã xây tặng 120 nhà đại đoàn kết, trên 3.000 áo phao và nhiều phần quà.')).toEqual([
      [120, 'nhà đại đoàn kết'],
      [3000, 'áo phao'],
    ]);
    expect(pairs('Khu trưng bày có 5 linh vật lớn; 40 đèn lồng và tiểu cảnh.')).toContainEqual([40, 'đèn lồng']);
  });
  it('counts after "bảo đảm" / "đảm bảo"', () => {
    expect(pairs('Sách giáo khoa cần bảo đảm 4 nguyên tắc cơ bản.')).toEqual([[4, 'nguyên tắc']]);
  });
  it('still leaves a house number after a comma alone', () => {
    expect(pairs('Cửa hàng ở số 12, 34 Lê Lợi.')).toEqual([]);
  });
});

describe('figures: comparisons and shares', () => {
  it('does not take the point of comparison after a change as the object', () => {
    expect(figs('Diện tích trồng ngô tăng thêm 2.000 ha so với kế hoạch đầu năm.')[0]).toMatchObject({ value: 2000, object: 'Diện tích trồng ngô' });
    expect(figs('Giá phân bón giảm 8% so với quý trước.')[0]).toMatchObject({ object: 'Giá phân bón' });
  });
  it('reads the subject of a comparative before "hơn"', () => {
    expect(figs('Giá thuê kho lạnh hiện cao hơn 25% so với kho thường.')[0]).toMatchObject({ value: 25, qualifier: 'hơn', object: 'Giá thuê kho lạnh' });
    // "hơn" may stand before another qualifier
    expect(figs('Giá bán nhà thấp hơn khoảng 30% so với nhà thương mại.')[0]).toMatchObject({ value: 30, qualifier: 'khoảng', object: 'Giá bán nhà' });
    // without "hơn" the adjective belongs to the noun phrase
    expect(figs('Trẻ nhỏ dưới 6 tuổi được miễn vé.')[0]).toMatchObject({ value: 6, object: 'Trẻ nhỏ' });
  });
  it('reads what a share is a share of', () => {
    expect(figs('Số thu mới chỉ đạt khoảng 70% so với dự toán được giao.')[0]).toMatchObject({ value: 70, object: 'dự toán' });
  });
  it('reads past "nhẹ", "tiếp tục" and "cắt giảm"', () => {
    expect(figs('Giá lúa tiếp tục tăng nhẹ 300 đồng/kg.')[0]).toMatchObject({ value: 300, object: 'Giá lúa' });
    expect(figs('Chi thường xuyên cắt giảm 5% so với năm trước.')[0]).toMatchObject({ value: 5, object: 'Chi thường xuyên' });
  });
});

describe('figures: "vượt" and modal adverbs before an amount', () => {
  const objects = (p: string) => figs(p).map((f) => [f.value, f.object]);
  it('reads the subject of "vượt" like that of "tăng"', () => {
    expect(objects('Giá cà phê xuất khẩu vượt mốc 5.000 USD một tấn.')).toEqual([[5000, 'Giá cà phê xuất khẩu']]);
  });
  it('skips "có thể", "khó" between the subject and its amount', () => {
    expect(objects('Giá thép khó vượt 20 triệu đồng một tấn.')).toEqual([[20, 'Giá thép']]);
    expect(objects('Ổ cứng của máy có thể đạt 2 TB.')[0]).toEqual([2, 'Ổ cứng của máy']);
  });
  it('gives no object when a forecast stands before the change verb', () => {
    expect(objects('Các công ty dự báo vượt 30 triệu đồng một tấn.')).toEqual([[30, null]]);
  });
});
