import { describe, it, expect } from 'vitest';
import { extractStructure, stripSiteSuffix } from '../../src/extract/structure/index.js';
import type { Block, MetaCandidate, ParsedDoc } from '../../src/types.js';
import { testRules } from './rules.js';

const rules = testRules();
const src = { path: 'x', url: null };

function doc(blocks: Block[], meta: MetaCandidate[] = [], format: ParsedDoc['format'] = 'html'): ParsedDoc {
  return { format, blocks, meta, warnings: [] };
}

describe('extractStructure on HTML-like blocks', () => {
  const blocks: Block[] = [
    { kind: 'boilerplate', text: 'Thời sự' },
    { kind: 'title', text: 'Đoàn đại biểu tỉnh dâng hương tưởng niệm' },
    { kind: 'byline', text: 'HẢI YẾN - QUANG VINH' },
    { kind: 'dateline', text: '11/10/2025 10:02' },
    { kind: 'lead', text: '(ABC)- Sáng 11-10, đoàn đại biểu đã đến dâng hương.' },
    { kind: 'paragraph', text: 'Tại nghĩa trang, các đại biểu đặt vòng hoa.' },
    { kind: 'caption', text: 'Các đại biểu dâng hương. Ảnh: HẢI YẾN' },
    { kind: 'heading', text: 'Tri ân các anh hùng' },
    { kind: 'paragraph', text: 'Sau lễ viếng, đoàn thắp hương mộ phần.' },
    { kind: 'caption', text: 'Các đại biểu dâng hương. Ảnh: HẢI YẾN' },
    { kind: 'caption', text: 'Đoàn đại biểu thắp hương. Ảnh: MINH TÂM' },
    { kind: 'byline', text: 'HẢI YẾN - QUANG VINH' },
  ];
  const meta: MetaCandidate[] = [
    { field: 'author', value: 'Báo Điện tử ABC', origin: 'meta' },
    { field: 'author', value: 'HẢI YẾN, QUANG VINH', origin: 'jsonld' },
    { field: 'outlet', value: 'Báo Điện tử ABC', origin: 'og' },
  ];
  const s = extractStructure(doc(blocks, meta), rules, src);

  it('takes title, lead = paragraphs[0], headings in order', () => {
    expect(s.title).toBe('Đoàn đại biểu tỉnh dâng hương tưởng niệm');
    expect(s.lead).toBe('(ABC)- Sáng 11-10, đoàn đại biểu đã đến dâng hương.');
    expect(s.paragraphs).toEqual([
      '(ABC)- Sáng 11-10, đoàn đại biểu đã đến dâng hương.',
      'Tại nghĩa trang, các đại biểu đặt vòng hoa.',
      'Tri ân các anh hùng',
      'Sau lễ viếng, đoàn thắp hương mộ phần.',
    ]);
    expect(s.agencyCode).toBe('ABC');
  });

  it('keeps each caption once, without its credit', () => {
    expect(s.captions).toEqual(['Các đại biểu dâng hương.', 'Đoàn đại biểu thắp hương.']);
    expect(s.photoCredits).toEqual(['Hải Yến', 'Minh Tâm']);
  });

  it('reads the repeated visible byline once, title-cased, and ignores the site as author', () => {
    expect(s.authors).toEqual(['Hải Yến', 'Quang Vinh']);
    expect(s.warnings).toEqual([]);
  });
});

