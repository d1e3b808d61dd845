/**
 * 1 MB lines through the text/row pipeline areas: every scanner and regex there must stay
 * linear (a regex that backtracks on one of these never returns). Each case also checks
 * that the text was read, so a scanner that gave up early fails too.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../src/rules/index.js';
import { parseText } from '../src/parse/text/index.js';
import { parseRow } from '../src/parse/rows/index.js';
import { classifyDoc } from '../src/parse/classify.js';
import { extractStructure } from '../src/extract/structure/index.js';
import { extractDates } from '../src/extract/dates/index.js';
import { extractLocations } from '../src/extract/places/index.js';
import { decodeBytes } from '../src/input/decode.js';
import { normaliseText } from '../src/normalise/text.js';
import type { ParsedDoc } from '../src/types.js';

const rules = loadRules();
const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

// near misses for the cue lists and the glue scanner: capitals glued to words, stops,
// colons, level words without names, part-of-day words without a relative day
const NEAR_MISSES = [
  fill('Ảnh Bản quyềnHà Nội.Tổng biên tập xã tỉnh chiều sáng ngày '),
  fill('a.B'),
  fill('(Ảnh '),
  fill('TP.'),
  fill('»• '),
  fill('x: '),
];

describe('1 MB lines', () => {
  it('text dumps parse, and their paragraphs are classified and read', () => {
    for (const line of NEAR_MISSES) {
      const doc = parseText(normaliseText('Tiêu đề bài viết\n\n' + line), rules);
      expect(doc.blocks.length).toBeGreaterThan(0);
      classifyDoc(doc, rules);
      const s = extractStructure(doc, rules, { path: 'x.txt', url: null });
      extractDates(doc, s, rules);
    }
  });

  it('1 MB of short lines: joined into one unit, kept apart, or blank-separated', () => {
    const joined = parseText(normaliseText('Tiêu đề bài viết\n\n' + 'đoạn văn,\n'.repeat(90_000)), rules);
    expect(joined.blocks.some((b) => b.text.length >= 899_999)).toBe(true);
    for (const unit of ['Một câu ngắn.\n', 'Một câu ngắn.\n\n', 'Thời sự\n', 'Ảnh: Nguyễn Văn A\n', 'Thứ hai, 12/3/2024 08:00\n']) {
      const doc = parseText(normaliseText('Tiêu đề bài viết\n\n' + fill(unit)), rules);
      expect(doc.blocks.length).toBeGreaterThan(1000);
      extractStructure(doc, rules, { path: 'x.txt', url: null });
    }
  });

  it('a row whose content is one 1 MB line', () => {
    for (const line of NEAR_MISSES) {
      const doc = parseRow({ Title: 'Tiêu đề', Summary: line.slice(0, 5000), Content: line }, rules);
      expect(doc.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'boilerplate' || b.kind === 'caption')).toBe(true);
      expect(classifyDoc(doc, rules)).toBeDefined();
    }
  });

  it('places in a 1 MB paragraph', () => {
    const para = fill('Đoàn đến xã Tân Phú, huyện Mê Linh, thành phố Hà Nội và tỉnh ');
    const out = extractLocations({ title: null, paragraphs: [para], captions: [] }, rules);
    expect(out.map((l) => l.name)).toContain('Mê Linh');
    expect(extractLocations({ title: null, paragraphs: NEAR_MISSES, captions: [] }, rules)).toBeDefined();
  });

  it('a 1 MB caption and byline-like blocks through the structure extractor', () => {
    const doc: ParsedDoc = {
      format: 'html',
      blocks: [
        { kind: 'title', text: 'Tiêu đề' },
        { kind: 'paragraph', text: 'Đoạn văn.' },
        { kind: 'caption', text: fill('Ảnh: Nguyễn Văn A - ') },
        { kind: 'byline', text: fill('Nguyễn Văn ') },
      ],
      meta: [],
      warnings: [],
    };
    const s = extractStructure(doc, rules, { path: 'x.html', url: null });
    expect(s.title).toBe('Tiêu đề');
  });

  it('1 MB of bytes decode (UTF-8 with mojibake-looking runs, and a legacy encoding)', () => {
    const utf8 = new TextEncoder().encode(fill('Hà Nội Ã¡ '));
    expect(decodeBytes(utf8, { kind: 'text' }).text.length).toBeGreaterThan(MB / 2);
    const latin = new Uint8Array(MB).map((_, i) => (i % 7 === 0 ? 0x20 : 0xe0 + (i % 20)));
    expect(decodeBytes(latin, { kind: 'text' }).text.length).toBeGreaterThan(0);
  });
});
