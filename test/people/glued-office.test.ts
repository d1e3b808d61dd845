/**
 * An office written right after the name with no comma ("đồng chí A Ủy viên Bộ Chính trị -
 * Phó Thủ tướng"), and a name glued to its office by a hyphen ("A-Phó Giám đốc Sở …").
 * Sentences are invented (made-up people and bodies); expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { summary } from './helpers.js';


describe('officials: an office right after the name, no comma', () => {
  it('gives the chain of offices to the name', () => {
    expect(summary('Dự hội nghị có đồng chí Hoàng Đức Lâm Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.')).toEqual([
      ['Hoàng Đức Lâm', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy']],
    ]);
    expect(summary('Ông Kiều Văn Toản Phó Chủ tịch UBND huyện phát biểu.')).toEqual([['Kiều Văn Toản', ['Phó Chủ tịch UBND huyện']]]);
  });
  it('leaves an office that names its own holder to that holder', () => {
    expect(summary('Tiếp ông Kiều Văn Toản Chủ tịch UBND huyện Mạc Thị Hồng cho biết.')).toEqual([
      ['Kiều Văn Toản', []],
      ['Mạc Thị Hồng', ['Chủ tịch UBND huyện']],
    ]);
  });
});

describe('officials: a name glued to its office by a hyphen', () => {
  it('splits the name from a whole office after the hyphen', () => {
    expect(summary('Ông Lý Văn Sướng-Phó Giám đốc Sở Xây dựng cho biết.')).toEqual([['Lý Văn Sướng', ['Phó Giám đốc Sở Xây dựng']]]);
    expect(summary('Giáo sư Park Min Ho-Giám đốc Viện Dược liệu Busan phát biểu.')).toEqual([['Park Min Ho', ['Giám đốc Viện Dược liệu Busan']]]);
  });
  it('keeps hyphenated names and places whole', () => {
    expect(summary('Ông Lê Văn Hải ở Bà Rịa-Vũng Tàu dự.')).toEqual([['Lê Văn Hải', []]]);
  });
});

describe('officials: a body head in lower case right after the office', () => {
  it('reads the body on', () => {
    expect(summary('Ông Quách Văn Lộc, nguyên hiệu trưởng trường THPT Lam Sơn, phát biểu.')).toEqual([['Quách Văn Lộc', ['nguyên hiệu trưởng trường THPT Lam Sơn']]]);
    expect(summary('Bà Đoàn Thị Mơ, giám đốc bệnh viện huyện, cho biết.')).toEqual([['Đoàn Thị Mơ', ['giám đốc bệnh viện huyện']]]);
  });
  it('leaves a level word after the office as before', () => {
    expect(summary('Ông Quách Văn Lộc, chủ tịch xã, cho biết.')).toEqual([['Quách Văn Lộc', ['chủ tịch xã']]]);
  });
});

describe('officials: "và" before a rank and a name opens the next person', () => {
  it('ends the position before "và Đại tá …"', () => {
    expect(summary('Dự lễ có Thiếu tướng Vi Văn Mạnh, Phó Tư lệnh Quân khu 1 và Đại tá Hà Đức Thọ, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.')).toEqual([
      ['Vi Văn Mạnh', ['Phó Tư lệnh Quân khu 1']],
      ['Hà Đức Thọ', ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh']],
    ]);
  });
  it('keeps "và" inside a body whose next word is a profession, not a person', () => {
    expect(summary('Ông Lục Văn Tài, Chủ tịch Hội Kiến trúc sư và Kỹ sư Xây dựng tỉnh, phát biểu.')).toEqual([
      ['Lục Văn Tài', ['Chủ tịch Hội Kiến trúc sư và Kỹ sư Xây dựng tỉnh']],
    ]);
  });
});
