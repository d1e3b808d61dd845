import { describe, it, expect } from 'vitest';
import type { Rules } from '../../src/rules/index.js';
import { loadRowRules } from '../../src/parse/rows/rules.js';
import { defaultRulesDir } from '../../src/rules/load.js';
import { parseRow, cleanTitle, mapColumns } from '../../src/parse/rows/index.js';

const rows = loadRowRules(defaultRulesDir());
const rules = { rows } as unknown as Rules;
const meta = (doc: ReturnType<typeof parseRow>, field: string) => doc.meta.filter((m) => m.field === field).map((m) => m.value);

describe('row columns', () => {
  it('maps English and Vietnamese column names; an explicit map wins', () => {
    expect(mapColumns({ 'Tiêu đề': 'A', 'Nội dung': 'B', 'Ngày đăng': 'C', 'Tác giả': 'D', 'Đường dẫn': 'E', Nguồn: 'F', Sapo: 'G' }, rows)).toEqual({
      title: 'A',
      content: 'B',
      published: 'C',
      author: 'D',
      url: 'E',
      outlet: 'F',
      summary: 'G',
    });
    expect(mapColumns({ published_time: '2024', 'Published Date': 'x', headline: 'H' }, rows)).toMatchObject({ published: '2024', title: 'H' });
    expect(mapColumns({ heading: 'Đầu đề', text: 'Thân bài', name: 'Kim' }, rows, { title: 'heading', author: 'name' })).toMatchObject({ title: 'Đầu đề', content: 'Thân bài', author: 'Kim' });
    const long = 'Một đoạn văn dài. '.repeat(20);
    expect(mapColumns({ tieude: 'A', xyz: long, note: 'ngắn' }, rows).content).toBe(long);
  });
});

describe('titles', () => {
  it('cuts a trailing site name and known prefixes, keeps crawler cuts and inner dashes', () => {
    expect(cleanTitle('Mưa đá ở Lào Cai - VnExpress', rows)).toBe('Mưa đá ở Lào Cai');
    expect(cleanTitle('Mưa đá ở Lào Cai - VnExpress Thời sự', rows)).toBe('Mưa đá ở Lào Cai');
    expect(cleanTitle('Sao Việt dạo phố - Ngôi sao - Ngoisao.net', rows)).toBe('Sao Việt dạo phố');
    expect(cleanTitle('Nghe podcasts | Điểm tin 6h: Nắng nóng', rows)).toBe('Điểm tin 6h: Nắng nóng');
    expect(cleanTitle('Cao tốc Cam Lộ - La Sơn thông xe - VnExpress', rows)).toBe('Cao tốc Cam Lộ - La Sơn thông xe');
    expect(cleanTitle('Thanh tra dự án nhà ở xã hội ...', rows)).toBe('Thanh tra dự án nhà ở xã hội ...');
    expect(cleanTitle('Ngày hội tình nguyện - thanh niên', rows)).toBe('Ngày hội tình nguyện - thanh niên');
    expect(cleanTitle('Khánh thành trường học mới | Báo Miền Tây', rows, 'Báo Miền Tây')).toBe('Khánh thành trường học mới');
  });
});

describe('parseRow', () => {
  it('offers title, raw published text, one author per person, outlet, url; the summary it opens with is the lead', () => {
    const doc = parseRow(
      {
        Title: 'Phú Yên thả 5.000 con rùa biển - VnExpress',
        Source: 'VnExpress',
        Link: 'https://vnexpress.net/phu-yen-tha-rua-bien-4801234.html',
        'Published Date': 'Thứ năm, 6/6/2024, 10:05 (GMT+7)',
        Author: 'Trúc Linh - Gia Bảo (Theo TTXVN)',
        Summary: 'Phú YênTrung tâm bảo tồn thả 5.000 con rùa biển con về biển Tuy An.',
        Content: 'Phú YênTrung tâm bảo tồn thả 5.000 con rùa biển con về biển Tuy An.Đây là lần thả lớn nhất từ trước đến nay.',
      },
      rules,
    );
    expect(meta(doc, 'title')).toEqual(['Phú Yên thả 5.000 con rùa biển']);
    expect(meta(doc, 'published')).toEqual(['Thứ năm, 6/6/2024, 10:05 (GMT+7)']);
    expect(meta(doc, 'author')).toEqual(['Trúc Linh', 'Gia Bảo']);
    expect(meta(doc, 'outlet')).toEqual(['VnExpress']);
    expect(doc.meta.every((m) => m.origin === 'column')).toBe(true);
    expect(doc.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['title', 'Phú Yên thả 5.000 con rùa biển'],
      ['lead', 'Phú Yên - Trung tâm bảo tồn thả 5.000 con rùa biển con về biển Tuy An.'],
      ['paragraph', 'Đây là lần thả lớn nhất từ trước đến nay.'],
    ]);
  });

  it('placeholders are no values; a search snippet is a description, not a lead', () => {
    const doc = parseRow({ title: 'X tăng trưởng', 'published date': 'N/A', summary: 'X tăng trưởng 7% ... theo báo cáo ...', content: 'Kinh tế tỉnh X tăng trưởng 7% trong quý I, cao nhất vùng.' }, rules);
    expect(meta(doc, 'published')).toEqual([]);
    expect(meta(doc, 'description')).toEqual(['X tăng trưởng 7% ... theo báo cáo ...']);
    expect(doc.blocks.some((b) => b.kind === 'lead')).toBe(false);
  });

  it('carries decoding warnings from the reader', () => {
    const doc = parseRow({ title: 'A', content: 'Một câu đủ dài để làm nội dung bài viết.', '@warnings': 'decoded as TCVN3' }, rules);
    expect(doc.warnings).toContain('decoded as TCVN3');
  });
});
