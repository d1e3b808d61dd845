/**
 * One office held by several people named in a list ("các Phó Chủ tịch UBND tỉnh: A, B").
 * Sentences are invented (made-up people); expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { summary } from './helpers.js';


describe('officials: an office shared by a list of names', () => {
  it('gives the office to every name after a colon', () => {
    expect(summary('Dự buổi làm việc có các Phó Chủ tịch UBND huyện: Lò Văn Tâm, Đinh Thị Hoa.')).toEqual([
      ['Lò Văn Tâm', ['Phó Chủ tịch UBND huyện']],
      ['Đinh Thị Hoa', ['Phó Chủ tịch UBND huyện']],
    ]);
  });
  it('gives it to every name of a list with no colon, up to the next office', () => {
    expect(summary('Cùng dự có các Phó Bí thư Huyện ủy Lò Văn Tâm, Đinh Thị Hoa và Vi Văn Khải; Trưởng Ban Dân vận Huyện ủy Hà Thị Mai.')).toEqual([
      ['Lò Văn Tâm', ['Phó Bí thư Huyện ủy']],
      ['Đinh Thị Hoa', ['Phó Bí thư Huyện ủy']],
      ['Vi Văn Khải', ['Phó Bí thư Huyện ủy']],
      ['Hà Thị Mai', ['Trưởng Ban Dân vận Huyện ủy']],
    ]);
  });
  it('after "các đồng chí" + an office, and after "hai"', () => {
    expect(summary('Dự có các đồng chí Phó Giám đốc Sở Nội vụ: Lò Văn Tâm, Đinh Thị Hoa.').map((x) => x[0])).toEqual(['Lò Văn Tâm', 'Đinh Thị Hoa']);
    expect(summary('Hai Phó Chủ tịch UBND xã Lò Văn Tâm và Đinh Thị Hoa cùng ký biên bản.')).toEqual([
      ['Lò Văn Tâm', ['Phó Chủ tịch UBND xã']],
      ['Đinh Thị Hoa', ['Phó Chủ tịch UBND xã']],
    ]);
  });
  it('stops at a place or a word that is no name', () => {
    expect(summary('Các Phó Chủ tịch UBND tỉnh Lò Văn Tâm, Hà Nội và các địa phương khác.').map((x) => x[0])).toEqual(['Lò Văn Tâm']);
  });
});

describe('officials: a foreign leader named by one word after the country', () => {
  it('reads "Tổng thống Nga Putin", "Thủ tướng Anh Starmer"', () => {
    expect(summary('Tổng thống Nga Putin điện đàm với Thủ tướng Anh Starmer.')).toEqual([
      ['Putin', ['Tổng thống Nga']],
      ['Starmer', ['Thủ tướng Anh']],
    ]);
  });
  it('not a Vietnamese word or a place after the country', () => {
    expect(summary('Đại sứ Mỹ Washington cho biết.')).toEqual([]);
    expect(summary('Chủ tịch Hà Nội Minh nói.')).toEqual([]);
  });
});

describe('officials: a foreign leader named by one word right after the office', () => {
  it('reads a name compromise knows as a person, and keeps the next office apart', () => {
    expect(summary('Cuộc gặp giữa Tổng thống Obama, Thủ tướng Ấn Độ Singh diễn ra tại Washington.')).toEqual([
      ['Obama', ['Tổng thống']],
      ['Singh', ['Thủ tướng Ấn Độ']],
    ]);
  });
  it('does not read a company after an office as a person', () => {
    expect(summary('Giám đốc Samsung cho biết doanh thu tăng.')).toEqual([]);
  });
  it('joins the one-word mention to the full name of the same article', () => {
    expect(summary('Tổng thống Nga Vladimir Putin đến Hà Nội. Ngoại trưởng Lavrov và Tổng thống Putin dự tiệc.')).toEqual([
      ['Vladimir Putin', ['Tổng thống Nga']],
      ['Lavrov', ['Ngoại trưởng']],
    ]);
  });
});

describe('officials: a foreign surname written once without its accent', () => {
  it('joins the accented full name', () => {
    expect(summary('Thủ tướng Tây Ban Nha Pedro Sánchez thăm Hà Nội. Thủ tướng Sanchez cho biết hai nước sẽ hợp tác.')).toEqual([
      ['Pedro Sánchez', ['Thủ tướng Tây Ban Nha']],
    ]);
  });
});

describe('officials: a one-word foreign name after a head of state or minister', () => {
  it('reads the name when a verb or punctuation follows it', () => {
    expect(summary('Ngoại trưởng Lavrov cho biết hai bên sẽ tiếp tục đàm phán.')).toEqual([['Lavrov', ['Ngoại trưởng']]]);
  });
  it('leaves a company after another office, and a name that goes on in lower case', () => {
    expect(summary('Giám đốc Samsung cho biết doanh thu tăng.')).toEqual([]);
    expect(summary('Tổng thống Bashar al-Assad phát biểu.')).toEqual([]);
  });
});
