import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, DecodeError, repairMojibake, detectEncoding } from '../../src/input/decode.js';
import { legacyCodecs, legacyCodecFor } from '../../src/input/encodings/tables.js';
import { isVietnameseSyllable, vietnameseScore } from '../../src/input/encodings/vietnamese.js';

// our own text; TCVN3 has no codes for capitals with tone marks, so its sample avoids them
const TEXT =
  'Chiều ngày 14/5, Ủy ban nhân dân huyện Phù Mỹ tổ chức hội nghị sơ kết công tác phòng chống thiên tai. ' +
  'Ông Đặng Quốc Hưng, Phó Chủ tịch huyện, đề nghị các xã rà soát những hộ dân sống ven suối, khu vực nguy cơ sạt lở; ' +
  'người dân cần chuẩn bị lương thực, nước uống và thuốc men cho ít nhất ba ngày. Ở thôn Trà Lương, bà Nguyễn Thị Thuỷ kể ' +
  'trận lũ năm ngoái cuốn trôi hai chuồng trại và một khu vườn ươm giống.';
const TEXT_LOWER_TONED = TEXT.replace('Ủy', 'ủy').replace('Ở', 'ở');

/** Windows-1258 writes vowel shapes precomposed (â ơ ư…) and tones as combining marks */
function to1258(s: string): string {
  return s.normalize('NFD').replace(/([^\u0300-\u036f])([\u0300-\u036f]+)/g, (_m, b: string, marks: string) => {
    const shape = [...marks].filter((c) => '\u0302\u0306\u031b'.includes(c)).join('');
    const tone = [...marks].filter((c) => !'\u0302\u0306\u031b'.includes(c)).join('');
    return (b + shape).normalize('NFC') + tone;
  });
}

