import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const objects = (p: string) => extractFigures(para(p), rules).map((f) => [f.value, f.unit, f.object]);

// hand-written sentences: a counted noun followed by a clause that describes it
describe('figures: a clause describing a counted noun is part of the object', () => {
  it('keeps a clause opened by "có", "đạt", "tham gia", "thuộc", "chưa được"', () => {
    expect(objects('Huyện hiện có 9 trường có vốn đầu tư nước ngoài.')).toEqual([[9, 'trường', 'trường có vốn đầu tư nước ngoài']]);
    expect(objects('Năm qua, 140 học sinh đạt giải học sinh giỏi cấp tỉnh, 75 học sinh tham gia các kỳ thi quốc gia.')).toEqual([
      [140, 'học sinh', 'học sinh đạt giải học sinh giỏi cấp tỉnh'],
      [75, 'học sinh', 'học sinh tham gia các kỳ thi quốc gia'],
    ]);
    expect(objects('Xã vẫn còn 37 hộ chưa được hỗ trợ nhà ở.')).toEqual([[37, 'hộ', 'hộ chưa được hỗ trợ nhà ở']]);
  });
  it('prefers the described noun to the subject of a copula before it', () => {
    expect(objects('Phần giao cho cấp huyện là 4 nhiệm vụ thuộc lĩnh vực môi trường.')).toEqual([[4, 'nhiệm vụ', 'nhiệm vụ thuộc lĩnh vực môi trường']]);
  });
  it('keeps the verb after a group noun or a visit classifier', () => {
    expect(objects('Sở cử 3 đoàn kiểm tra an toàn thực phẩm tại các chợ.')).toEqual([[3, 'đoàn', 'đoàn kiểm tra an toàn thực phẩm']]);
    expect(objects('Trong đó có hơn 1,5 triệu lượt khám bảo hiểm y tế.')).toEqual([[1.5, 'triệu lượt', 'khám bảo hiểm y tế']]);
  });
  it('reads "khác nhau" and "thành phần" inside the phrase', () => {
    expect(objects('Nhóm áp dụng 5 phương pháp khác nhau.')).toEqual([[5, 'phương pháp', 'phương pháp khác nhau']]);
    expect(objects('Tỉnh đang làm 7 dự án thành phần cao tốc.')).toEqual([[7, 'dự án', 'dự án thành phần cao tốc']]);
  });
});

describe('figures: no clause object where the verb is not a description', () => {
  it('leaves a bare opener with nothing after it', () => {
    expect(objects('Huyện có 9 trường có.')).toEqual([[9, 'trường', null]]);
  });
  it('does not read "có" followed by another count as a description', () => {
    expect(objects('Trong 6 người bị thương có hai trẻ em.').filter((f) => f[0] === 6)).toEqual([[6, 'người bị thương', null]]);
  });
  it('stops at "chỉ" after the noun', () => {
    expect(objects('Khoảng cách giữa họ và 3 đội dẫn đầu chỉ là 4 điểm.')[0]).toEqual([3, 'đội', null]);
  });
  it('reads "mặt bằng" and "cân bằng" as nouns, not "bằng" the preposition', () => {
    expect(objects('Xã đã bàn giao 90% diện tích mặt bằng cho chủ đầu tư.')).toEqual([[90, '%', 'diện tích mặt bằng']]);
  });
  it('reads the event after "ca" and "vụ" as what is counted', () => {
    expect(objects('Toàn tỉnh ghi nhận 320 ca mắc sởi.')).toEqual([[320, 'ca', 'mắc sởi']]);
    expect(objects('Công an huyện đã xử lý 14 vụ khai thác cát trái phép.')).toEqual([[14, 'vụ', 'khai thác cát trái phép']]);
  });
  it('keeps an abbreviation in brackets inside the subject', () => {
    expect(objects('Tổng sản phẩm trên địa bàn (GRDP) tăng 7,2%.')).toEqual([[7.2, '%', 'Tổng sản phẩm trên địa bàn (GRDP)']]);
    expect(objects('Chỉ số hài lòng của người dân (SIPAS) đạt 86,5%.')).toEqual([[86.5, '%', 'Chỉ số hài lòng của người dân (SIPAS)']]);
    expect(objects('Tốc độ tăng trưởng kinh tế (GRDP) của huyện ước đạt 9,1%.')).toEqual([[9.1, '%', 'Tốc độ tăng trưởng kinh tế (GRDP) của huyện']]);
  });
});

describe('figures: counted people who receive something', () => {
  it('keeps "nhận …" after the counted noun in the object', () => {
    expect(objects('Đợt này có 45 học sinh nhận học bổng của quỹ.')).toEqual([[45, 'học sinh', 'học sinh nhận học bổng của quỹ']]);
    expect(objects('Sáu tập thể được nhận bằng khen của tỉnh.')).toEqual([[6, 'tập thể', 'tập thể được nhận bằng khen của tỉnh']]);
  });
  it('does not read an amount received as a clause', () => {
    expect(objects('Mỗi hộ nhận 3 triệu đồng.')).toEqual([[3, 'triệu đồng', null]]);
  });
});

describe('figures: shares named after "là", and a scope before a copula', () => {
  it('reads the part a share names', () => {
    expect(objects('Xã có 3.200 nhân khẩu, trong đó 70% là đồng bào Mông.')[1]).toEqual([70, '%', 'đồng bào Mông']);
  });
  it('keeps the owner of a share before it', () => {
    expect(objects('Tỷ lệ thương tật 21% là do tai nạn lao động.')[0]).toEqual([21, '%', 'Tỷ lệ thương tật']);
  });
  it('takes no scope as the subject of "còn"', () => {
    expect(objects('Toàn huyện còn 312 hộ nghèo.')).toEqual([[312, 'hộ nghèo', null]]);
  });
});
