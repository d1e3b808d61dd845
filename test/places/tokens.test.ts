import { describe, it, expect } from 'vitest';
import { tokenize } from '../../src/extract/places/tokens.js';

describe('place tokens', () => {
  it('splits words, digits and punctuation, with offsets', () => {
    const text = 'Q.1, TP.HCM (cũ)';
    const { t, s, e } = tokenize(text);
    expect(t).toEqual(['Q', '1', 'TP', 'HCM', 'cũ']);
    expect(t.map((_, i) => text.slice(s[i]!, e[i]!))).toEqual(t);
  });

  it('splits words glued by a dump that lost its spaces', () => {
    expect(tokenize('Quảng BìnhHai bé').t).toEqual(['Quảng', 'Bình', 'Hai', 'bé']);
    expect(tokenize('TP HCMĐông người').t).toEqual(['TP', 'HCM', 'Đông', 'người']);
  });

  it('keeps Vietnamese letters, capitals and decomposed marks inside one word', () => {
    expect(tokenize('ĐẮK LẮK Đắk Lắk').t).toEqual(['ĐẮK', 'LẮK', 'Đắk', 'Lắk']);
    expect(tokenize('Hoa\u0300 Bình').t).toEqual(['Hoa\u0300', 'Bình']);
  });

  it('treats quotes, dashes and ellipses as separators', () => {
    expect(tokenize('“Bà Rịa–Vũng Tàu”…').t).toEqual(['Bà', 'Rịa', 'Vũng', 'Tàu']);
  });
});
