import { describe, it, expect } from 'vitest';
import { captionKey, dedupeCaptions } from '../../src/extract/structure/similar.js';

describe('repeated captions', () => {
  it('a caption with and without its closing period is one caption', () => {
    expect(dedupeCaptions(['Lãnh đạo huyện trao quà cho các hộ nghèo.', 'Lãnh đạo huyện trao quà cho các hộ nghèo'])).toEqual([
      'Lãnh đạo huyện trao quà cho các hộ nghèo.',
    ]);
  });
  it('spacing around a dash and tone placement do not make a new caption', () => {
    expect(captionKey('Đại biểu dâng hương tại Bà Rịa-Vũng Tàu.')).toBe(captionKey('Đại biểu dâng hương tại Bà Rịa - Vũng Tàu'));
    expect(captionKey('Lễ khánh thành cầu Hoà Bình.')).toBe(captionKey('Lễ khánh thành cầu Hòa Bình.'));
  });
  it('two captions that differ by one name stay apart', () => {
    const a = 'Đoàn đại biểu dâng hương lên Chủ tịch Lê Văn An.';
    const b = 'Đoàn đại biểu dâng hương lên Chủ tịch Trần Văn Bình.';
    expect(dedupeCaptions([a, b])).toEqual([a, b]);
  });
  it('different tones are different words', () => {
    expect(captionKey('Lễ mừng thọ')).not.toBe(captionKey('Lễ mừng thợ'));
  });
});
