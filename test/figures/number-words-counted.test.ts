/**
 * "năm" (five, and the word for year) counts when a counted noun follows it and no period
 * word or preposition stands before; a number word with a unit ends the object before it
 * ("năm giải Nhì và ba giải Ba"). Sentences are invented (made-up schools and people);
 * expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const figs = (p: string) => extractFigures(para(p), rules).map((f) => [f.value, f.unit, f.object]);

describe('figures: "năm" as five before a counted noun', () => {
  it('reads five of a counted noun', () => {
    expect(figs('Hội đồng khen thưởng năm giáo viên dạy giỏi.')).toEqual([[5, 'giáo viên', 'giáo viên dạy giỏi']]);
    expect(figs('Ban tổ chức trao năm giải Khuyến khích.')).toEqual([[5, 'giải', 'giải Khuyến khích']]);
    expect(figs('Năm người bị thương nhẹ.').map((f) => f[0])).toEqual([5]);
  });
  it('leaves "năm" the year', () => {
    expect(figs('Trong năm học sinh được miễn học phí.')).toEqual([]);
    expect(figs('Em đã thích vẽ từ năm lớp hai.')).toEqual([]);
    expect(figs('Đây là năm bản lề của kế hoạch.')).toEqual([]);
    expect(figs('Ông làm nghề này năm năm rồi.')).toEqual([]);
    expect(figs('Anh là người bạn lâu năm của tôi.')).toEqual([]);
  });
});

describe('figures: a number word with a unit ends the object before it', () => {
  it('cuts a list of counted things at the next count', () => {
    expect(figs('Thí sinh tham gia ba vòng thi viết và một vòng phỏng vấn.')).toEqual([[3, 'vòng', 'thi viết']]);
    expect(figs('Trường khen hai học sinh giỏi toán và ba học sinh giỏi văn.')[0]).toEqual([2, 'học sinh', 'học sinh giỏi toán']);
    expect(figs('Vụ cháy làm 4 người lớn và một trẻ em bị thương.')[0]).toEqual([4, 'người', 'người lớn']);
  });
  it('keeps "một" as an article inside an object when no joiner lists it', () => {
    expect(figs('Họ cần ít nhất 6 triệu đồng để nuôi một người phụ thuộc.')[0]![2]).toBe('nuôi một người phụ thuộc');
  });
});
