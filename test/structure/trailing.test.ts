/**
 * A byline glued to the end of a one-line body ("… cho hay. Lan Chi"): the text parser cuts
 * it off the last paragraph and the structure extractor reads it like any byline. Every
 * sentence here is invented.
 */
import { describe, it, expect } from 'vitest';
import { parseText } from '../../src/parse/text/index.js';
import { extractStructure } from '../../src/extract/structure/index.js';
import { parseByline } from '../../src/extract/structure/bylines.js';
import { testRules } from './rules.js';

const rules = testRules();
const r = rules.structure;

// a body longer than a caption (a short unit ending in "Ảnh: X" is a caption), then the tail
const BODY =
  'Sáng 14/3, đoàn công tác của tỉnh đã kiểm tra tiến độ dự án đường ven biển đoạn qua hai huyện phía nam. ' +
  'Báo cáo của ban quản lý dự án cho thấy khối lượng thi công đã đạt khoảng 60%, một số hạng mục cầu vượt đang chậm do vướng mặt bằng. ' +
  'Trưởng đoàn yêu cầu chủ đầu tư phối hợp với chính quyền địa phương đẩy nhanh việc bồi thường, bố trí thêm mũi thi công và bảo đảm an toàn lao động. ' +
  'Theo kế hoạch, công trình sẽ hoàn thành trong quý III năm nay';

function read(text: string) {
  const doc = parseText(text, rules);
  const s = extractStructure(doc, rules, { path: 'x.txt', url: null });
  return { paragraphs: s.paragraphs, authors: s.authors, photoCredits: s.photoCredits, bylines: doc.blocks.filter((b) => b.kind === 'byline').map((b) => b.text) };
}

describe('a byline glued to the end of the body', () => {
  // [tail, authors, photo credits]; the byline is what follows the tail's first space
  const cases: [tail: string, authors: string[], photo: string[]][] = [
    ['. Lan Chi', ['Lan Chi'], []],
    ['. TRẦN HẢI', ['Trần Hải'], []],
    ['. Tin, ảnh: MINH TÚ', ['Minh Tú'], ['Minh Tú']],
    ['./. Thu Hà/VOV online', ['Thu Hà'], []],
    ['./. Quốc Bảo/Paris (Vietnam+)', ['Quốc Bảo'], []],
    ['. Đức Anh Theo Reuters', ['Đức Anh'], []],
    ['. HOÀNG SƠN (Theo AFP, ABC)', ['Hoàng Sơn'], []],
    ['. Ngọc Lan (Theo Daily Mail)', ['Ngọc Lan'], []],
    ['. Ngân Hà (Dịch)', ['Ngân Hà'], []],
    ['. Thanh Tùng - (tổng hợp)', ['Thanh Tùng'], []],
    ['. Thượng tá NGUYỄN VĂN AN', ['Nguyễn Văn An'], []],
    ['./. Thu Linh/VOV online (Ảnh: BTC)', ['Thu Linh'], ['BTC']],
    ['. Mai Phương - Đức Toàn', ['Mai Phương', 'Đức Toàn'], []],
    ['. B.Ngân', ['B.Ngân'], []],
    ['. Q.DŨNG', ['Q.Dũng'], []],
    ['. CTV Hải Minh/VOV online (theo AP, Reuters)', ['Hải Minh'], []],
    ['”. Minh Khoa', ['Minh Khoa'], []],
  ];
  for (const [tail, authors, photo] of cases) {
    it(`"…${tail}"`, () => {
      const got = read(BODY + tail);
      expect(got.authors).toEqual(authors);
      expect(got.photoCredits).toEqual(photo);
      expect(got.paragraphs).toHaveLength(1);
      expect(got.paragraphs[0]!.endsWith('năm nay' + tail.slice(0, tail.indexOf(' ')))).toBe(true);
      expect(got.bylines).toEqual([tail.slice(tail.indexOf(' ') + 1)]);
    });
  }

  it('an interview closing with thanks, then the interviewer', () => {
    const got = read(BODY + '. Xin cảm ơn ông! Hồng Vân');
    expect(got.authors).toEqual(['Hồng Vân']);
    expect(got.paragraphs[0]!.endsWith('Xin cảm ơn ông!')).toBe(true);
  });

  it('an agency alone is the author; a desk after it is not', () => {
    const got = read(BODY + '. TTXVN/Tin tức');
    expect(got.authors).toEqual(['TTXVN']);
    expect(got.paragraphs[0]!.endsWith('năm nay.')).toBe(true);
  });

  it('"Theo X" alone is a source line: cut off, no author', () => {
    const got = read(BODY + '. Theo Cnet');
    expect(got.authors).toEqual([]);
    expect(got.bylines).toEqual(['Theo Cnet']);
    expect(got.paragraphs[0]!.endsWith('năm nay.')).toBe(true);
  });

  it('an outlet name alone is furniture, not an author', () => {
    const got = read(BODY + '. Báo Đất Việt');
    expect(got.authors).toEqual([]);
    expect(got.paragraphs[0]!.endsWith('năm nay.')).toBe(true);
    expect(got.paragraphs.join(' ')).not.toContain('Đất Việt');
  });

  it('initials sign without naming anyone: cut off, no author', () => {
    const got = read(BODY + '. V.M');
    expect(got.authors).toEqual([]);
    expect(got.paragraphs[0]!.endsWith('năm nay.')).toBe(true);
  });
});

