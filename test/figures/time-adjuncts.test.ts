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
