import { describe, it, expect } from 'vitest';
import { tokenize, tokenSpansInto, SpanBuffer, isAllCapsAt, type TokenGate } from '../../src/extract/places/tokens.js';

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

  it('lists the tokens a reading may start at: capitalised, or admitted by the gate', () => {
    // a gate for "xã" (first unit x, last unit ã, length 2)
    const firstUnits = new Uint8Array(65536);
    const lastUnits = new Uint8Array(65536);
    firstUnits['x'.charCodeAt(0)] = 2;
    lastUnits['ã'.charCodeAt(0)] = 2;
    const gate: TokenGate = { firstUnits, lastUnits, admits: () => true };
    const text = 'tại xã Tân Phú, xa HCMĐông 12 xã';
    const buf = new SpanBuffer(2); // grows past its first room
    tokenSpansInto(text, buf, gate);
    const toks = Array.from({ length: buf.n }, (_, i) => text.slice(buf.s[i]!, buf.e[i]!));
    expect(toks).toEqual(['tại', 'xã', 'Tân', 'Phú', 'xa', 'HCM', 'Đông', '12', 'xã']);
    expect(buf.cand.slice(0, buf.nCand).map((k) => toks[k])).toEqual(['xã', 'Tân', 'Phú', 'HCM', 'Đông', 'xã']);
    // the buffer serves the next text from the start
    tokenSpansInto('Hà Nội', buf, gate);
    expect([buf.n, buf.nCand]).toEqual([2, 2]);
  });

  it('tells ALL CAPS tokens as the string test does', () => {
    const allCaps = (t: string) => t.length >= 2 && t === t.toUpperCase() && t !== t.toLowerCase();
    for (const t of ['HCM', 'ĐẮK', 'Đắk', 'H', 'TP2', '12', 'ß', 'SS', 'ǅA', '𐐀𐐀', 'ΟΔΟΣ']) {
      expect(isAllCapsAt(`(${t})`, 1, t.length + 1), t).toBe(allCaps(t));
    }
  });
});
