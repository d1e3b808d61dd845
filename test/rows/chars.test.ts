import { describe, expect, it } from 'vitest';
import { PhraseSet, countWords } from '../../src/parse/rows/chars.js';

describe('PhraseSet', () => {
  const set = new PhraseSet(['bản quyền thuộc', 'Tổng biên tập:', '©', 'xem thêm', 'xem']);

  it('matches a phrase case-insensitively at a word start', () => {
    expect(set.find('Mọi chi tiết BẢN QUYỀN THUỘC báo X')).toBe('bản quyền thuộc');
  });

  it('needs a word boundary on both sides of a phrase that starts and ends with letters', () => {
    expect(set.test('không bản quyền thuộcx')).toBe(false);
    expect(set.test('abản quyền thuộc')).toBe(false);
    expect(set.test('xemx')).toBe(false);
    expect(set.find('Xem tiếp')).toBe('xem');
  });

  it('prefers the longer phrase starting at the same word', () => {
    expect(set.find('Xem thêm: bài khác')).toBe('xem thêm');
  });

  it('a phrase ending with punctuation needs no boundary after it', () => {
    expect(set.find('Tổng biên tập:Nguyễn Văn A')).toBe('tổng biên tập:');
  });

  it('a phrase starting with punctuation is found anywhere', () => {
    expect(set.find('Bản tin ©2024')).toBe('©');
  });

  it('reads the text in any case without copying it, also around units lower case changes in length', () => {
    expect(set.find('TỔNG BIÊN TẬP: X')).toBe('tổng biên tập:');
    expect(set.find('İstanbul — Bản Quyền Thuộc X')).toBe('bản quyền thuộc');
    expect(set.find('ΑΣ xem')).toBe('xem');
    expect(set.find('😀 Xem')).toBe('xem');
    expect(set.test('İİ')).toBe(false);
  });

  it('finds nothing in text without the phrases, and stays linear on a 1 MB line', () => {
    expect(set.test('Hôm nay trời đẹp.')).toBe(false);
    const long = 'tổng biên '.repeat(100_000) + 'xem';
    expect(set.find(long)).toBe('xem');
    expect(countWords(long)).toBe(200_001);
  });
});
