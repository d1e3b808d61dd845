import { describe, it, expect } from 'vitest';
import { RecordSchema, firstNonNfc, isNfc } from '../../src/record/schema.js';

/** a small valid record, written by hand */
function record(): Record<string, any> {
  return {
    schemaVersion: '1',
    id: 'a'.repeat(40),
    source: { path: 'dump/bai-1.txt', row: null, url: null, format: 'text', outlet: 'Báo Mẫu', agencyCode: null },
    title: 'Hội nghị tổng kết công tác năm',
    kicker: null,
    lead: null,
    published: { date: '2024-03-05', time: '08:30', utcOffset: '+07:00', raw: '05/03/2024 08:30' },
    event: null,
    authors: ['Minh Anh'],
    photoCredits: [],
    paragraphs: ['Sáng 5/3, Ủy ban nhân dân tỉnh tổ chức hội nghị.', 'Đồng chí Trần Văn Bình phát biểu.'],
    captions: [],
    officials: [
      {
        name: 'Trần Văn Bình',
        honorific: 'Đồng chí',
        positions: [{ raw: 'Chủ tịch UBND tỉnh', title: 'Chủ tịch', organization: 'UBND tỉnh' }],
        mentions: [{ field: 'paragraphs', index: 1, start: 9, end: 22 }],
      },
    ],
    figures: [],
    documents: [],
    locations: [],
    organizations: [],
    abbreviations: [],
    warnings: [],
  };
}

describe('RecordSchema', () => {
  it('accepts a well-formed record', () => {
    const r = RecordSchema.safeParse(record());
    expect(r.success).toBe(true);
  });

  it('rejects a decomposed (NFD) string anywhere in the record, naming its path', () => {
    const rec = record();
    rec.officials[0].positions[0].title = 'Chủ tịch'.normalize('NFD');
    const r = RecordSchema.safeParse(rec);
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.message === 'string is not NFC');
    expect(issue?.path).toEqual(['officials', 0, 'positions', 0, 'title']);
  });

  it('rejects a decomposed paragraph and a decomposed source path', () => {
    const a = record();
    a.paragraphs[1] = a.paragraphs[1].normalize('NFD');
    expect(firstNonNfc(a)).toEqual(['paragraphs', 1]);
    const b = record();
    b.source.path = 'dump/bài-1.txt'.normalize('NFD');
    expect(RecordSchema.safeParse(b).success).toBe(false);
  });

  it('still checks the shape: a bad date or a missing field fails', () => {
    const a = record();
    a.published.date = '5/3/2024';
    expect(RecordSchema.safeParse(a).success).toBe(false);
    const b = record();
    delete b.paragraphs;
    expect(RecordSchema.safeParse(b).success).toBe(false);
  });

  it('isNfc agrees with normalize on composed and decomposed Vietnamese', () => {
    for (const w of ['Nguyễn', 'Hồ Chí Minh', 'Đắk Lắk', 'quốc hội']) {
      expect(isNfc(w)).toBe(true);
      expect(isNfc(w.normalize('NFD'))).toBe(false);
    }
  });
});
