/**
 * A time adverbial between a subject and its amount ("… đến nay đạt …", "… năm nay ước đạt …")
 * is not the object and does not hide the subject. Sentences are invented; expectations by hand.
 */
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const objects = (p: string) => extractFigures(para(p), rules).map((f) => [f.value, f.unit, f.object]);

describe('figures: a time adverbial before the amount', () => {
  it('reads the subject before "đến nay" / "tới nay"', () => {
    expect(objects('Kim ngạch xuất khẩu của huyện đến nay đạt hơn 40 triệu USD.')).toEqual([[40, 'triệu USD', 'Kim ngạch xuất khẩu của huyện']]);
    expect(objects('Số tiền hỗ trợ tới nay là 12 tỷ đồng.')).toEqual([[12, 'tỷ đồng', 'Số tiền hỗ trợ']]);
  });
  it('does not take "năm" of "năm nay" into the subject', () => {
    expect(objects('Sản lượng cà phê năm nay ước đạt 3.000 tấn.')).toEqual([[3000, 'tấn', 'Sản lượng cà phê']]);
  });
});

describe('figures: months between a subject and its verb are the reporting period', () => {
  const objects = (p: string) => extractFigures(para(p), rules).map((f) => [f.value, f.unit, f.object]);
  it('is no figure, and the subject before it is the object', () => {
    expect(objects('Kim ngạch nhập khẩu 9 tháng đạt 4,1 tỷ USD.')).toEqual([[4.1, 'tỷ USD', 'Kim ngạch nhập khẩu']]);
    expect(objects('Doanh thu du lịch 6 tháng tăng 18%.')).toEqual([[18, '%', 'Doanh thu du lịch']]);
  });
  it('still counts months that are a duration', () => {
    expect(objects('Công trình chậm 8 tháng so với kế hoạch.').map((f) => f[0])).toEqual([8]);
  });
});