describe('tails that are not bylines stay in the paragraph', () => {
  const stays = [
    // no sentence end before the name: it belongs to the sentence
    ' cùng ông Lê Thành',
    // a place, not a signature
    '. Hà Nội',
    '. Thái Lan',
    // an abbreviation's dot is not a sentence end
    ' theo TS. Nguyễn Văn Long',
    ' tại TP. Hồ Chí Minh',
    // a lower-case word or a sentence
    '. Ngọc anh',
    '. Các đại biểu',
    '. Đồng chí Lê Văn Tám phát biểu',
    // a name followed by a widget's label
    '. Hải Yến PHẢN HỒI',
    // the last value of a "label: value" list
    '. Miền Bắc: Lê Hà Miền Nam: Trần Thu Hương',
    // a credit label glued to a caption before it: the name is the caption's credit
    ' Lễ khởi công Ảnh: Minh Quân',
    // a related headline run on after the body
    '. Ông Nguyễn Văn Bình được bổ nhiệm làm giám đốc',
    // an office before a name is not a byline
    '. Thứ trưởng Bộ GD&ĐT Nguyễn Văn Thành',
  ];
  for (const tail of stays) {
    it(`"…${tail}"`, () => {
      const got = read(BODY + tail);
      expect(got.authors).toEqual([]);
      expect(got.bylines).toEqual([]);
      expect(got.paragraphs.join(' ')).toBe(BODY + tail);
    });
  }

  it('a byline line of its own is still read as before, and the body before it is not cut', () => {
    const got = read(`Đẩy nhanh tiến độ đường ven biển\n${BODY}.\nHồng Nhung`);
    expect(got.authors).toEqual(['Hồng Nhung']);
    expect(got.paragraphs).toEqual([`${BODY}.`]);
  });
});

describe('parseByline: the shapes a trailing byline takes', () => {
  it('a desk after "/" is not a second author', () => {
    expect(parseByline('Thu Hà/VOV online', r)).toMatchObject({ authors: ['Thu Hà'], agencies: ['VOV'] });
    expect(parseByline('Đỗ Minh/VOV-Phnom Penh', r).authors).toEqual(['Đỗ Minh']);
    expect(parseByline('Mạnh Hà/Berlin (Vietnam+)', r)).toMatchObject({ authors: ['Mạnh Hà'], agencies: ['Vietnam+'] });
  });

  it('two people joined by "/" stay two authors', () => {
    expect(parseByline('Minh Anh/Thu Hà', r).authors).toEqual(['Minh Anh', 'Thu Hà']);
  });

  it('sources and remarks are never authors', () => {
    expect(parseByline('Gia Huy Theo Inquirer, Telegraph', r)).toMatchObject({ authors: ['Gia Huy'], sources: ['Inquirer', 'Telegraph'] });
    expect(parseByline('Lan Chi (tổng hợp)', r)).toMatchObject({ authors: ['Lan Chi'], agencies: [] });
    expect(parseByline('Phạm Long (thethaoonline.vn)', r).authors).toEqual(['Phạm Long']);
    expect(parseByline('Duy Khánh từ Malaysia', r).authors).toEqual(['Duy Khánh']);
  });

  it('"Theo <reporter> (<agency>)" names the reporter', () => {
    expect(parseByline('Theo Văn Long (Vietnam+)', r).authors).toEqual(['Văn Long']);
  });

  it('initials sign, abbreviated names name', () => {
    expect(parseByline('T.N (theo AFP)', r)).toMatchObject({ authors: [], signatures: ['T.N'] });
    expect(parseByline('ĐỨC LẬP - TR.TÂN', r).authors).toEqual(['Đức Lập', 'Tr.Tân']);
  });
});
