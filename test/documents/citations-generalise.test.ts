import { describe, it, expect } from 'vitest';
import { extractDocuments } from '../../src/extract/documents/index.js';
import { figureDocumentRules, para } from '../figures/helpers.js';

const rules = figureDocumentRules();
const docs = (p: string) => extractDocuments(para(p), rules);
const keys = (p: string) => docs(p).map((d) => [d.kind, d.number]);

describe('documents: numbers and kinds seen in real citations', () => {
  it('reads a kind with a qualifier before "số"', () => {
    const [d] = docs('Sở Y tế nhận được công văn hỏa tốc số 512/SYT-NVY ngày 4/9/2024 của Sở về phòng dịch.');
    expect(d).toMatchObject({ kind: 'Công văn', number: '512/SYT-NVY', date: '2024-09-04' });
  });
  it('keeps a sub-number written before the code letters', () => {
    expect(keys('Nhà trường ban hành thông báo số 1205-2/TB-ĐHKT về lịch thi.')).toEqual([['Thông báo', '1205-2/TB-ĐHKT']]);
  });
  it('reads a lower-case kind with a plain number when its issuer follows', () => {
    const [d] = docs('Các cấp ủy tiếp tục thực hiện kết luận 37 của Ban Bí thư.');
    expect(d).toMatchObject({ kind: 'Kết luận', number: '37', issuer: 'Ban Bí thư' });
  });
  it('does not read a lower-case kind with a bare count as a citation', () => {
    expect(docs('Hội đồng đã ban hành nghị quyết 5 năm trước.')).toEqual([]);
  });
});

describe('documents: law titles', () => {
  it('gives the number of an amending law to the amending law, and lists the amended law unnumbered', () => {
    const got = keys('Quốc hội đã thông qua Luật sửa đổi, bổ sung một số điều của Bộ luật Lao động số 12/2026/QH16.');
    expect(got).toEqual([
      ['Luật', '12/2026/QH16'],
      ['Bộ luật', null],
    ]);
  });
  it('splits two laws joined by "và"', () => {
    const got = docs('Dự thảo sửa đổi Luật Đấu thầu và Luật Đầu tư công được trình lên.');
    expect(got.map((d) => d.raw)).toEqual(['Luật Đấu thầu', 'Luật Đầu tư công']);
  });
  it('keeps "và" inside a single law name', () => {
    expect(docs('Theo Luật Hôn nhân và Gia đình hiện hành.').map((d) => d.raw)).toEqual(['Luật Hôn nhân và Gia đình']);
  });
});

describe('documents: unnumbered resolutions named by plenum or issuer and subject', () => {
  it('reads a plenum resolution', () => {
    const [d] = docs('Đảng ủy quán triệt Nghị quyết Trung ương 6 khóa XII về công tác dân số.');
    expect(d).toMatchObject({ kind: 'Nghị quyết', number: null });
    expect(d!.raw).toBe('Nghị quyết Trung ương 6 khóa XII về công tác dân số');
  });
  it('reads a resolution named by its issuer and subject', () => {
    const [d] = docs('Thực hiện Nghị quyết của Bộ Chính trị về phát triển vùng Tây Nguyên, tỉnh đã hành động.');
    expect(d).toMatchObject({ kind: 'Nghị quyết', number: null, issuer: 'Bộ Chính trị' });
    expect(d!.raw).toBe('Nghị quyết của Bộ Chính trị về phát triển vùng Tây Nguyên');
  });
  it('does not take a kind with only an issuer or a generic class', () => {
    expect(docs('Cán bộ phải nắm vững Nghị quyết của Đảng.')).toEqual([]);
    expect(docs('Triển khai các chỉ thị, nghị quyết của Trung ương về công tác cán bộ.')).toEqual([]);
  });
});

describe('documents: a project named by a capitalised title', () => {
  it('reads an Đề án whose title is capitalised but not quoted', () => {
    const [d] = docs('Tỉnh đẩy mạnh thực hiện Đề án Chuyển đổi số trong nông nghiệp.');
    expect(d).toMatchObject({ kind: 'Đề án', number: null });
    expect(d!.raw.startsWith('Đề án Chuyển đổi số')).toBe(true);
  });
  it('does not take a body named after the kind word as the title', () => {
    expect(docs('Đề án Sở Tài chính trình chưa được thông qua.')).toEqual([]);
    expect(docs('Theo Đề án, tỉnh sẽ sáp nhập các trường.')).toEqual([]);
  });
});

describe('documents: where an issuer ends', () => {
  it('keeps a closing level word ("của UBND huyện") and stops before "và" + the next citation', () => {
    expect(docs('Theo Quyết định số 88/QĐ-UBND ngày 3/9/2025 của UBND huyện, xã được công nhận.')[0]).toMatchObject({ issuer: 'UBND huyện' });
    const got = docs('Hội nghị quán triệt Kết luận 45-KL/TW của Ban Bí thư và Chỉ thị số 12-CT/TW ngày 2/4/2025 của Bộ Chính trị.');
    expect(got.map((d) => [d.kind, d.number, d.issuer])).toEqual([
      ['Kết luận', '45-KL/TW', 'Ban Bí thư'],
      ['Chỉ thị', '12-CT/TW', 'Bộ Chính trị'],
    ]);
    // "và" between two bodies still joins them into one issuer
    expect(docs('Thực hiện Nghị quyết liên tịch số 09/NQLT-CP-TLĐ của Chính phủ và Tổng Liên đoàn Lao động Việt Nam.')[0]?.issuer).toBe('Chính phủ và Tổng Liên đoàn Lao động Việt Nam');
  });
});
