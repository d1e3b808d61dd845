import { describe, it, expect } from 'vitest';
import { parseVnNumber, readNumberWords, readDigitToken } from '../../src/extract/figures/numbers.js';
import { tokensAfter } from '../../src/extract/figures/words.js';
import { figureDocumentRules } from './helpers.js';

const rules = figureDocumentRules().figures;
const words = (s: string) => readNumberWords(tokensAfter(s, 0, 8), rules);

describe('Vietnamese digits', () => {
  it('reads dots as thousands and the comma as the decimal mark', () => {
    expect(parseVnNumber('2.000')).toBe(2000);
    expect(parseVnNumber('100.000')).toBe(100000);
    expect(parseVnNumber('19,7')).toBe(19.7);
    expect(parseVnNumber('1.234,5')).toBe(1234.5);
    expect(parseVnNumber('0,5')).toBe(0.5);
  });
  it('refuses codes, phone numbers and ambiguous dotted numbers', () => {
    expect(parseVnNumber('0912')).toBeNull();
    expect(parseVnNumber('3.1')).toBeNull();
    expect(parseVnNumber('12345678')).toBeNull();
  });
  it('reads ranges and glued units, refuses dates', () => {
    expect(readDigitToken('15-16', rules)).toEqual({ value: 15, max: 16, glued: null });
    expect(readDigitToken('0,2-1', rules)).toEqual({ value: 0.2, max: 1, glued: null });
    expect(readDigitToken('2km', rules)).toEqual({ value: 2, max: null, glued: 'km' });
    expect(readDigitToken('15-1-2021', rules)).toBeNull();
    expect(readDigitToken('8/1', rules)).toBeNull();
    expect(readDigitToken('11-10', rules)).toBeNull(); // runs downwards: a date, not a range
    expect(readDigitToken('8h30', rules)).toBeNull();
  });
});

describe('number words', () => {
  it('reads compounds', () => {
    expect(words('ba mươi lăm người')?.value).toBe(35);
    expect(words('hai mươi tư giờ')?.value).toBe(24);
    expect(words('hai mươi mốt ngày')?.value).toBe(21);
    expect(words('một trăm lẻ năm tuổi')?.value).toBe(105);
    expect(words('mười người')?.value).toBe(10);
    expect(words('mười lăm người')?.value).toBe(15);
    expect(words('bảy người')?.value).toBe(7);
  });
  it('leaves "năm" after mười/mươi to be the unit "year"', () => {
    expect(words('mười năm qua')).toEqual({ value: 10, n: 1 });
    expect(words('bốn mươi năm')).toEqual({ value: 40, n: 2 });
  });
  it('does not open a number with "một" or "năm" alone', () => {
    expect(words('một người')).toBeNull();
    expect(words('năm người')).toBeNull();
    expect(words('năm mươi người')?.value).toBe(50);
    expect(words('một trăm người')?.value).toBe(100);
  });
});
