/**
 * Head nouns a verb modifies inside the phrase before a number ("diện tích nuôi",
 * "mật độ thả nuôi", "kinh phí hỗ trợ", "tỷ lệ tiêm chủng"): the verb is part of the object,
 * not its edge; verbs that take the amount themselves ("lãi", "dao động", "cao") are not;
 * an adverb that ends a longer verb ("bồi thường") is no adverb. Sentences are invented for
 * these tests (made-up people, places and numbers); expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const objects = (p: string) => extractFigures(para(p), rules).map((f) => [f.value, f.object]);

describe('figures: a verb after a head noun stays in the object', () => {
  it('reads the head and its verb before the number', () => {
    expect(objects('Hợp tác xã Tân Lợi mở rộng diện tích trồng lên 35 ha.')).toEqual([[35, 'diện tích trồng']]);
    expect(objects('Mật độ thả nuôi 300 con/m2, cao hơn vụ trước.')).toEqual([[300, 'Mật độ thả nuôi']]);
    expect(objects('Tổng kinh phí hỗ trợ 12 tỷ đồng từ ngân sách tỉnh.')).toEqual([[12, 'Tổng kinh phí hỗ trợ']]);
    expect(objects('Tỷ lệ tiêm chủng đạt 97% trong năm.')).toEqual([[97, 'Tỷ lệ tiêm chủng']]);
    expect(objects('Xã đã trao số tiền hỗ trợ 8 triệu đồng cho gia đình bà Lụa.')).toEqual([[8, 'số tiền hỗ trợ']]);
  });
  it('reads the head after a preposition that opens the amount phrase', () => {
    expect(objects('Dự án được thực hiện với ngân sách hoạt động hơn 4 triệu USD.')).toEqual([[4, 'ngân sách hoạt động']]);
  });
  it('does not take a verb that carries the amount itself', () => {
    // "lãi" is the predicate: "chi phí" is what was subtracted, not what is counted
    expect(objects('Sau khi trừ chi phí lãi hơn 50 triệu đồng.')).toEqual([[50, null]]);
    // "dao động" takes the range; the price is the subject
    expect(objects('Giá thuê dao động 300.000-450.000 đồng một tháng.')).toEqual([[300000, null]]);
  });
  it('does not read a head that ends a longer verb', () => {
    // "đánh giá cao" is a verb phrase, "giá" no head: the phrase ends at "cao"
    expect(objects('Bộ trưởng đánh giá cao chặng đường 40 năm của ngành.')).toEqual([[40, 'chặng đường']]);
  });
  it('keeps a phrase that has its head already', () => {
    // "diện tích" heads the phrase; "cho thuê" before it is not taken in
    expect(objects('Giá cho thuê căn hộ diện tích 60 m2 khoảng 7 triệu đồng.')[0]).toEqual([60, 'căn hộ diện tích']);
  });
});

describe('figures: an adverb that ends a longer verb is no adverb', () => {
  it('keeps "bồi thường" whole', () => {
    expect(objects('Số tiền bồi thường hơn 2 tỷ đồng.')).toEqual([[2, 'Số tiền bồi thường']]);
    expect(objects('Số tiền bồi thường là 2 tỷ đồng.')).toEqual([[2, 'Số tiền bồi thường']]);
  });
  it('still skips a real adverb', () => {
    expect(objects('Giá gạo hiện là 18.000 đồng/kg.')).toEqual([[18000, 'Giá gạo']]);
  });
});

describe('figures: an amount restated after "tương đương", "tức"', () => {
  it('gives the restated amount the object of the first', () => {
    expect(objects('Kinh phí dành cho hộ nghèo là 240 tỷ đồng, tương đương 80 tỷ đồng mỗi năm.')).toEqual([
      [240, 'Kinh phí dành cho hộ nghèo'],
      [80, 'Kinh phí dành cho hộ nghèo'],
    ]);
    expect(objects('Giá khởi điểm là 599 USD (tức khoảng 15 triệu đồng).')).toEqual([
      [599, 'Giá khởi điểm'],
      [15, 'Giá khởi điểm'],
    ]);
  });
  it('leaves a second amount that says what it counts alone', () => {
    expect(objects('Giá vé người lớn là 50 USD, vé trẻ em 20 USD.')[1]).toEqual([20, 'vé trẻ em']);
  });
});

describe('figures: an adjunct that closes the subject', () => {
  it('keeps "trên địa bàn", "toàn tỉnh" at the end of a subject before its verb', () => {
    expect(objects('Thu ngân sách trên địa bàn ước đạt 9.800 tỷ đồng.')).toEqual([[9800, 'Thu ngân sách trên địa bàn']]);
    expect(objects('Dư nợ tín dụng toàn tỉnh đạt 61.000 tỷ đồng.')).toEqual([[61000, 'Dư nợ tín dụng toàn tỉnh']]);
  });
  it('leaves "trên địa bàn" right before a count of places as where it is', () => {
    expect(objects('Xã đã tổ chức 12 cuộc đối thoại với nhân dân trên địa bàn 6 thôn.')).toEqual([
      [12, 'đối thoại với nhân dân'],
      [6, null],
    ]);
  });
});

describe('figures: the months of a year so far are a reporting period', () => {
  it('is no figure', () => {
    expect(objects('Trong 10 tháng năm 2025, toàn tỉnh thu hút 14 dự án.')).toEqual([[14, null]]);
  });
});

describe('figures: "nước ngoài", "trong nước" inside a subject', () => {
  it('reads past them', () => {
    expect(objects('Vốn đầu tư nước ngoài đăng ký đạt 2,4 tỷ USD.')).toEqual([[2.4, 'Vốn đầu tư nước ngoài đăng ký']]);
    expect(objects('Nhu cầu tiêu dùng trong nước khoảng 8 triệu tấn.')).toEqual([[8, 'Nhu cầu tiêu dùng trong nước']]);
  });
});

describe('figures: a demonstrative inside the subject', () => {
  it('keeps "này", "đó" after the noun they close', () => {
    expect(objects('Lô hàng này trị giá 80 triệu đồng.')).toEqual([[80, 'Lô hàng này']]);
    expect(objects('Tuyến đê này dài gần 12 km.')).toEqual([[12, 'Tuyến đê này']]);
  });
  it('never gives a demonstrative alone', () => {
    expect(objects('Tuy vậy mức tăng này vẫn thấp hơn 4% so với năm ngoái.')).toEqual([[4, null]]);
  });
});

describe('figures: words after a counted noun', () => {
  it('reads "năm cuối" as part of the noun, "đây" as the next clause', () => {
    expect(objects('Trường có 600 sinh viên năm cuối ngành y.')).toEqual([[600, 'sinh viên năm cuối ngành y']]);
    expect(objects('Hội chợ đón 9.000 lượt khách tham quan và đây là kỷ lục.')).toEqual([[9000, 'tham quan']]);
  });
});

describe('figures: a subject that names a place after a preposition', () => {
  it('runs over the preposition when only a place name stands after it', () => {
    expect(objects('Khách quốc tế đến Đà Nẵng đạt 3,1 triệu lượt.')).toEqual([[3.1, 'Khách quốc tế đến Đà Nẵng']]);
    expect(objects('Lượng mưa tại Quy Nhơn đạt 280 mm.')).toEqual([[280, 'Lượng mưa tại Quy Nhơn']]);
  });
});
