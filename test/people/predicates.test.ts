/**
 * Positions introduced by verbs, signed-for offices, "TP." inside a body, lower-case words of
 * a body's name, "Pos - Name", given-name mentions with a title. Sentences written for these
 * tests (invented people).
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractOfficials } from '../../src/extract/people/index.js';
import type { Official } from '../../src/record/schema.js';

const rules = loadRules();

function posOf(paragraphs: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const o of extractOfficials({ title: null, paragraphs, captions: [] }, rules) as Official[]) {
    out[o.name] = o.positions.map((p) => p.raw);
  }
  return out;
}

describe('positions after a verb', () => {
  it('"tiếp tục giữ chức", "từng là", "trước khi được bổ nhiệm giữ chức"', () => {
    expect(posOf(['Đại tá Hầu Văn Khải tiếp tục giữ chức Giám đốc Công an tỉnh Yên Bái.'])).toEqual({
      'Hầu Văn Khải': ['Giám đốc Công an tỉnh Yên Bái'],
    });
    expect(posOf(['Ông Hầu Văn Khải từng là Phó Giám đốc Sở Y tế trước khi được bổ nhiệm làm Giám đốc Bệnh viện tỉnh.'])).toEqual({
      'Hầu Văn Khải': ['Phó Giám đốc Sở Y tế', 'Giám đốc Bệnh viện tỉnh'],
    });
  });
  it('"được bầu làm" after an appositive list without a comma', () => {
    expect(posOf(['Đồng chí Kha Minh Tú, Ủy viên Ban Thường vụ Tỉnh ủy được bầu làm Bí thư Đảng ủy Khối.'])['Kha Minh Tú']).toContain(
      'Bí thư Đảng ủy Khối',
    );
  });
  it('a bare "Ông"/"Bà" + verb gives the last-named person the post', () => {
    const got = posOf(['Thiếu tướng Hầu Văn Khải phát biểu tại buổi lễ.', 'Ông từng là Trưởng Công an huyện Lục Yên, tỉnh Yên Bái.']);
    expect(got['Hầu Văn Khải']).toEqual(['Trưởng Công an huyện Lục Yên, tỉnh Yên Bái']);
  });
  it('"về <place> làm X", "sau đó ra làm X, Y và được bổ nhiệm làm Z" in a career summary', () => {
    const got = posOf([
      'Ông Hoàng Văn Phú sinh năm 1950.',
      'Sau đó, ông về trường cảnh sát làm Trưởng khoa, sau đó ra làm Phó tổng cục trưởng, Tổng cục trưởng Tổng cục Hậu cần và được bổ nhiệm làm Thứ trưởng Quốc phòng.',
    ]);
    expect(got['Hoàng Văn Phú']).toEqual(['Trưởng khoa', 'Phó tổng cục trưởng', 'Tổng cục trưởng Tổng cục Hậu cần', 'Thứ trưởng Quốc phòng']);
    // a conjunction inside the "place" ends the move: the post is someone else's
    expect(posOf(['Ông Hoàng Văn Phú về quê và con trai làm Chủ tịch xã.'])['Hoàng Văn Phú']).toEqual([]);
  });
  it('not a possessive "của ông là Thủ tướng X", whose post is X\'s', () => {
    const got = posOf(['Tổng thống Ivan Petrov phát biểu, còn cộng sự của ông là Thủ tướng Oleg Smirnov ngồi cạnh.']);
    expect(got['Ivan Petrov'] ?? []).not.toContain('Thủ tướng');
    expect(got['Ivan Petrov'] ?? []).not.toContain('Thủ tướng Oleg Smirnov');
  });
  it('the agent of "được Bộ trưởng … bổ nhiệm giữ chức" is not the person\'s post; "giữ chức Vụ trưởng" is not "giữ chức vụ"', () => {
    expect(posOf(['Ông La Đức Trí được Bộ trưởng Bộ Tư pháp bổ nhiệm giữ chức Vụ trưởng Vụ Pháp chế.'])).toEqual({
      'La Đức Trí': ['Vụ trưởng Vụ Pháp chế'],
    });
  });
  it('"do ông A, Pos làm Trưởng đoàn" keeps the capitalised role; a lower-case "làm trưởng đoàn" after a comma-less post stays a predicate', () => {
    expect(posOf(['Đoàn công tác do ông Hà Quang Lợi, Phó Chủ tịch UBND tỉnh làm Trưởng đoàn.'])['Hà Quang Lợi']).toEqual([
      'Phó Chủ tịch UBND tỉnh',
      'Trưởng đoàn',
    ]);
    expect(posOf(['Đoàn công tác do ông Hà Quang Lợi, Phó Trưởng ban làm trưởng đoàn.'])['Hà Quang Lợi']).toEqual(['Phó Trưởng ban']);
  });
});

describe('bodies inside positions', () => {
  it('"TP." with a full stop keeps the body and the person after it', () => {
    expect(posOf(['Chủ tịch HĐND TP. Hồ Chí Minh Âu Thị Lài chủ trì kỳ họp.'])).toEqual({
      'Âu Thị Lài': ['Chủ tịch HĐND TP. Hồ Chí Minh'],
    });
  });
  it('lower-case words of a body\'s name: tư thục, điện tử, nhà trường, "của <body>"', () => {
    expect(posOf(['Ông Vi Văn Tâm, Hiệu trưởng Trường THCS tư thục Nguyễn Du, cho biết.'])['Vi Văn Tâm']).toEqual([
      'Hiệu trưởng Trường THCS tư thục Nguyễn Du',
    ]);
    expect(posOf(['Ông Vi Văn Tâm, Trưởng ban Báo Nhân Dân điện tử, cho biết.'])['Vi Văn Tâm']).toEqual(['Trưởng ban Báo Nhân Dân điện tử']);
    expect(posOf(['Bà Mai Thị Lụa - Giám đốc Khối khách hàng của Ngân hàng Nhà nước cho biết.'])['Mai Thị Lụa']).toEqual([
      'Giám đốc Khối khách hàng của Ngân hàng Nhà nước',
    ]);
  });
  it('after a head its name may end in lower-case words closed by a comma or bracket, not after an acronym', () => {
    expect(posOf(['Ông Bế Văn Nhì, Phó Chủ tịch Hội đồng thẩm định, cho biết.'])['Bế Văn Nhì']).toEqual(['Phó Chủ tịch Hội đồng thẩm định']);
    expect(posOf(['Chị Bế Thị Na - Tổ trưởng Phòng KTNV vui vẻ, cho biết.'])['Bế Thị Na']).toEqual(['Tổ trưởng Phòng KTNV']);
  });
  it('a place\'s parent unit after a comma: "xã A, huyện B"', () => {
    expect(posOf(['Ông Lò Văn Sơn, Chủ tịch UBND xã Tân Lập, huyện Bắc Sơn, phát biểu.'])['Lò Văn Sơn']).toEqual([
      'Chủ tịch UBND xã Tân Lập, huyện Bắc Sơn',
    ]);
  });
  it('a posts in brackets: "(Phó đoàn …)", "(chuyên trách …)"', () => {
    expect(posOf(['Đại biểu Ninh Văn Hào (Phó đoàn Lào Cai) phát biểu.'])['Ninh Văn Hào']).toContain('Phó đoàn Lào Cai');
    expect(posOf(['Bà Ninh Thị Hảo (chuyên trách Ủy ban Xã hội của Quốc hội) phát biểu.'])['Ninh Thị Hảo']).toEqual([
      'chuyên trách Ủy ban Xã hội của Quốc hội',
    ]);
  });
});

describe('names around positions', () => {
  it('"Pos - Name" with a dash', () => {
    expect(posOf(['Giám đốc Sở Tài chính - Lê Thị Hồng Vân cho biết.'])).toEqual({ 'Lê Thị Hồng Vân': ['Giám đốc Sở Tài chính'] });
  });
  it('a caption glued to the next sentence does not lengthen the name', () => {
    expect(Object.keys(posOf(['Bộ trưởng Bộ Xây dựng, ông Tăng Văn Hữu Đánh giá về thị trường, ông cho rằng giá đã giảm.']))).toEqual([
      'Tăng Văn Hữu',
    ]);
  });
  it('a signed-for office is not the signer\'s: "Thừa quyền …", "KT. …"', () => {
    expect(posOf(['Thừa quyền Chủ tịch nước, Phó Chủ tịch nước Diệp Thị Mai trao huân chương.'])).toEqual({
      'Diệp Thị Mai': ['Phó Chủ tịch nước'],
    });
    expect(posOf(['KT. Bộ trưởng, Thứ trưởng Phan Văn Đạt đã ký.'])).toEqual({ 'Phan Văn Đạt': ['Thứ trưởng'] });
  });
  it('a title + given name of a person holding that title is a mention with the post', () => {
    const got = posOf(['Chủ tịch UBND tỉnh Trương Văn Lũy chủ trì.', 'Chủ tịch UBND tỉnh Lũy đề nghị các sở làm rõ.']);
    expect(got).toEqual({ 'Trương Văn Lũy': ['Chủ tịch UBND tỉnh'] });
    // but not the given name of someone without that title
    const other = posOf(['Chủ tịch UBND tỉnh Trương Văn Lũy chủ trì.', 'Giám đốc Sở Nội vụ tỉnh Lũy đề nghị.']);
    expect(other['Trương Văn Lũy']).toEqual(['Chủ tịch UBND tỉnh']);
  });
  it('"nguyên" stays in the raw position', () => {
    expect(posOf(['Ông Đàm Văn Mão, nguyên Phó Chủ tịch UBND tỉnh Cao Bằng, đã từ trần.'])['Đàm Văn Mão']).toEqual([
      'nguyên Phó Chủ tịch UBND tỉnh Cao Bằng',
    ]);
  });
});