describe('extractStructure: judging author candidates', () => {
  it('an Organization author is not a byline; the visible one is', () => {
    const s = extractStructure(
      doc(
        [
          { kind: 'title', text: 'Tiêu đề' },
          { kind: 'paragraph', text: 'Nội dung bài.' },
          { kind: 'byline', text: 'Lê Phương' },
        ],
        [
          { field: 'author', value: 'VnExpress', origin: 'jsonld-org' },
          { field: 'author', value: 'VnExpress', origin: 'meta' },
          { field: 'outlet', value: 'VnExpress', origin: 'og' },
        ],
      ),
      rules,
      src,
    );
    expect(s.authors).toEqual(['Lê Phương']);
  });

  it('uses a JSON-LD Person when no byline is printed', () => {
    const s = extractStructure(
      doc([{ kind: 'paragraph', text: 'Nội dung.' }], [{ field: 'author', value: 'SONG THƯ', origin: 'jsonld' }]),
      rules,
      src,
    );
    expect(s.authors).toEqual(['Song Thư']);
  });

  it('warns when the metadata names someone the byline does not', () => {
    const s = extractStructure(
      doc(
        [
          { kind: 'paragraph', text: 'Nội dung.' },
          { kind: 'byline', text: 'Minh Khôi' },
        ],
        [{ field: 'author', value: 'Hồng Nhung', origin: 'jsonld' }],
      ),
      rules,
      src,
    );
    expect(s.authors).toEqual(['Minh Khôi']);
    expect(s.warnings.length).toBe(1);
  });

  it('takes row author columns as they are, title-cased when in capitals', () => {
    const s = extractStructure(
      doc(
        [{ kind: 'paragraph', text: 'Nội dung.' }],
        [
          { field: 'author', value: 'BẢO NGỌC', origin: 'column' },
          { field: 'author', value: 'Văn Toàn', origin: 'column' },
        ],
        'row',
      ),
      rules,
      src,
    );
    expect(s.authors).toEqual(['Bảo Ngọc', 'Văn Toàn']);
  });

  it('a source outlet ("Theo báo X") is not an author', () => {
    const s = extractStructure(doc([{ kind: 'paragraph', text: 'Nội dung.' }, { kind: 'byline', text: 'Theo báo Tuổi Trẻ' }]), rules, src);
    expect(s.authors).toEqual([]);
    const t = extractStructure(doc([{ kind: 'paragraph', text: 'Nội dung.' }, { kind: 'byline', text: 'Theo TTXVN' }]), rules, src);
    expect(t.authors).toEqual(['TTXVN']);
  });

  it('an agency is the author only when no person is named', () => {
    const only = extractStructure(doc([{ kind: 'paragraph', text: 'Nội dung.' }, { kind: 'byline', text: 'TTXVN' }]), rules, src);
    expect(only.authors).toEqual(['TTXVN']);
    const both = extractStructure(
      doc([{ kind: 'paragraph', text: 'Nội dung.' }, { kind: 'byline', text: 'Thu Hà (TTXVN)' }]),
      rules,
      src,
    );
    expect(both.authors).toEqual(['Thu Hà']);
  });
});

