/**
 * "tổng số N …" ("out of a total of N") quotes a count: it is neither a document number
 * ("số 120") nor the object. Sentences are invented; expectations written by hand.
 */
import { describe, it, expect } from 'vitest';
import { extractFigures } from '../../src/extract/figures/index.js';
import { figureDocumentRules, para } from './helpers.js';

const rules = figureDocumentRules();
const figs = (p: string) => extractFigures(para(p), rules).map((f) => [f.value, f.unit, f.object]);

describe('figures: a count after "tổng số"', () => {
  it('reads the count, with no object taken from "tổng số"', () => {
    expect(figs('Đã lắp xong 6 trên tổng số 24 container văn phòng.').filter((f) => f[0] === 24)).toEqual([[24, 'container', 'container văn phòng']]);
    expect(figs('Trong tổng số 52 hộ dân, 40 hộ đã nhận tiền.')[0]).toEqual([52, 'hộ dân', null]);
  });
  it('keeps "số" before a number a label elsewhere, and "Tổng số …" as a subject', () => {
    expect(figs('Theo văn bản số 15 của Sở, việc kiểm tra đã xong.')).toEqual([]);
    expect(figs('Tổng số vốn đầu tư là 80 tỷ đồng.')).toEqual([[80, 'tỷ đồng', 'Tổng số vốn đầu tư']]);
  });
});
