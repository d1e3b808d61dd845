import { describe, it, expect } from 'vitest';
import { wordStartMatcher } from '../../src/extract/dates/rules.js';
import { testRules } from '../structure/rules.js';

const rules = testRules().dates;

const texts = [
  'Chiều nay (29/5), đoàn công tác đến thăm xã. Sáng hôm qua trời mưa.',
  'HÔM NAY, Ban chỉ đạo họp; tối qua (3/4/2024) có cuộc họp khác.',
  'khôm nay không phải một từ; xhôm qua cũng vậy, nhưng (hôm nay) thì có.',
  'Rạng sáng nay, ngày mai và đêm khuya qua: ba cụm liền nhau.',
  'Không có gì ở đây cả.',
  'Tối  qua\n(3/4) và chiều\tnay; KHUYA hôm qua, ſáng nay, Ngày Mai, ngày 8/1, sángnay, hôm nayx.',
  '',
];

describe('wordStartMatcher', () => {
  it('finds exactly what matchAll finds with the relative-day regex', () => {
    for (const t of texts) {
      const want = [...t.matchAll(rules.relative)].map((m) => [m.index, ...m]);
      const got = rules.relativeMatches(t).map((m) => [m.index, ...m]);
      expect(got).toEqual(want);
    }
    expect(rules.relativeMatches(texts[0]!).map((m) => m[0])).toEqual(['Chiều nay (29/5)', 'Sáng hôm qua']);
  });

  it('runs the regex only at word starts whose letter opens a phrase (either case)', () => {
    const m = wordStartMatcher(/(?<![\p{L}\p{N}])(?:ab|cd)(?![\p{L}\p{N}])/giu, ['ab', 'cd']);
    expect(m('AB xab cd, Cd').map((x) => [x.index, x[0]])).toEqual([
      [0, 'AB'],
      [7, 'cd'],
      [11, 'Cd'],
    ]);
  });

  it('tries phrases that are not words of letters at every word start that may open them', () => {
    const m = wordStartMatcher(/(?<![\p{L}\p{N}])(?:\(cũ\)|tp\.)/giu, ['(cũ)', 'tp.']);
    expect(m('huyện A (cũ), TP. B, xtp. C').map((x) => [x.index, x[0]])).toEqual([
      [8, '(cũ)'],
      [14, 'TP.'],
    ]);
  });

  it('stays linear on a 1 MB line full of near-misses', () => {
    const line = 'chiều sáng hôm '.repeat(70_000) + 'hôm nay';
    const got = rules.relativeMatches(line);
    expect(got.length).toBe(1);
    expect(got[0]![0]).toBe('hôm nay');
  });
});
