/**
 * Counted nouns the unit lists do not hold: offices, body heads and document kinds read
 * from the other rules files, and the open-class fallback. Sentences are written for these
 * tests (invented places, names and numbers); expected figures are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const figs = (p: string) => extractFigures(para(p), rules);
const pairs = (p: string) => figs(p).map((f) => [f.value, f.unit]);

describe('figures: people counted by their office (offices.json)', () => {
  it('counts directors, committee members and deputies', () => {
    expect(pairs('Bộ trưởng trao quyết định cho 17 giám đốc công an tỉnh và 5 phó giám đốc.')).toEqual([
      [17, 'giám đốc'],
      [5, 'phó giám đốc'],
    ]);
    expect(figs('Đại hội đã bầu 41 ủy viên Ban Chấp hành khóa mới.')[0]).toMatchObject({ value: 41, unit: 'ủy viên Ban Chấp hành' });
    expect(figs('Hội đồng có 9 thẩm phán.')[0]).toMatchObject({ value: 9, unit: 'thẩm phán', object: null });
  });
  it('reads the modifiers after the office as what is counted', () => {
    expect(figs('Ông trao quyết định cho 17 giám đốc công an tỉnh sau sắp xếp.')[0]).toMatchObject({
      value: 17,
      unit: 'giám đốc',
      object: 'giám đốc công an tỉnh',
    });
  });
  it('does not count a capitalised title: it opens a name', () => {
    expect(pairs('Tại hội nghị ngày 12, Giám đốc Sở Nội vụ Trần Văn Bình phát biểu.')).toEqual([]);
  });
});

describe('figures: bodies counted by their head noun (organisations.json, offices.json)', () => {
  it('counts faculties and departments listed together, and centres', () => {
    expect(figs('Bệnh viện có 38 khoa, phòng và 2 trung tâm.').map((f) => [f.value, f.unit, f.object])).toEqual([
      [38, 'khoa, phòng', null],
      [2, 'trung tâm', null],
    ]);
    expect(pairs('Lễ trao quyết định được truyền trực tuyến tới 34 công an cấp tỉnh.')).toEqual([[34, 'công an']]);
  });
  it('does not read one syllable that opens a longer word as a body ("sở hữu", "hội thi")', () => {
    expect(pairs('Dòng máy mới có 5 sở hữu trí tuệ đăng ký.')).not.toContainEqual([5, 'sở']);
    expect(pairs('Nhà trường tổ chức 3 hội thi văn nghệ.')).not.toContainEqual([3, 'hội']);
  });
  it('does not count after a product or label name ("Nexus 5 …")', () => {
    expect(pairs('Chiếc Lumia 7 sở hữu màn hình lớn.')).toEqual([]);
  });
});

describe('figures: documents counted by kind (documents.json)', () => {
  it('counts rules and resolutions', () => {
    expect(pairs('Giao UBND tỉnh thực hiện 7 quy định về phân cấp.')).toEqual([[7, 'quy định']]);
    expect(pairs('Năm qua, HĐND tỉnh ban hành 46 nghị quyết.')).toEqual([[46, 'nghị quyết']]);
  });
  it('treats a document kind before a number as a reference ("Quy chế 25")', () => {
    expect(pairs('Theo Quy chế 25 công chức phải báo cáo hằng quý.')).toEqual([]);
    expect(pairs('Nghị quyết 18 giám đốc các sở phải thực hiện.')).toEqual([]);
  });
  it('does not read a label and its verb as a count ("Chuyên đề 2 hướng dẫn …")', () => {
    expect(pairs('Chuyên đề 2 hướng dẫn thủ tục cấp phép.')).toEqual([]);
    expect(pairs('Các đại biểu tán thành Phương án 3 quy định khái quát vai trò của hợp tác xã.')).toEqual([]);
  });
});

describe('figures: the scale of a work ("quy mô N …")', () => {
  it('counts beds and lanes', () => {
    expect(figs('Bệnh viện có quy mô 650 giường bệnh.')[0]).toMatchObject({ value: 650, unit: 'giường bệnh', object: 'quy mô' });
    expect(pairs('Tuyến đường có quy mô 6 làn xe.')).toEqual([[6, 'làn xe']]);
  });
});

describe('figures: open-class counted nouns', () => {
  it('counts a noun no list holds after a verb or preposition', () => {
    expect(pairs('Mỗi tuyến dùng một hệ thống, nên thành phố có 6 công nghệ khác nhau.')).toEqual([[6, 'công nghệ']]);
    expect(pairs('Cả nước đang thúc đẩy 3 động lực tăng trưởng.')).toEqual([[3, 'động lực']]);
    expect(pairs('Lực lượng chức năng thu giữ 35 vũ khí tự động.')).toEqual([[35, 'vũ khí']]);
    expect(pairs('Đơn vị đã lắp 70 trạm tại các tỉnh ven biển.')).toEqual([[70, 'trạm']]);
  });
  it('joins a gender word to a listed counted noun', () => {
    expect(pairs('Trong đó có 2.900 nữ thanh niên xung phong.')).toEqual([[2900, 'nữ thanh niên xung phong']]);
  });
  it('keeps the second syllable only when it is not a modifier or function word', () => {
    expect(pairs('Đội tuyển có 3 chiến thắng liên tiếp.')).toEqual([[3, 'chiến thắng']]);
    expect(pairs('Sản phẩm có 4 màu đen, trắng, bạc và xanh.')).toEqual([[4, 'màu']]);
  });
  it('does not count after a label noun, a capitalised name, or a second bare number', () => {
    const none = [
      'Ảnh minh họa ở hình 37 chú thích chưa rõ.',
      'Nhà số 12 nằm trong ngõ 123 phố Hòe Nhai.',
      'Dự án 8 góp phần tôn vinh gia đình.',
      'Lửa bốc từ tầng 2 và 3 rào kín phía trước.',
      'Mùa mưa kéo dài từ tháng 4 đến 10 trời âm u.',
      'Phải bắt đầu từ con số 0 bởi nhiều lý do.',
      'Cả hai 2 bên cần đẩy nhanh tiến độ.',
    ];
    for (const p of none) expect(pairs(p), p).toEqual([]);
  });
  it('does not read a number word before an unknown noun (a determiner as often as a count)', () => {
    expect(pairs('Hai bé Minh và Lan đã góp tiền xây trường.')).toEqual([]);
    expect(pairs('Cả nước đang thúc đẩy ba động lực tăng trưởng.')).toEqual([]);
  });
});

describe('figures: stop cases stay out with the new nouns', () => {
  const none = [
    'Năm 2024 giám đốc các sở được luân chuyển.',
    'Theo Điều 5 quy định của Luật, chủ đầu tư phải công khai.',
    'Đại hội lần thứ 3 ủy viên mới được bầu.',
    'Lúc 9 giờ giám đốc bệnh viện tiếp đoàn.',
    'Quốc hội khóa 15 giám sát việc thi hành luật.',
    'Ngày 15 trung tâm mở cửa đón khách.',
    'Kỳ họp thứ 8 nghị quyết được thông qua.',
    'Ngày 20/5 giám đốc sở kiểm tra công trình.',
    'Ông được trao Huy hiệu 55 năm tuổi Đảng.',
  ];
  for (const p of none) {
    it(p, () => {
      expect(pairs(p)).toEqual([]);
    });
  }
});

describe('figures: parts of a whole that look like dates', () => {
  const rules2 = figureDocumentRules();
  const got = (p: string) => extractFigures(para(p), rules2).map((f) => [f.value, f.unit]);
  it('counts "có 9/11 xã", "đạt 8/10 tiêu chí" after a verb or qualifier', () => {
    expect(got('Đến nay huyện đã có 9/11 xã đạt chuẩn nông thôn mới.')).toEqual([[9, 'xã']]);
    expect(got('Xã Tân Lập đã đạt 8/10 tiêu chí.')).toEqual([[8, 'tiêu chí']]);
    expect(got('Huyện có hơn 5/8 xã hoàn thành kế hoạch.')).toEqual([[5, 'xã']]);
  });
  it('keeps a day/month before a noun a date, and "1/6" a fraction', () => {
    expect(got('20/11 các đại biểu dự lễ kỷ niệm.')).toEqual([]);
    expect(got('Ngày 9/11 xã tổ chức hội nghị.')).toEqual([]);
    expect(got('Khu vực này chiếm khoảng 1/6 dân số cả nước.')).toEqual([]);
  });
});

describe('figures: a counted noun whose first syllable spells a verb', () => {
  it('reads "thành viên" after a measure or a noun as what is counted', () => {
    expect(figs('Câu lạc bộ hiện có gần 3 vạn thành viên ở các huyện.')[0]).toMatchObject({ value: 3, unit: 'vạn', object: 'thành viên' });
    expect(figs('Hợp tác xã Đông Phú có 9 hộ thành viên.')[0]).toMatchObject({ value: 9, object: 'hộ thành viên' });
  });
  it('still stops at a verb no longer noun holds', () => {
    // "quyết định" is a document kind and a verb: after "hai con" it is the verb
    expect(figs('Anh để hai con quyết định cách tiêu tiền.')[0]).toMatchObject({ value: 2, object: null });
  });
  it('reads a spelling variant of a counted noun in a list', () => {
    expect(figs('Tỉnh khen thưởng 14 cán bộ, chiến sỹ biên phòng.')[0]).toMatchObject({ value: 14, object: 'cán bộ, chiến sỹ biên phòng' });
  });
});

describe('figures: a house number before a street name', () => {
  it('is no figure', () => {
    expect(figs('Cửa hàng có địa chỉ tại 18 đường Trần Phú bị đình chỉ.')).toEqual([]);
    expect(figs('Quán nằm ở 7 phố Hàng Gà.')).toEqual([]);
  });
  it('still counts streets described in lower case', () => {
    expect(figs('Huyện làm mới 9 đường giao thông nội đồng.')[0]).toMatchObject({ value: 9, unit: 'đường' });
  });
});

describe('figures: storms counted by "cơn"', () => {
  it('counts storms', () => {
    expect(figs('Miền Trung hứng chịu ba cơn bão trong tháng.')[0]).toMatchObject({ value: 3, unit: 'cơn', object: 'bão' });
  });
});

describe('figures: a unit written as a measure and its noun', () => {
  it('counts the noun when nothing else says what is counted', () => {
    expect(figs('Khách hàng mua 3 chỉ vàng vào sáng sớm.')[0]).toMatchObject({ value: 3, unit: 'chỉ vàng', object: 'vàng' });
    expect(figs('Trạm thu phí đón 45.000 lượt xe mỗi ngày.')[0]).toMatchObject({ value: 45000, object: 'xe' });
  });
  it('keeps the longer object when words describe it', () => {
    expect(figs('Huyện xảy ra 7 vụ tai nạn giao thông đường thủy.')[0]).toMatchObject({ value: 7, object: 'vụ tai nạn giao thông đường thủy' });
  });
});

describe('figures: "trực thuộc" and "trái phép" around a count', () => {
  it('keeps "trực thuộc" whole in the object', () => {
    expect(figs('Huyện có 14 xã, thị trấn trực thuộc.')[0]).toMatchObject({ value: 14, object: 'xã, thị trấn trực thuộc' });
  });
  it('counts after "tàng trữ trái phép"', () => {
    expect(figs('Đối tượng tàng trữ trái phép 12 bánh heroin.')[0]).toMatchObject({ value: 12, unit: 'bánh heroin' });
  });
});
