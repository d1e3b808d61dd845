import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractOrganizations } from '../../src/extract/orgs/index.js';

const rules = loadRules();

function run(paragraphs: string[], captions: string[] = [], title: string | null = null) {
  return extractOrganizations({ title, paragraphs, captions }, rules);
}

describe('organisations', () => {
  it('lists each body once, with nested bodies', () => {
    const { organizations } = run([
      'Ban Thường vụ Thành ủy Vĩnh Long tổ chức hội nghị. Ban Thường vụ Thành ủy Vĩnh Long đánh giá cao kết quả.',
    ]);
    const names = organizations.map((o) => o.name);
    expect(names).toContain('Ban Thường vụ Thành ủy Vĩnh Long');
    expect(names).toContain('Thành ủy Vĩnh Long');
    expect(names.filter((n) => n === 'Ban Thường vụ Thành ủy Vĩnh Long')).toHaveLength(1);
  });
  it('spells out body abbreviations in the name and keeps the written form', () => {
    const { organizations } = run(['UBND TP.HCM và Ủy ban MTTQ Việt Nam tỉnh Long An ký kết hợp tác.']);
    expect(organizations).toContainEqual({ name: 'Ủy ban nhân dân TP.HCM', abbreviation: 'UBND TP.HCM' });
    expect(organizations).toContainEqual({ name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Long An', abbreviation: 'Ủy ban MTTQ Việt Nam tỉnh Long An' });
  });
  it('reads a descriptive body up to the verb', () => {
    const { organizations } = run(['Ban chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ huyện tổ chức hội nghị.']);
    expect(organizations.map((o) => o.name)).toContain('Ban chỉ đạo xây dựng cơ sở và thực hiện quy chế dân chủ huyện');
  });
  it('does not take offices, persons or countries for bodies', () => {
    const { organizations } = run([
      'Bộ trưởng Tài chính Hồ Minh Đạo và Phó Chủ tịch HĐND tỉnh Nguyễn Trường Nhật Linh thăm Tây Ban Nha.',
    ]);
    const names = organizations.map((o) => o.name);
    expect(names.some((n) => n.startsWith('Bộ trưởng'))).toBe(false);
    expect(names.some((n) => n.includes('Nhật Linh') || n.startsWith('Trường') || n.startsWith('Ban Nha'))).toBe(false);
    expect(organizations).toContainEqual({ name: 'Hội đồng nhân dân', abbreviation: 'HĐND' }); // the generic council, as the gold lists it
  });
  it('a bare generic head is not a body', () => {
    expect(run(['Bộ đã có văn bản gửi Sở và Ban.']).organizations).toEqual([]);
  });
});

describe('abbreviations', () => {
  it('reads definitions in brackets from the initials of the words before', () => {
    const { abbreviations } = run([
      'Năm qua, công tác xây dựng cơ sở và thực hiện quy chế dân chủ (XDCS & THQCDC) đạt kết quả. Ban Chỉ đạo (BCĐ) họp định kỳ.',
    ]);
    expect(abbreviations).toContainEqual({ short: 'XDCS & THQCDC', expansion: 'xây dựng cơ sở và thực hiện quy chế dân chủ' });
    expect(abbreviations).toContainEqual({ short: 'BCĐ', expansion: 'Ban Chỉ đạo' });
  });
  it('a code in brackets after a body is that body’s abbreviation', () => {
    const { organizations, abbreviations } = run(['Trung tâm Tầm soát Hòa Hảo (HHS) vừa khai trương.']);
    expect(organizations).toContainEqual({ name: 'Trung tâm Tầm soát Hòa Hảo', abbreviation: 'HHS' });
    expect(abbreviations).toContainEqual({ short: 'HHS', expansion: 'Trung tâm Tầm soát Hòa Hảo' });
  });
  it('lists known abbreviations the text uses, once, and a text definition wins', () => {
    const { abbreviations } = run(['HĐND và UBND xã họp. HĐND thông qua nghị quyết về quy chế dân chủ ở cơ sở (QCDC); QCDC được thực hiện.']);
    expect(abbreviations.filter((a) => a.short === 'HĐND')).toEqual([{ short: 'HĐND', expansion: 'Hội đồng nhân dân' }]);
    expect(abbreviations.filter((a) => a.short === 'QCDC')).toEqual([{ short: 'QCDC', expansion: 'quy chế dân chủ ở cơ sở' }]);
  });
  it('an agency tag or a place in brackets defines nothing', () => {
    const { abbreviations } = run(['(PLO)- Trường ĐH Sài Gòn (TP.HCM) tuyển sinh.']);
    expect(abbreviations.some((a) => a.short === 'PLO')).toBe(false);
    expect(abbreviations.some((a) => a.short === 'TP.HCM' && a.expansion !== 'Thành phố Hồ Chí Minh')).toBe(false);
  });
});
