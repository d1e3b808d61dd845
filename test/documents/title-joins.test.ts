/**
 * Law names holding a comma ("Luật Phòng, chống …", "Luật Thi đua, khen thưởng"). Sentences
 * are invented; expectations written by hand.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractDocuments } from '../../src/extract/documents/index.js';

const rules = loadRules();
const raws = (p: string) => extractDocuments({ title: null, paragraphs: [p], captions: [] }, rules).map((d) => [d.kind, d.raw]);

describe('documents: a law name with a comma inside', () => {
  it('reads a name that opens with "Phòng, chống"', () => {
    expect(raws('Tỉnh tuyên truyền Luật Phòng, chống ma túy tới 50 trường học.')).toEqual([['Luật', 'Luật Phòng, chống ma túy']]);
  });
  it('reads "Thi đua, khen thưởng" whole, and as one law with its spelling without the comma', () => {
    expect(raws('Theo Luật Thi đua, khen thưởng năm 2022, tập thể được xét tặng. Luật Thi đua khen thưởng cũng quy định mức thưởng.')).toEqual([['Luật', 'Luật Thi đua, khen thưởng']]);
  });
  it('stops before a capital that opens the next sentence', () => {
    expect(raws('Ủy ban thẩm tra Luật thi đua, khen thưởng Trưởng ban Nguyễn Văn Hòa trình bày.')).toEqual([['Luật', 'Luật thi đua, khen thưởng']]);
  });
});
