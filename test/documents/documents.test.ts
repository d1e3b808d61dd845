import { describe, it, expect } from 'vitest';
import { extractDocuments } from '../../src/extract/documents/index.js';
import { figureDocumentRules, para } from '../figures/helpers.js';

const rules = figureDocumentRules();
const docs = (p: string) => extractDocuments(para(p), rules);
const keys = (p: string) => docs(p).map((d) => [d.kind, d.number]);

describe('documents: numbered citations', () => {
  it('reads a party decision with its number, date and issuer', () => {
    const p = 'Hội nghị nghe công bố Quyết định số 686-QĐ/TU ngày 6/7/2022 của Ban Thường vụ Tỉnh ủy về việc sắp xếp bộ máy.';
    const [d] = docs(p);
    expect(d).toMatchObject({ kind: 'Quyết định', number: '686-QĐ/TU', date: '2022-07-06', issuer: 'Ban Thường vụ Tỉnh ủy' });
    expect(p.slice(d!.span.start, d!.span.end)).toBe(d!.raw);
    expect(d!.raw).toBe('Quyết định số 686-QĐ/TU ngày 6/7/2022 của Ban Thường vụ Tỉnh ủy');
  });
  it('merges later mentions into the first and keeps the date of the fullest one', () => {
    const text = {
      title: null,
      captions: [],
      paragraphs: [
        'Đoàn làm việc về thực hiện Kết luận số 120 ngày 07/01/2016 của Bộ Chính trị khóa XI về Quy chế dân chủ cơ sở.',
        'Thực hiện Kết luận số 120 của Bộ Chính trị, Thành ủy đã ban hành Kế hoạch triển khai.',
      ],
    };
    const got = extractDocuments(text, rules);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: 'Kết luận', number: '120', date: '2016-01-07', issuer: 'Bộ Chính trị khóa XI' });
    expect(got[0]!.span.index).toBe(0);
  });
  it('takes the date from a later mention when the first has none', () => {
    const text = {
      title: 'Sơ kết thực hiện Chỉ thị 05-CT/TW',
      captions: [],
      paragraphs: ['Hội nghị sơ kết Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.', 'Thực hiện Chỉ thị 05, các chi bộ đã có kế hoạch.'],
    };
    const got = extractDocuments(text, rules);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ number: '05-CT/TW', date: '2016-05-15', span: { field: 'title' } });
  });
  it('does not take the date of the next clause', () => {
    const [d] = docs('Thực hiện Nghị quyết số 57-NQ/TW, ngày 15/3/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.');
    expect(d).toMatchObject({ number: '57-NQ/TW', date: null });
    const [e] = docs('Công bố Quyết định số 686-QĐ/TU, ngày 6/7/2022 của Ban Thường vụ Tỉnh ủy.');
    expect(e).toMatchObject({ number: '686-QĐ/TU', date: '2022-07-06', issuer: 'Ban Thường vụ Tỉnh ủy' });
  });
  it('reads state document codes and dates written in words', () => {
    expect(keys('Theo Nghị định 30/2020/NĐ-CP và Thông tư số 04/2024/TT-BTC, hồ sơ phải lưu trữ.')).toEqual([
      ['Nghị định', '30/2020/NĐ-CP'],
      ['Thông tư', '04/2024/TT-BTC'],
    ]);
    const [d] = docs('Thực hiện Quyết định số 2150/QĐ-UBND ngày 20 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh An Giang.');
    expect(d).toMatchObject({ date: '2023-12-20', issuer: 'Ủy ban nhân dân tỉnh An Giang' });
  });
  it('reads several numbers after one kind word', () => {
    expect(keys('Quán triệt các Nghị quyết số 18-NQ/TW, 19-NQ/TW và 20-NQ/TW của Trung ương.')).toEqual([
      ['Nghị quyết', '18-NQ/TW'],
      ['Nghị quyết', '19-NQ/TW'],
      ['Nghị quyết', '20-NQ/TW'],
    ]);
  });
  it('reads a list of plain numbers after one kind word', () => {
    expect(keys('Thực hiện Nghị quyết 57, 59, 66 và 68 của Bộ Chính trị.')).toEqual([
      ['Nghị quyết', '57'],
      ['Nghị quyết', '59'],
      ['Nghị quyết', '66'],
      ['Nghị quyết', '68'],
    ]);
  });
  it('merges a short number into the full code', () => {
    const got = docs('Nghị định 82/2017/NĐ-CP ngày 17/7/2017 quy định rõ; Nghị định số 82/2017 và Nghị định 82 nêu trên.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ number: '82/2017/NĐ-CP', date: '2017-07-17' });
  });
  it('names the kind of a bare code from its letters', () => {
    expect(keys('Căn cứ 21/2012/TT-BLĐTBXH ngày 5/9/2012, đơn vị đã chi trả.')).toEqual([['Thông tư', '21/2012/TT-BLĐTBXH']]);
  });
});

