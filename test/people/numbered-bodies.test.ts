/**
 * A body numbered with "số N" ("Đội Quản lý thị trường số 4", "Bệnh viện Đa khoa số 3") keeps
 * its number in the position, as written. Sentences are invented (made-up people and units);
 * expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { summary } from './helpers.js';


describe('officials: a body numbered with "số N"', () => {
  it('keeps the number after a body name written in words', () => {
    expect(summary('Ông Đặng Văn Toàn, Đội trưởng Đội Quản lý thị trường số 4, cho biết đã lập biên bản.')).toEqual([
      ['Đặng Văn Toàn', ['Đội trưởng Đội Quản lý thị trường số 4']],
    ]);
    expect(summary('Bà Lưu Thị Hằng, Giám đốc Bệnh viện Đa khoa số 3, trả lời phóng viên.')).toEqual([
      ['Lưu Thị Hằng', ['Giám đốc Bệnh viện Đa khoa số 3']],
    ]);
  });
  it('keeps a capitalised word whose second syllable is lower case before the number', () => {
    expect(summary('Trung tá Vũ Đình Khoa, Đội trưởng Đội Công binh số 5, báo cáo tiến độ.')).toEqual([
      ['Vũ Đình Khoa', ['Đội trưởng Đội Công binh số 5']],
    ]);
  });
  it('does not take "số" without a number, nor the count after it', () => {
    expect(summary('Ông Đặng Văn Toàn, Đội trưởng Đội Quản lý thị trường, số vụ vi phạm giảm.')).toEqual([
      ['Đặng Văn Toàn', ['Đội trưởng Đội Quản lý thị trường']],
    ]);
  });
});
