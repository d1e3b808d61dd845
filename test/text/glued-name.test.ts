/**
 * A pen name glued to the last sentence of a one-line body with no stop before it (the dump
 * lost the line break): "… khác nhau Thanh Nhã". Every sentence here is invented.
 */
import { describe, it, expect } from 'vitest';
import { parseText, gluedNameStart } from '../../src/parse/text/index.js';
import { extractStructure } from '../../src/extract/structure/index.js';
import { testRules } from '../structure/rules.js';

const rules = testRules();

const BODY =
  'Chiều 20/5, hội chợ nông sản của huyện mở cửa với hơn một trăm gian hàng của các hợp tác xã. ' +
  'Người dân đến tham quan khá đông, nhiều sản phẩm như mật ong, chè búp và gạo nếp được bán hết ngay trong buổi đầu. ' +
  'Nhiều hộ trồng chè ở các xã vùng cao mang sản phẩm xuống giới thiệu, kèm theo hướng dẫn cách pha và bảo quản chè cho khách. ' +
  'Ban tổ chức cho biết hội chợ kéo dài bốn ngày và có thêm khu trưng bày sản phẩm của thanh niên khởi nghiệp';

function read(text: string) {
  const doc = parseText(text, rules);
  const s = extractStructure(doc, rules, { path: 'x.txt', url: null });
  return { paragraphs: s.paragraphs, authors: s.authors, photoCredits: s.photoCredits };
}

describe('a pen name glued to the body without a stop', () => {
  it('cuts a two-word name after a lower-case word', () => {
    const got = read(BODY + ' Hải Yến');
    expect(got.authors).toEqual(['Hải Yến']);
    expect(got.paragraphs[0]!.endsWith('khởi nghiệp')).toBe(true);
  });
  it('cuts a name followed by a photo credit', () => {
    const got = read(BODY + ' Quốc Tuấn Ảnh: Minh Đức');
    expect(got.authors).toEqual(['Quốc Tuấn']);
    expect(got.photoCredits).toEqual(['Minh Đức']);
  });
  it('cuts a name after a closing bracket', () => {
    const got = read(BODY + ' (ảnh tư liệu) Thu Trang');
    expect(got.authors).toEqual(['Thu Trang']);
  });
  it('leaves foreign names, places and long capitalised runs in the body', () => {
    expect(read(BODY + ' cùng ca sĩ Justin Bieber').authors).toEqual([]);
    expect(read(BODY + ' tại Đà Nẵng').authors).toEqual([]);
    expect(read(BODY + ' cùng Hội Nông dân Việt Nam').authors).toEqual([]);
    // after a form of address or a title the name belongs to the sentence
    expect(read(BODY + ' của bà Lê Thu').authors).toEqual([]);
    expect(read(BODY + ' với Phó Giám đốc Sở Trần Nam').authors).toEqual([]);
    expect(gluedNameStart(BODY + ' của Manon Marsault Lan Chinh', rules.structure)).toBe(-1);
  });
  it('needs a body that does not end its sentence and is long enough', () => {
    expect(gluedNameStart(BODY + '. Hải Yến', rules.structure)).toBe(-1);
    expect(gluedNameStart(BODY + ' Hải Yến.', rules.structure)).toBe(-1);
    expect(gluedNameStart('Một dòng ngắn Hải Yến', rules.structure)).toBe(-1);
    expect(gluedNameStart(BODY + ' Hải Yến', rules.structure)).toBe(BODY.length + 1);
  });
});