describe('documents: named by title', () => {
  it('reads laws named by their title', () => {
    expect(docs('Quốc hội thông qua Luật Thực hiện dân chủ ở cơ sở.').map((d) => d.raw)).toEqual(['Luật Thực hiện dân chủ ở cơ sở']);
    expect(docs('Theo Điều 3 Luật kinh doanh bất động sản: "Môi giới là …"').map((d) => d.raw)).toEqual(['Luật kinh doanh bất động sản']);
    expect(docs('Bộ đề nghị đưa Luật thuế thu nhập cá nhân vào chương trình sửa đổi.').map((d) => d.raw)).toEqual(['Luật thuế thu nhập cá nhân']);
  });
  it('reads a code cited by its short name', () => {
    expect(docs('Điều này phù hợp với Điều 328 BLDS.')).toMatchObject([{ kind: 'Bộ luật', number: null, raw: 'BLDS' }]);
  });
  it('treats a short name and the full name as one code', () => {
    const got = docs('Theo Điều 134 BLHS, hành vi này thuộc Bộ luật Hình sự.');
    expect(got).toHaveLength(1);
    expect(got[0]!.raw).toBe('BLHS');
  });
  it('reads the laws of a list introduced by "các luật, như"', () => {
    const p = 'Bộ Tài chính sẽ sửa các luật, như Thuế giá trị gia tăng, Thuế thu nhập doanh nghiệp, Thuế tiêu thụ đặc biệt và bộ luật thuế sửa đổi.';
    expect(docs(p).map((d) => [d.kind, d.raw])).toEqual([
      ['Luật', 'Thuế giá trị gia tăng'],
      ['Luật', 'Thuế thu nhập doanh nghiệp'],
      ['Luật', 'Thuế tiêu thụ đặc biệt'],
    ]);
  });
  it('reads a project named in quotes', () => {
    expect(docs('Tỉnh triển khai Đề án “Phát triển du lịch cộng đồng” trong năm nay.')).toMatchObject([
      { kind: 'Đề án', number: null, raw: 'Đề án “Phát triển du lịch cộng đồng”' },
    ]);
  });
});

describe('documents: what is not a citation', () => {
  const none = [
    'Ủy ban đã ban hành quyết định kỷ luật đối với cán bộ vi phạm.',
    'Kết luận này được các đại biểu thống nhất cao.',
    'Sở đã gửi công văn đề nghị các huyện báo cáo.',
    'Các cấp ủy triển khai các chỉ thị, nghị quyết của Trung ương.',
    'Gắn với việc thực hiện Nghị quyết Đại hội Đảng các cấp.',
    'Thành ủy đã xây dựng và ban hành Kế hoạch triển khai.',
    'Luật sư Nguyễn Văn Hùng cho biết như vậy.',
    'Dự luật sửa đổi này chưa được bổ sung vào chương trình làm luật.',
    'Tỉnh xây dựng Kế hoạch 5 năm về phát triển du lịch.',
    'Kết luận 3 vấn đề lớn được hội nghị thống nhất.',
    'Người dân được tặng Bằng khen của UBND thành phố.',
    'Hiện nay pháp luật chưa quy định rõ vấn đề này.',
  ];
  for (const p of none) {
    it(p, () => {
      expect(docs(p)).toEqual([]);
    });
  }
});

describe('documents: long input', () => {
  it('finishes on a 1 MB line of adversarial text', () => {
    const lines = ['1/2020/'.repeat(150_000), 'Luật '.repeat(200_000), 'Quyết định số '.repeat(70_000), '12-A'.repeat(250_000)];
    for (const l of lines) expect(Array.isArray(docs(l))).toBe(true);
  });
  it('lists every distinct citation of a 1 MB line', () => {
    const parts: string[] = [];
    for (let k = 1, len = 0; len < 1_000_000; k++) {
      const p = `Nghị quyết số ${k}-NQ/TW;`;
      parts.push(p);
      len += p.length + 1;
    }
    expect(docs(parts.join(' '))).toHaveLength(parts.length);
  });
  it('merges a citation repeated across a 1 MB line into one entry', () => {
    const unit = 'Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. ';
    const got = docs(unit.repeat(Math.ceil(1_000_000 / unit.length)));
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ number: '57-NQ/TW', date: '2024-12-22' });
  });
});
