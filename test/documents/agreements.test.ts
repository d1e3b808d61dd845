/**
 * International agreements cited by their proper name ("Hiệp định …", "Hiệp ước …",
 * "Công ước …"): capitalised names, sentence-case names closed by punctuation, and generic
 * mentions that are no document. Sentences are invented; expectations written by hand.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractDocuments } from '../../src/extract/documents/index.js';

const rules = loadRules();
const raws = (p: string) => extractDocuments({ title: null, paragraphs: [p], captions: [] }, rules).map((d) => [d.kind, d.raw]);

describe('documents: international agreements', () => {
  it('reads a foreign proper name up to the first lower-case word', () => {
    expect(raws('Năm nay kỷ niệm 30 năm ký Hiệp định Geneva về đình chiến.')).toEqual([['Hiệp định', 'Hiệp định Geneva']]);
    expect(raws('Hai nước gia hạn Hiệp ước New START thêm 5 năm.')).toEqual([['Hiệp ước', 'Hiệp ước New START']]);
  });
  it('reads a Vietnamese name with lower-case syllables between capitals', () => {
    expect(raws('Doanh nghiệp tận dụng Hiệp định Thương mại tự do Việt Nam - Hàn Quốc để xuất khẩu.')).toEqual([
      ['Hiệp định', 'Hiệp định Thương mại tự do Việt Nam - Hàn Quốc'],
    ]);
    expect(raws('Việt Nam là thành viên Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á.')).toEqual([['Hiệp ước', 'Hiệp ước Thân thiện và Hợp tác ở Đông Nam Á']]);
  });
  it('reads a name in sentence case that punctuation closes', () => {
    expect(raws('Nước này rút khỏi Công ước Cấm mìn sát thương, theo hãng tin.')).toEqual([['Công ước', 'Công ước Cấm mìn sát thương']]);
  });
  it('leaves generic mentions', () => {
    expect(raws('Hai bên ký hiệp định hợp tác về giáo dục.')).toEqual([]);
    expect(raws('Hiệp định Thương mại mở ra nhiều cơ hội cho doanh nghiệp.')).toEqual([]);
  });
});