describe('titles from metadata', () => {
  it('strips a trailing site name but not a dash inside the headline', () => {
    expect(stripSiteSuffix('Giá vàng tăng mạnh - VnExpress', ['VnExpress'])).toBe('Giá vàng tăng mạnh');
    expect(stripSiteSuffix('Giá vàng tăng mạnh - VnExpress Kinh doanh', ['VnExpress'])).toBe('Giá vàng tăng mạnh');
    expect(stripSiteSuffix('Hợp tác Việt Nam - Vương quốc Anh', ['VnExpress'])).toBe('Hợp tác Việt Nam - Vương quốc Anh');
    expect(stripSiteSuffix('Tin mới | Báo Tây Ninh', [])).toBe('Tin mới');
    expect(stripSiteSuffix('Sao Việt - Ngôi sao - Ngoisao.net', [])).toBe('Sao Việt');
    expect(stripSiteSuffix('Chợ quê ngày Tết - Cafe Bệt', ['cafebet.org'])).toBe('Chợ quê ngày Tết');
    expect(stripSiteSuffix('Áo ấm mùa đông - Ngoisao.net - VnExpress', ['VnExpress'])).toBe('Áo ấm mùa đông');
  });

  it("a row's title loses any name its outlet goes by (rules/outlets.json aliases), known from the URL or the source column", () => {
    const row = (title: string, meta: MetaCandidate[]) => extractStructure(doc([{ kind: 'title', text: title }, { kind: 'paragraph', text: 'Nội dung.' }], meta, 'row'), rules, src).title;
    // the source column names the paper one way, the title another
    expect(row('Xe buýt điện tới ngoại thành - TPO', [{ field: 'outlet', value: 'Tiền Phong', origin: 'column' }])).toBe('Xe buýt điện tới ngoại thành');
    // no name in the source column that matches: the URL's outlet decides
    expect(row('Xe buýt điện tới ngoại thành - Dân Việt', [{ field: 'outlet', value: 'Trang tổng hợp', origin: 'column' }, { field: 'url', value: 'https://danviet.vn/xe-buyt-123.htm', origin: 'column' }])).toBe('Xe buýt điện tới ngoại thành');
    // a dash inside the headline stays
    expect(row('Cao tốc Hà Nội - Hải Phòng thu phí mới', [{ field: 'url', value: 'https://danviet.vn/cao-toc-1.htm', origin: 'column' }])).toBe('Cao tốc Hà Nội - Hải Phòng thu phí mới');
  });

  it('takes the outlet from a known name closing the page title when nothing else names it', () => {
    const page = (title: string) =>
      extractStructure(doc([{ kind: 'title', text: 'Hội nghị tổng kết năm' }, { kind: 'paragraph', text: 'Nội dung.' }], [{ field: 'title', value: title, origin: 'meta' }]), rules, src).outlet;
    expect(page('Hội nghị tổng kết năm | Báo Tây Ninh')).toBe('Báo Tây Ninh');
    expect(page('Hội nghị tổng kết năm - Dân Việt')).toBe('Báo Dân Việt');
    // a dash inside the headline names no outlet
    expect(page('Cao tốc Hà Nội - Hải Phòng thu phí')).toBeNull();
    // a section name that is also a paper's alias ("Văn hóa") is not taken for the paper
    expect(page('Lễ hội đền Hùng năm nay - Văn hóa')).toBeNull();
  });

  it("an agency byline on an outlet's own page keeps the agency, not the outlet that printed it", () => {
    const authors = (byline: string) =>
      extractStructure(
        doc([{ kind: 'title', text: 'Phiên họp Chính phủ' }, { kind: 'paragraph', text: 'Nội dung.' }, { kind: 'byline', text: byline }], [
          { field: 'url', value: 'https://www.vietnamplus.vn/phien-hop-post1.vnp', origin: 'meta' },
        ]),
        rules,
        src,
      ).authors;
    expect(authors('(TTXVN/Vietnam+)')).toEqual(['TTXVN']);
    // the outlet alone stays: there is nobody else to credit
    expect(authors('(Vietnam+)')).toEqual(['Vietnam+']);
  });

  it('takes the outlet from a footer line naming a known paper, never from a menu item', () => {
    const outlet = (blocks: Block[]) => extractStructure(doc(blocks, [], 'text'), rules, src).outlet;
    const menu: Block = { kind: 'boilerplate', text: 'Văn hóa' };
    const body: Block = { kind: 'paragraph', text: 'Sáng 20/11, hội nghị tổng kết công tác năm diễn ra tại tỉnh.' };
    expect(outlet([menu, { kind: 'title', text: 'Hội nghị tổng kết' }, body, { kind: 'boilerplate', text: 'Báo Quảng Trị điện tử' }])).toBe('Báo Quảng Trị');
    expect(outlet([{ kind: 'title', text: 'Hội nghị tổng kết' }, body, { kind: 'boilerplate', text: '© Báo Bắc Giang' }])).toBe('Báo Bắc Giang');
    expect(outlet([menu, { kind: 'title', text: 'Hội nghị tổng kết' }, body, { kind: 'boilerplate', text: 'Văn hóa' }])).toBeNull();
  });

  it('cuts a media label before a metadata title', () => {
    const label = rules.structure.titleLabel;
    expect(stripSiteSuffix('Nghe podcasts | Điểm tin 17h: Miền Bắc mưa rét', ['VnExpress'], label)).toBe('Điểm tin 17h: Miền Bắc mưa rét');
    expect(stripSiteSuffix('Videoclip hay nhất tuần', [], label)).toBe('Videoclip hay nhất tuần');
  });

  it('prefers a title block over meta titles', () => {
    const s = extractStructure(
      doc([{ kind: 'title', text: 'Tiêu đề trên trang' }, { kind: 'paragraph', text: 'Nội dung.' }], [
        { field: 'title', value: 'Tiêu đề khác - Báo ABC', origin: 'og' },
      ]),
      rules,
      src,
    );
    expect(s.title).toBe('Tiêu đề trên trang');
  });

  it('falls back on the best meta title, site name removed', () => {
    const s = extractStructure(
      doc([{ kind: 'paragraph', text: 'Nội dung.' }], [
        { field: 'title', value: 'Tiêu đề bài - Báo ABC', origin: 'og' },
        { field: 'outlet', value: 'Báo ABC', origin: 'og' },
      ]),
      rules,
      src,
    );
    expect(s.title).toBe('Tiêu đề bài');
  });

  it('keeps a row Source column as the outlet, as written', () => {
    const s = extractStructure(
      doc([{ kind: 'paragraph', text: 'Nội dung.' }], [{ field: 'outlet', value: 'Báo Bắc Giang', origin: 'column' }], 'row'),
      rules,
      src,
    );
    expect(s.outlet).toBe('Báo Bắc Giang');
  });
});
