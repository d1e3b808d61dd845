import { describe, it, expect } from 'vitest';
import { normaliseText, normaliseInline, foldKey, titleCaseName, isAllCaps } from '../src/normalise/text.js';

describe('normaliseText', () => {
  it('composes NFD into NFC', () => {
    const nfd = 'Vie\u0302\u0323t Nam';
    expect(normaliseText(nfd)).toBe('Việt Nam');
  });
  it('maps the look-alike Ð (U+00D0) to Đ', () => {
    expect(normaliseText('\u00d0ồng chí')).toBe('Đồng chí');
  });
  it('turns NBSP into a space, removes zero-width characters, collapses runs', () => {
    expect(normaliseText('a\u00a0\u00a0b\u200bc   d')).toBe('a bc d');
  });
  it('keeps line breaks and converts CRLF', () => {
    expect(normaliseText('a\r\nb\rc')).toBe('a\nb\nc');
  });
  it('collapses runs of spaces in text that needs nothing else, and returns clean text as it is', () => {
    expect(normaliseText('Hà  Nội   hôm nay')).toBe('Hà Nội hôm nay');
    const clean = 'Hà Nội, hôm nay.\nDòng hai.';
    expect(normaliseText(clean)).toBe(clean);
  });
  it('a tab or an odd space next to a space still ends as one space', () => {
    expect(normaliseText('a \tb\u2003 c')).toBe('a b c');
    expect(normaliseInline(' a\t\n b \u3000c ')).toBe('a b c');
  });
  it('handles a 1 MB line', () => {
    const line = 'Hà Nội  hôm nay\u00a0'.repeat(60_000);
    const out = normaliseText(line);
    expect(out.includes('  ')).toBe(false);
    expect(out.length).toBe(15 * 60_000);
  });
  it('keeps curly quotes as written', () => {
    expect(normaliseText('“Dân vận khéo”')).toBe('“Dân vận khéo”');
  });
  it('normaliseInline folds newlines', () => {
    expect(normaliseInline(' Bí thư\nTỉnh ủy  ')).toBe('Bí thư Tỉnh ủy');
  });
});

describe('foldKey', () => {
  it('folds tone-mark placement and case', () => {
    expect(foldKey('Hoà Bình')).toBe(foldKey('hòa bình'));
    expect(foldKey('THUỶ')).toBe(foldKey('thủy'));
  });
  it('keeps different tones apart', () => {
    expect(foldKey('hoà')).not.toBe(foldKey('hoạ'));
  });
  it('writes the tone after the word and collapses any run of spaces', () => {
    expect(foldKey('  Hoà\u00a0 \n Bình  ')).toBe('hoa~\u0300 binh~\u0300');
    expect(foldKey('Đà Nẵng')).toBe('đa~\u0300 năng~\u0303');
    expect(foldKey('UBND tỉnh')).toBe('ubnd tinh~\u0309');
  });
  it('composes first, so decomposed input folds like precomposed', () => {
    expect(foldKey('Nguye\u0302\u0303n')).toBe(foldKey('Nguyễn'));
  });
  it('a stray tone mark with no letter before it goes to the next word', () => {
    expect(foldKey('\u0301 ba')).toBe('ba~\u0301');
  });
  it('leaves letters outside the tone table as they are, lower-cased', () => {
    expect(foldKey('ÖL 😀x')).toBe('öl 😀x');
  });
});

describe('titleCaseName', () => {
  it('title-cases names in capitals', () => {
    expect(titleCaseName('THANH THY')).toBe('Thanh Thy');
    expect(titleCaseName('NGỌC QUYÊN')).toBe('Ngọc Quyên');
    expect(titleCaseName('PHÙNG KHIÊM')).toBe('Phùng Khiêm');
  });
  it('leaves mixed-case names alone', () => {
    expect(titleCaseName('Lê Ánh')).toBe('Lê Ánh');
  });
  it('isAllCaps', () => {
    expect(isAllCaps('SONG MAI')).toBe(true);
    expect(isAllCaps('Song Mai')).toBe(false);
  });
});