describe('legacy code tables', () => {
  const [tcvn3, vni, viscii] = legacyCodecs();

  it('TCVN3 and VISCII tables agree with iconv-lite on every byte they list', () => {
    for (const [codec, name] of [
      [tcvn3!, 'tcvn'],
      [viscii!, 'viscii'],
    ] as const) {
      const disagree: string[] = [];
      for (let b = 0; b < 256; b++) {
        const ours = codec.decode(Uint8Array.of(b));
        if (ours === String.fromCharCode(b)) continue; // not listed: Latin-1/ASCII identity
        const theirs = iconv.decode(Buffer.of(b), name);
        if (ours !== theirs) disagree.push(`${b.toString(16)}:${ours}/${theirs}`);
      }
      expect(disagree, name).toEqual([]);
    }
  });

  it('VISCII covers all 134 letters with marks; VNI writes every Vietnamese letter and reads it back', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toLocaleUpperCase('vi');
    expect(viscii!.decode(viscii!.encode(all))).toBe(all);
    expect(vni!.decode(vni!.encode(all))).toBe(all);
    // classic VNI shape: base letter + mark byte
    expect(Buffer.from(vni!.encode('Việt Nam')).toString('latin1')).toBe('Vieät Nam');
  });

  it('finds codecs by label', () => {
    expect(legacyCodecFor('VNI')?.name).toBe('VNI-Windows');
    expect(legacyCodecFor('abc')?.name).toBe('TCVN3');
    expect(legacyCodecFor('shift_jis')).toBeNull();
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 (with and without BOM) as is', () => {
    const bytes = new TextEncoder().encode(TEXT);
    expect(decodeBytes(bytes, { kind: 'text' })).toMatchObject({ text: TEXT, encoding: 'utf-8', warnings: [] });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bytes)]);
    expect(decodeBytes(bom, { kind: 'text' }).text).toBe(TEXT);
  });

  it('detects TCVN3, VNI-Windows and VISCII text and names the encoding', () => {
    const [tcvn3, vni, viscii] = legacyCodecs();
    const cases = [
      [tcvn3!, TEXT_LOWER_TONED, 'TCVN3'],
      [vni!, TEXT, 'VNI-Windows'],
      [viscii!, TEXT, 'VISCII'],
    ] as const;
    for (const [codec, text, name] of cases) {
      const d = decodeBytes(codec.encode(text), { kind: 'text' });
      expect(d.text, name).toBe(text);
      expect(d.encoding).toBe(name);
      expect(d.warnings).toContain(`decoded as ${name}`);
    }
  });

  it('detects Windows-1258 (tone marks as combining characters) and composes to NFC', () => {
    const bytes = iconv.encode(to1258(TEXT), 'windows1258');
    const d = decodeBytes(bytes, { kind: 'text' });
    expect(d.text).toBe(TEXT);
    expect(d.encoding).toBe('windows-1258');
  });

  it('trusts a declared legacy charset, and sniffs under a declared Western one', () => {
    const html = `<html><head><meta charset="windows-1258"></head><body><p>${TEXT}</p></body></html>`;
    expect(decodeBytes(iconv.encode(to1258(html), 'windows1258'), { kind: 'html' }).text).toContain(TEXT);
    const vni = legacyCodecFor('vni')!;
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>${TEXT}</body></html>`;
    const d = decodeBytes(vni.encode(page), { kind: 'html' });
    expect(d.text).toContain(TEXT);
    expect(d.warnings).toContain('decoded as VNI-Windows');
    // HTTP charset wins over sniffing
    expect(decodeBytes(legacyCodecFor('viscii')!.encode(TEXT), { kind: 'text', httpCharset: 'VISCII' }).encoding).toBe('VISCII');
  });

  it('reads UTF-8 with a stray broken byte as UTF-8, with a warning', () => {
    const bytes = Buffer.concat([Buffer.from(TEXT.slice(0, 50)), Buffer.from([0xe1, 0xbb]), Buffer.from(TEXT.slice(50))]);
    const d = decodeBytes(bytes, { kind: 'text' });
    expect(d.text.replace('\ufffd', '')).toBe(TEXT);
    expect(d.warnings.join(' ')).toMatch(/invalid bytes replaced/);
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(decodeBytes(bytes, { kind: 'text' }).text).toBe(TEXT);
  });

  it('repairs double-encoded UTF-8 mixed with correct text', () => {
    const bad = Buffer.from('Những việc cần làm ngay', 'utf8').toString('latin1');
    const mixed = `${bad} — còn đoạn này vẫn đúng: ${TEXT}`;
    const d = decodeBytes(new TextEncoder().encode(mixed), { kind: 'text' });
    expect(d.text).toBe(`Những việc cần làm ngay — còn đoạn này vẫn đúng: ${TEXT}`);
    expect(d.warnings.join(' ')).toMatch(/double-encoded/);
    // Windows-1252 flavour (0x80–0x9F as € ‚ ƒ …)
    const cp = iconv.decode(Buffer.from('Ủy ban tỉnh', 'utf8'), 'windows-1252');
    expect(repairMojibake(cp)).toBe('Ủy ban tỉnh');
    // good text is left alone
    expect(repairMojibake('Ôtô về bến «Bãi Cháy»')).toBe('Ôtô về bến «Bãi Cháy»');
  });

  it('rejects empty and binary input with a DecodeError', () => {
    expect(() => decodeBytes(new Uint8Array(0), { kind: 'text' })).toThrow(DecodeError);
    const bin = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]);
    expect(() => decodeBytes(bin, { kind: 'text' })).toThrow(DecodeError);
  });

  it('judges a stream head, allowing a character cut at its end', () => {
    const bytes = new TextEncoder().encode(TEXT);
    const cut = bytes.subarray(0, bytes.indexOf(0xe1) + 1); // ends in the middle of "ề"
    expect(detectEncoding(cut, false)).toBe('utf-8');
    expect(detectEncoding(legacyCodecFor('tcvn3')!.encode(TEXT_LOWER_TONED), true)).toBe('TCVN3');
  });
});

describe('Vietnamese syllables', () => {
  it('accepts real syllables and rejects mojibake and foreign words', () => {
    for (const w of ['nghiêng', 'người', 'khuỷu', 'quốc', 'gì', 'Thuỷ', 'xoong']) expect(isVietnameseSyllable(w), w).toBe(true);
    for (const w of ['Néi', 'Hµ', 'Nhá»¯ng', 'YouTube', 'Express', 'hoàá']) expect(isVietnameseSyllable(w), w).toBe(false);
    expect(vietnameseScore(TEXT)).toBeGreaterThan(vietnameseScore(iconv.decode(Buffer.from(TEXT), 'latin1')));
  });
});
