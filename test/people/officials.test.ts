import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules } from '../../src/rules/index.js';
import { extractOfficials } from '../../src/extract/people/index.js';
import { abbreviationMatches, cleanRaw } from '../../src/extract/people/grammar.js';
import { classify, phraseKey, phraseKeyIn, tokenize, tokensOf, WordTable } from '../../src/extract/people/tokens.js';
import { foldKey } from '../../src/normalise/text.js';
import { HAS_SHARED, SHARED } from '../shared.js';
import type { Official } from '../../src/record/schema.js';

const rules = loadRules();

function run(paragraphs: string[], captions: string[] = [], title: string | null = null): Official[] {
  return extractOfficials({ title, paragraphs, captions }, rules);
}

function summary(offs: Official[]): [string, string | null, string[]][] {
  return offs.map((o) => [o.name, o.honorific, o.positions.map((p) => p.raw)]);
}

describe('tokenizer', () => {
  it('keeps abbreviations, hyphenated and dotted words whole', () => {
    const t = tokenize('BS.CK2 ở TP.HCM, Bà Rịa-Vũng Tàu, GD-ĐT, 3,6 tỉ').map((x) => x.s);
    expect(t).toEqual(['BS.CK2', 'ở', 'TP.HCM', ',', 'Bà', 'Rịa-Vũng', 'Tàu', ',', 'GD-ĐT', ',', '3,6', 'tỉ']);
  });
  it('splits sentences and words glued by a crawler', () => {
    expect(tokenize('bếp.Lực lượng').map((x) => x.s)).toEqual(['bếp', '.', 'Lực', 'lượng']);
    expect(tokenize('Ảnh: Trần ThanhÔng Lâm').map((x) => x.s)).toEqual(['Ảnh', ':', 'Trần', 'Thanh', 'Ông', 'Lâm']);
    expect(tokenize('ông Neil MacGregor').map((x) => x.s)).toEqual(['ông', 'Neil', 'MacGregor']);
  });
  it('gives one key to both tone placements', () => {
    const [a, b] = [tokenize('Uỷ')[0]!, tokenize('Ủy')[0]!];
    expect(a.k).toBe(b.k);
  });
  it('offsets index the input string, and each token ends after its own text', () => {
    const s = 'Ông Hồ Văn Hải, Bộ trưởng TP.HCM (ThanhÔng)';
    const starts: number[] = [];
    const toks = tokenize(s, undefined, starts);
    expect(starts.length).toBe(toks.length);
    toks.forEach((t, i) => expect(s.slice(starts[i], starts[i]! + t.s.length)).toBe(t.s));
    expect(toks.map((t) => t.s)).toEqual(['Ông', 'Hồ', 'Văn', 'Hải', ',', 'Bộ', 'trưởng', 'TP.HCM', '(', 'Thanh', 'Ông', ')']);
  });
  it('tokensOf on a slice of a bigger text: the field\'s own characters, offsets into it', () => {
    const words = new WordTable(rules.people.classes);
    const whole = 'xx Phó Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu. yy';
    const para = whole.slice(3, whole.length - 4); // a slice of a bigger text, as parsers make
    const ft = tokensOf({}, para, words);
    expect(ft.text).toBe(para);
    expect(ft.starts.length).toBe(ft.toks.length);
    ft.toks.forEach((t, i) => expect(ft.text.slice(ft.starts[i], ft.starts[i]! + t.s.length)).toBe(t.s));
  });
  it('a word table gives the same tokens and classes as computing them, also when it fills up', () => {
    const classes = rules.people.classes;
    const text =
      'Phó Chủ tịch UBND TP.HCM Võ Thị Lan, ông Lan và bà Uỷ Ủy; Bà Rịa-Vũng Tàu, GD-ĐT 3,6 tỉ. ThanhÔng Lâm, PGS.TS Joe Biden.';
    const plain = classify(tokenize(text), classes);
    // 4 slots, at most 2 words kept: probing, collisions and starting over all happen
    const tiny = new WordTable(classes, 2);
    for (let round = 0; round < 3; round++) expect(tokenize(text, tiny)).toEqual(plain);
    const big = new WordTable(classes);
    for (let round = 0; round < 2; round++) expect(tokenize(text, big)).toEqual(plain);
    expect(plain.some((t) => t.p !== null)).toBe(true);
    expect(plain.some((t) => t.m !== 0)).toBe(true);
  });
});

describe('cleaning a wording', () => {
  const byRegex = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/\s+([,)])/g, '$1')
      .replace(/[\s,;:.…-]+$/u, '')
      .trim();
  it('gives what the three replacements give', () => {
    const cases = ['', ' ', 'Bộ trưởng', '  Giám đốc  Sở Y tế ,', 'Chủ tịch UBND ( tỉnh )', 'a ,b .', 'x )…', ' ,a', 'Trưởng\u00a0ban\n\tDân vận -', '.,;:'];
    for (const c of cases) expect(cleanRaw(c), JSON.stringify(c)).toBe(byRegex(c));
    // and on random strings over the characters that matter
    const alphabet = [' ', '  ', '\u00a0', '\n', ',', ')', '(', '.', ';', ':', '…', '-', 'a', 'Bộ', 'x'];
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      const len = Math.floor(rnd() * 12);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(cleanRaw(s), JSON.stringify(s)).toBe(byRegex(s));
    }
  });
});

describe('tokens shared by the officials and organisations extractors', () => {
  it('one article object is tokenized once; another object gets its own tokens', () => {
    const words = rules.people.words;
    const para = 'Phó Chủ tịch UBND tỉnh Lê Văn Tâm phát biểu.';
    const a = { title: null, paragraphs: [para], captions: [] };
    const first = tokensOf(a, para, words);
    expect(tokensOf(a, para, words)).toBe(first);
    const b = { title: null, paragraphs: [para], captions: [] };
    const other = tokensOf(b, para, words);
    expect(other).not.toBe(first);
    expect(other).toEqual(first);
    expect(tokensOf(a, para, words)).not.toBe(first); // a is no longer the current article
  });
});

describe('phrase keys', () => {
  it('the word table gives the same phrase key as splitting and keying each word', () => {
    const table = new WordTable(rules.people.classes, 3);
    for (const s of ['', '   ', 'Uỷ ban nhân dân', '  Thủy\u00a0lợi\t ,  Hoà Bình.', 'Bộ trưởng Bộ Tài chính;', 'a\u200bb c\ufeffd', 'TP.HCM  (Sở Y tế)']) {
      expect(phraseKeyIn(table, s), JSON.stringify(s)).toBe(phraseKey(s));
    }
  });
});

describe('abbreviation definitions', () => {
  it('matches initials of the words before the bracket, tone-insensitively', () => {
    expect(abbreviationMatches('BCĐ', ['Trưởng', 'Ban', 'Chỉ', 'đạo'])).toBe(true);
    expect(abbreviationMatches('QCDC', 'thực hiện quy chế dân chủ ở cơ sở'.split(' '))).toBe(true);
    expect(abbreviationMatches('XDCS&THQCDC', 'công tác xây dựng cơ sở và thực hiện quy chế dân chủ'.split(' '))).toBe(true);
    expect(abbreviationMatches('HECI', 'Trung tâm Kiểm tra sức khỏe Chợ Rẫy Việt Nhật'.split(' '))).toBe(false);
  });
});

describe('officials: positions after the name', () => {
  it('chains positions and stops at the verb', () => {
    const offs = run(['Đồng chí Lê Văn Bình, Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố, Trưởng Ban chỉ đạo chủ trì hội nghị.']);
    expect(summary(offs)).toEqual([
      ['Lê Văn Bình', 'Đồng chí', ['Phó Bí thư Thường trực Thành ủy', 'Chủ tịch HĐND thành phố', 'Trưởng Ban chỉ đạo']],
    ]);
    expect(offs[0]!.positions[2]).toMatchObject({ title: 'Trưởng Ban', organization: 'Ban chỉ đạo' });
  });
  it('reads a list of persons separated by semicolons, keeping the list honorific', () => {
    const offs = run([
      'Chủ trì có các đồng chí: Mai Văn Tùng, Bí thư Tỉnh ủy; Tạ Thị Hoa, Chủ tịch UBND tỉnh; Đỗ Quang Hải, Trưởng Ban Tổ chức Tỉnh ủy.',
    ]);
    expect(summary(offs)).toEqual([
      ['Mai Văn Tùng', 'Đồng chí', ['Bí thư Tỉnh ủy']],
      ['Tạ Thị Hoa', 'Đồng chí', ['Chủ tịch UBND tỉnh']],
      ['Đỗ Quang Hải', 'Đồng chí', ['Trưởng Ban Tổ chức Tỉnh ủy']],
    ]);
  });
  it('drops a bracketed abbreviation that the words before it define', () => {
    const offs = run(['Bà Hoàng Thị Yến, Trưởng Ban Chỉ đạo (BCĐ) Trung ương thực hiện QCDC chủ trì.']);
    expect(offs[0]!.positions.map((p) => p.raw)).toEqual(['Trưởng Ban Chỉ đạo Trung ương thực hiện QCDC']);
  });
  it('keeps a bracketed abbreviation that defines nothing, and a parent body after a comma', () => {
    const offs = run(['Ngày 2/3, BS.CK2 Phan Thị Mỹ, Trưởng Trung tâm Tầm soát ung thư Hòa Hảo (HCS), Bệnh viện Hòa Hảo, cho biết.']);
    expect(summary(offs)).toEqual([
      ['Phan Thị Mỹ', 'BS.CK2', ['Trưởng Trung tâm Tầm soát ung thư Hòa Hảo (HCS), Bệnh viện Hòa Hảo']],
    ]);
  });
  it('"làm trưởng đoàn" right after a position without a comma is the predicate, not a role', () => {
    const offs = run(['Đoàn công tác do đồng chí Thạch Văn Hùng, Phó Trưởng ban làm trưởng đoàn đã đến làm việc.']);
    expect(summary(offs)).toEqual([['Thạch Văn Hùng', 'Đồng chí', ['Phó Trưởng ban']]]);
  });
  it('reads a role after "làm" and a position in brackets', () => {
    const offs = run(['Đoàn do ông Vũ Đình Toàn (Phó Chủ tịch UBND huyện) làm trưởng đoàn đã đến thăm.']);
    expect(summary(offs)).toEqual([['Vũ Đình Toàn', 'ông', ['Phó Chủ tịch UBND huyện', 'trưởng đoàn']]]);
  });
});

describe('officials: positions before the name', () => {
  it('splits the body from the name after a place', () => {
    const offs = run(['Chủ tịch UBND TP.HCM Dương Văn Khải và Bí thư Tỉnh ủy Lâm Đồng Lâm Quốc Việt dự lễ.']);
    expect(summary(offs)).toEqual([
      ['Dương Văn Khải', null, ['Chủ tịch UBND TP.HCM']],
      ['Lâm Quốc Việt', null, ['Bí thư Tỉnh ủy Lâm Đồng']],
    ]);
  });
  it('chains positions before one name', () => {
    const offs = run(['Phó Bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM Ngô Hữu Phước làm Trưởng đoàn.']);
    expect(summary(offs)).toEqual([
      ['Ngô Hữu Phước', null, ['Phó Bí thư Thành ủy', 'Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM', 'Trưởng đoàn']],
    ]);
  });
  it('reads a late president named after "Chủ tịch" but not a city after a level word', () => {
    expect(summary(run(['Đoàn dâng hương Chủ tịch Hồ Chí Minh tại bảo tàng.']))).toEqual([['Hồ Chí Minh', null, ['Chủ tịch']]]);
    expect(run(['Chủ tịch UBND TP Hồ Chí Minh phát biểu.'])).toEqual([]);
  });
  it('splits a ministry field from the minister', () => {
    const offs = run(['Bộ trưởng Tài chính Hồ Minh Đạo cho biết. Thứ trưởng Bộ Y tế Đào Thu Hà dự.']);
    expect(summary(offs)).toEqual([
      ['Hồ Minh Đạo', null, ['Bộ trưởng Tài chính']],
      ['Đào Thu Hà', null, ['Thứ trưởng Bộ Y tế']],
    ]);
    expect(offs[0]!.positions[0]).toMatchObject({ title: 'Bộ trưởng', organization: 'Tài chính' });
  });
  it('reads foreign officials after a country', () => {
    const offs = run(['Thủ tướng Canada Oliver Grant và Ngoại trưởng Hàn Quốc Park Ji-hoon hội đàm.']);
    expect(offs.map((o) => o.name)).toEqual(['Oliver Grant', 'Park Ji-hoon']);
  });
});

describe('officials: other styles', () => {
  it('reads titles written in lower case before and after a name', () => {
    const offs = run([
      'Theo phó chủ tịch UBND tỉnh Đào Văn Lực, tỉnh sẽ hỗ trợ.',
      'Ông Kha Văn Tám - giám đốc Sở Y tế - cho biết. Bà Âu Thị Hằng, nguyên phó giám đốc Sở Tư pháp, nói.',
    ]);
    expect(summary(offs)).toEqual([
      ['Đào Văn Lực', null, ['phó chủ tịch UBND tỉnh']],
      ['Kha Văn Tám', 'ông', ['giám đốc Sở Y tế']],
      ['Âu Thị Hằng', 'bà', ['nguyên phó giám đốc Sở Tư pháp']],
    ]);
  });
  it('leaves lower-case titles without a name alone', () => {
    expect(run(['Các giám đốc sở được giao theo dõi, chủ tịch xã chịu trách nhiệm.'])).toEqual([]);
  });
  it('reads a list after "các đồng chí" without positions, and "Đ/c"', () => {
    const offs = run(['Dự có các đồng chí Lò Văn Tiến, Hà Thị Nga và Vàng A Dình. Đ/c Triệu Văn Sơn phát biểu.']);
    expect(summary(offs)).toEqual([
      ['Lò Văn Tiến', 'Đồng chí', []],
      ['Hà Thị Nga', 'Đồng chí', []],
      ['Vàng A Dình', 'Đồng chí', []],
      ['Triệu Văn Sơn', 'Đồng chí', []],
    ]);
  });
  it('gives positions before ", ông X" to X, and reads "là" + title', () => {
    const offs = run(['Bộ trưởng Xây dựng, ông Tăng Văn Phúc, cho biết. Ông Lương Văn Ân là Phó Giám đốc Sở Xây dựng.']);
    expect(summary(offs)).toEqual([
      ['Tăng Văn Phúc', 'ông', ['Bộ trưởng Xây dựng']],
      ['Lương Văn Ân', 'ông', ['Phó Giám đốc Sở Xây dựng']],
    ]);
  });
  it('reads a name after a level word used alone, but a known district as a place', () => {
    const offs = run(['Chủ tịch UBND tỉnh Lục Văn Hòa và Chủ tịch UBND huyện Lâm Hà dự. Bí thư Huyện ủy Lâm Hà Nguyễn Đình Tâm phát biểu.']);
    expect(summary(offs)).toEqual([
      ['Lục Văn Hòa', null, ['Chủ tịch UBND tỉnh']],
      ['Nguyễn Đình Tâm', null, ['Bí thư Huyện ủy Lâm Hà']],
    ]);
  });
  it('a capitalised clause opener glued after a place ends the position', () => {
    const offs = run(['Ông Khổng Văn Lâm, đại biểu Quốc hội Thành phố Hải Phòng Với dự án này, ông đề nghị làm rõ.']);
    expect(offs[0]!.positions.map((p) => p.raw)).toEqual(['đại biểu Quốc hội Thành phố Hải Phòng']);
  });
});

describe('officials: text in capitals', () => {
  it('reads names and titles set in capitals, in title case', () => {
    const offs = run([], [], 'ĐỒNG CHÍ LÝ VĂN HẢI PHÁT BIỂU; THỨ TRƯỞNG TÀI CHÍNH ĐẶNG VĂN NAM: SẼ SỬA LUẬT');
    expect(summary(offs)).toEqual([
      ['Lý Văn Hải', 'Đồng chí', []],
      ['Đặng Văn Nam', null, ['THỨ TRƯỞNG TÀI CHÍNH']],
    ]);
    expect(offs[0]!.mentions[0]!.field).toBe('title');
  });
});

describe('officials: later mentions', () => {
  it('adds a given-name mention and an office-only mention to the person named before', () => {
    const offs = run(
      [
        'Đồng chí Vương Thị Lan, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, chủ trì.',
        'Đồng chí Bí thư Tỉnh ủy Yên Bái đề nghị các huyện làm tốt. Bà Lan nhấn mạnh vai trò của cơ sở.',
      ],
      ['Đồng chí Vương Thị Lan phát biểu.'],
    );
    expect(offs).toHaveLength(1);
    const p = offs[0]!;
    expect(p.positions.map((x) => x.raw)).toEqual(['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Bí thư Tỉnh ủy Yên Bái']);
    expect(p.mentions.length).toBe(4);
    expect(p.mentions.some((m) => m.field === 'captions')).toBe(true);
    for (const m of p.mentions) expect(m.end).toBeGreaterThan(m.start);
  });
  it('never creates a person from an office alone', () => {
    expect(run(['Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy đề nghị các cấp làm tốt.'])).toEqual([]);
  });
});

describe('officials: not people', () => {
  it('leaves out anonymised persons, places, year names and bodies named after people', () => {
    const offs = run([
      'Vợ chồng ông THS và ông S vay tiền; ông Nguyễn Văn T. khai báo.',
      'Tết Giáp Thìn, Hà Nội, Cao Bằng, Lâm Đồng đón khách; Trường THPT Lê Quý Đôn khai giảng.',
      'Tại nghĩa trang Bà Rịa - Vũng Tàu, đoàn dâng hương.',
    ]);
    expect(offs).toEqual([]);
  });
  it('does not take a company after an office for a foreign name', () => {
    const offs = run(['Ông Ralph Keller, Giám đốc Kendrick Capital Group, cho biết giá vàng tăng.']);
    expect(summary(offs)).toEqual([['Ralph Keller', 'ông', ['Giám đốc Kendrick Capital Group']]]);
  });
  it('a named person with only an honorific is an official without positions', () => {
    expect(summary(run(['Bà Trịnh Thị Mơ, 70 tuổi, ngụ xã Tân Lập, cho biết.']))).toEqual([['Trịnh Thị Mơ', 'bà', []]]);
  });
});

describe('officials: where the organisation in a position ends', () => {
  const pos = (text: string) => summary(run([text]));
  it('an open head\'s name runs on through lower-case words to a country', () => {
    expect(pos('Ông Lã Văn Thịnh, Chủ tịch Hiệp hội nuôi trồng thủy sản Việt Nam, phát biểu khai mạc.')).toEqual([
      ['Lã Văn Thịnh', 'ông', ['Chủ tịch Hiệp hội nuôi trồng thủy sản Việt Nam']],
    ]);
  });
  it('… to a verb, and the name after a position before it stays the name', () => {
    expect(pos('Cục trưởng Cục Quản lý chất lượng nông lâm sản Trần Văn Bình cho biết giá tăng.')).toEqual([
      ['Trần Văn Bình', null, ['Cục trưởng Cục Quản lý chất lượng nông lâm sản']],
    ]);
  });
  it('does not swallow "cho biết" and the clause after it', () => {
    expect(pos('Ông Võ Văn Hùng, Viện trưởng Viện Nghiên cứu chính sách nông nghiệp cho biết năm nay giá lúa tăng.')).toEqual([
      ['Võ Văn Hùng', 'ông', ['Viện trưởng Viện Nghiên cứu chính sách nông nghiệp']],
    ]);
  });
  it('does not swallow a following person, a date or "tại …"', () => {
    expect(pos('Giám đốc Trung tâm Kiểm soát bệnh tật Nguyễn Thị Mai và Phó Giám đốc Sở Y tế Lê Văn Đông đã kiểm tra.')).toEqual([
      ['Nguyễn Thị Mai', null, ['Giám đốc Trung tâm Kiểm soát bệnh tật']],
      ['Lê Văn Đông', null, ['Phó Giám đốc Sở Y tế']],
    ]);
    expect(pos('Bà Hồ Thị Lệ, Chủ tịch Hội bảo trợ người khuyết tật ngày 12/5 đã trao quà.')).toEqual([
      ['Hồ Thị Lệ', 'bà', ['Chủ tịch Hội bảo trợ người khuyết tật']],
    ]);
    expect(pos('Ông Đinh Công Sơn, Giám đốc Công ty xây dựng cầu đường tại Đà Nẵng, cho biết giá thép tăng.')).toEqual([
      ['Đinh Công Sơn', 'ông', ['Giám đốc Công ty xây dựng cầu đường']],
    ]);
  });
  it('a parent body in brackets belongs to the position', () => {
    expect(pos('Theo bà Đỗ Thị Hạnh, Vụ trưởng Vụ Kiểm định chất lượng đào tạo (Bộ GD-ĐT), kế hoạch đã xong.')).toEqual([
      ['Đỗ Thị Hạnh', 'bà', ['Vụ trưởng Vụ Kiểm định chất lượng đào tạo (Bộ GD-ĐT)']],
    ]);
  });
  it('a qualifier between the title and its body belongs to the office', () => {
    const offs = run(['Ông Tô Văn Hiền, Phó Chủ tịch danh dự Hội nuôi ong Việt Nam, phát biểu.']);
    expect(summary(offs)).toEqual([['Tô Văn Hiền', 'ông', ['Phó Chủ tịch danh dự Hội nuôi ong Việt Nam']]]);
    expect(offs[0]!.positions[0]).toMatchObject({ title: 'Phó Chủ tịch danh dự', organization: 'Hội nuôi ong Việt Nam' });
    expect(pos('Cô Mẫn Thị Lan, hiệu trưởng tạm quyền Trường THCS Hòa Bình, đã ký thông báo.')).toEqual([
      ['Mẫn Thị Lan', 'Cô', ['hiệu trưởng tạm quyền Trường THCS Hòa Bình']],
    ]);
  });
  it('an acronym or a one-letter code closes the name; a committee or a fixed body is not open', () => {
    expect(pos('Ông Kha Văn Lợi - Tổ trưởng Phòng KTHT hồ hởi kể lại.')).toEqual([['Kha Văn Lợi', 'ông', ['Tổ trưởng Phòng KTHT']]]);
    expect(pos('Ông Lục Văn Hào, Trưởng ban quản lý chợ khu B bán buôn cá tôm, nói.')).toEqual([
      ['Lục Văn Hào', 'ông', ['Trưởng ban quản lý chợ khu B']],
    ]);
    expect(pos('Bí thư Tỉnh ủy Nguyễn Văn Tâm thăm hỏi bà con vùng lũ.')).toEqual([['Nguyễn Văn Tâm', null, ['Bí thư Tỉnh ủy']]]);
  });
  it('"tái đắc cử chức" introduces a post of the person just named', () => {
    expect(pos('Bí thư Thành đoàn Đà Nẵng - Lê Thị Thơm, tái đắc cử chức Chủ tịch Hội Sinh viên Thành phố.')).toEqual([
      ['Lê Thị Thơm', null, ['Bí thư Thành đoàn Đà Nẵng', 'Chủ tịch Hội Sinh viên Thành phố']],
    ]);
  });
  it('a run that goes on too long, or into a number, is a clause and is left out', () => {
    expect(pos('Ông Bế Văn Dũng, Chủ tịch Hội nuôi cá cảnh chăm chút bể cá nhỏ xinh xắn đẹp đẽ quanh nhà.')).toEqual([
      ['Bế Văn Dũng', 'ông', ['Chủ tịch Hội']],
    ]);
    expect(pos('Ông Hứa Văn Nghĩa, Chủ tịch Hội nuôi cá cảnh chọn 500 con giống.')).toEqual([['Hứa Văn Nghĩa', 'ông', ['Chủ tịch Hội']]]);
  });
});

describe('officials: terms of office and compound words in positions', () => {
  const pos = (text: string) => summary(run([text]));
  it('a list of terms after "khóa" belongs to the position, and the chain goes on after it', () => {
    expect(pos('Lễ viếng đồng chí Hà Văn Khải, nguyên Ủy viên Ban Chấp hành Trung ương Đảng khóa VI, VII, nguyên Phó Trưởng Ban Tổ chức Trung ương.')).toEqual([
      ['Hà Văn Khải', 'Đồng chí', ['nguyên Ủy viên Ban Chấp hành Trung ương Đảng khóa VI, VII', 'nguyên Phó Trưởng Ban Tổ chức Trung ương']],
    ]);
    expect(pos('Ông Lò Văn Tiến, Ủy viên Trung ương Đảng khóa XI, XII và XIII, Bí thư Tỉnh ủy Sơn La, phát biểu.')).toEqual([
      ['Lò Văn Tiến', 'ông', ['Ủy viên Trung ương Đảng khóa XI, XII và XIII', 'Bí thư Tỉnh ủy Sơn La']],
    ]);
    expect(pos('Bà Đàm Thị Nga, đại biểu Quốc hội khóa X - XI, Chủ tịch Hội Liên hiệp phụ nữ tỉnh, phát biểu.')).toEqual([
      ['Đàm Thị Nga', 'bà', ['đại biểu Quốc hội khóa X - XI', 'Chủ tịch Hội Liên hiệp phụ nữ tỉnh']],
    ]);
  });
  it('a term in years ("nhiệm kỳ 2020-2025") belongs to the position too', () => {
    expect(pos('Ông Vi Văn Dũng, Bí thư Huyện ủy nhiệm kỳ 2020-2025, Chủ tịch HĐND huyện, phát biểu.')).toEqual([
      ['Vi Văn Dũng', 'ông', ['Bí thư Huyện ủy nhiệm kỳ 2020-2025', 'Chủ tịch HĐND huyện']],
    ]);
    expect(pos('Ông Vi Văn Dũng, Bí thư Huyện ủy nhiệm kỳ 2020 – 2025 cho biết.')).toEqual([
      ['Vi Văn Dũng', 'ông', ['Bí thư Huyện ủy nhiệm kỳ 2020 – 2025']],
    ]);
  });
  it('a number after the list that counts something is not a term', () => {
    expect(pos('Ông Vi Văn Dũng, đại biểu Quốc hội khóa 14, 15 đại biểu đã đến.')).toEqual([['Vi Văn Dũng', 'ông', ['đại biểu Quốc hội khóa 14']]]);
    expect(pos('Ông Vi Văn Dũng, Bí thư Huyện ủy nhiệm kỳ mới, cho biết.')).toEqual([['Vi Văn Dũng', 'ông', ['Bí thư Huyện ủy']]]);
  });
  it('a syllable of a compound noun ("đổi mới", "sáng tạo", "dự phòng") does not end a body\'s name', () => {
    expect(pos('Bà Tạ Thị Huệ, Cục trưởng Cục Đổi mới sáng tạo (Bộ Khoa học và Công nghệ), phát biểu.')).toEqual([
      ['Tạ Thị Huệ', 'bà', ['Cục trưởng Cục Đổi mới sáng tạo (Bộ Khoa học và Công nghệ)']],
    ]);
    expect(pos('Ông Âu Văn Lực, Vụ trưởng Vụ Thị trường trong nước, cho biết giá giảm.')).toEqual([
      ['Âu Văn Lực', 'ông', ['Vụ trưởng Vụ Thị trường trong nước']],
    ]);
    expect(pos('Ông Âu Văn Lực, Cục trưởng Cục Y tế dự phòng phát biểu.')).toEqual([['Âu Văn Lực', 'ông', ['Cục trưởng Cục Y tế dự phòng']]]);
  });
  it('an open head\'s name that lists its fields ("Cục A, B và C") is one position', () => {
    expect(pos('Bà Tạ Thị Huệ, Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (Bộ Công Thương) phát biểu.')).toEqual([
      ['Tạ Thị Huệ', 'bà', ['Cục trưởng Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công (Bộ Công Thương)']],
    ]);
    expect(pos('Giám đốc Trung tâm Nghiên cứu, Tư vấn và Chuyển giao công nghệ Lưu Văn Định cho biết.')).toEqual([
      ['Lưu Văn Định', null, ['Giám đốc Trung tâm Nghiên cứu, Tư vấn và Chuyển giao công nghệ']],
    ]);
    expect(pos('Ông Thân Văn Tú, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng, phát biểu.')).toEqual([
      ['Thân Văn Tú', 'ông', ['Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục, Thanh thiếu niên và Nhi đồng']],
    ]);
  });
  it('… but not a second office, a person, a place, a known body or a one-word part', () => {
    expect(pos('Ông Thân Văn Tú, Viện trưởng Viện Kinh tế học, Phó Chủ tịch Hội Khoa học tỉnh, phát biểu.')).toEqual([
      ['Thân Văn Tú', 'ông', ['Viện trưởng Viện Kinh tế học', 'Phó Chủ tịch Hội Khoa học tỉnh']],
    ]);
    expect(pos('Ông Thân Văn Tú, Viện trưởng Viện Toán học, Giáo sư Đỗ Văn An và Phó Giáo sư Lê Anh Đào đã đến.')).toEqual([
      ['Thân Văn Tú', 'ông', ['Viện trưởng Viện Toán học']],
      ['Đỗ Văn An', 'Giáo sư', []],
      ['Lê Anh Đào', 'Phó Giáo sư', []],
    ]);
    expect(pos('Ông Thân Văn Tú, Giám đốc Trung tâm Tin học, Hà Nội và Đà Nẵng đã đến.')[0]![2]).toEqual(['Giám đốc Trung tâm Tin học']);
    expect(pos('Ông Thân Văn Tú, Viện trưởng Viện Kinh tế, Tài chính và Ngân hàng Nhà nước đã đến.')[0]![2]).toEqual(['Viện trưởng Viện Kinh tế']);
    expect(pos('Ông Thân Văn Tú, Giám đốc Trung tâm Tin học, Toán và Lý đã đến.')[0]![2]).toEqual(['Giám đốc Trung tâm Tin học']);
  });
  it('an aside in brackets after a position is left out, and the chain goes on after it', () => {
    expect(pos('Ông Kiều Văn Tâm, Chủ tịch UBND tỉnh Hà Tây (cũ), Phó Trưởng ban Tổ chức Trung ương, phát biểu.')).toEqual([
      ['Kiều Văn Tâm', 'ông', ['Chủ tịch UBND tỉnh Hà Tây', 'Phó Trưởng ban Tổ chức Trung ương']],
    ]);
    expect(pos('Ông Kiều Văn Tâm, Tổng Giám đốc Tổng công ty Thép Việt Nam (Vnsteel), Phó Chủ tịch Hiệp hội Thép, phát biểu.')).toEqual([
      ['Kiều Văn Tâm', 'ông', ['Tổng Giám đốc Tổng công ty Thép Việt Nam', 'Phó Chủ tịch Hiệp hội Thép']],
    ]);
    expect(pos('Đại tá Kiều Văn Tâm - Giám đốc Công an tỉnh Hà Tây (trước khi hợp nhất) giữ chức vụ Giám đốc Công an TP Hà Nội.')).toEqual([
      ['Kiều Văn Tâm', 'Đại tá', ['Giám đốc Công an tỉnh Hà Tây', 'Giám đốc Công an TP Hà Nội']],
    ]);
  });
  it('… but not when no position of the same person follows the bracket', () => {
    expect(pos('Ông Kiều Văn Tâm, Giám đốc Sở Y tế (bìa trái), Trưởng phòng Nguyễn Văn Bảy đã đến.')).toEqual([
      ['Kiều Văn Tâm', 'ông', ['Giám đốc Sở Y tế']],
      ['Nguyễn Văn Bảy', null, ['Trưởng phòng']],
    ]);
    expect(pos('Ông Kiều Văn Tâm, Giám đốc Sở Y tế (bìa trái) làm việc với đoàn.')).toEqual([['Kiều Văn Tâm', 'ông', ['Giám đốc Sở Y tế']]]);
  });
  it('youth-union committees, merged provincial media and assistants are positions', () => {
    expect(pos('Ông Kiều Văn Tâm, Phó Bí thư Tỉnh đoàn Thái Bình, Chủ tịch Hội LHTN tỉnh, phát biểu.')).toEqual([
      ['Kiều Văn Tâm', 'ông', ['Phó Bí thư Tỉnh đoàn Thái Bình', 'Chủ tịch Hội LHTN tỉnh']],
    ]);
    expect(pos('Ông Kiều Văn Tâm, Tổng Biên tập Báo và Đài Phát thanh - Truyền hình Lào Cai, Chủ tịch Hội Nhà báo tỉnh, phát biểu.')).toEqual([
      ['Kiều Văn Tâm', 'ông', ['Tổng Biên tập Báo và Đài Phát thanh - Truyền hình Lào Cai', 'Chủ tịch Hội Nhà báo tỉnh']],
    ]);
    expect(pos('Bà Lã Thị Hằng, Trợ lý Bộ trưởng, Vụ trưởng Vụ Tổng hợp Bộ Ngoại giao, phát biểu.')).toEqual([
      ['Lã Thị Hằng', 'bà', ['Trợ lý Bộ trưởng', 'Vụ trưởng Vụ Tổng hợp Bộ Ngoại giao']],
    ]);
  });
  it('after an appointment verb the last post of a list follows "và"', () => {
    expect(pos('Ông Mạc Văn Quý từng giữ chức Phó Giám đốc Sở Y tế, Giám đốc Sở Tài chính và Phó Chủ tịch UBND tỉnh.')).toEqual([
      ['Mạc Văn Quý', 'ông', ['Phó Giám đốc Sở Y tế', 'Giám đốc Sở Tài chính', 'Phó Chủ tịch UBND tỉnh']],
    ]);
    // without the verb "A, Pos và Pos2" may be two people
    expect(pos('Ông Mạc Văn Quý, Giám đốc Sở Y tế và Phó Giám đốc Sở Tài chính đã đến.')).toEqual([['Mạc Văn Quý', 'ông', ['Giám đốc Sở Y tế']]]);
    expect(pos('Ông Mạc Văn Quý làm Giám đốc Sở Y tế và Phó Giám đốc Sở Tài chính Trần Văn Bình đã đến.')).toEqual([
      ['Mạc Văn Quý', 'ông', ['Giám đốc Sở Y tế']],
      ['Trần Văn Bình', null, ['Phó Giám đốc Sở Tài chính']],
    ]);
  });
  it('"ông Quý từng làm …": posts after a given name go to the one person of that name', () => {
    expect(summary(run(['Ông Mạc Văn Quý, Giám đốc Sở Y tế, phát biểu.', 'Trước đó, ông Quý từng làm Chánh Văn phòng UBND tỉnh và Phó Chủ tịch UBND huyện.']))).toEqual([
      ['Mạc Văn Quý', 'ông', ['Giám đốc Sở Y tế', 'Chánh Văn phòng UBND tỉnh', 'Phó Chủ tịch UBND huyện']],
    ]);
    // two people share the given name: nobody gets the posts
    expect(summary(run(['Ông Mạc Văn Quý và ông Lê Đình Quý dự họp.', 'Ông Quý từng làm Chánh Văn phòng UBND tỉnh.']))).toEqual([
      ['Mạc Văn Quý', 'ông', []],
      ['Lê Đình Quý', 'ông', []],
    ]);
  });
  it('a committee written in lower case is the body of the post, with the place after it', () => {
    expect(pos('Ông Đặng Văn Lộc, Bí thư tỉnh ủy tỉnh Ninh Thuận, phát biểu.')).toEqual([['Đặng Văn Lộc', 'ông', ['Bí thư tỉnh ủy tỉnh Ninh Thuận']]]);
    expect(pos('Bí thư huyện ủy Lâm Hà Nguyễn Đình Tâm phát biểu.')).toEqual([['Nguyễn Đình Tâm', null, ['Bí thư huyện ủy Lâm Hà']]]);
    expect(pos('Ông Đặng Văn Lộc, Bí thư đảng ủy xã Tân Lập, phát biểu.')).toEqual([['Đặng Văn Lộc', 'ông', ['Bí thư đảng ủy xã Tân Lập']]]);
    // "ủy quyền" (to authorise) is a verb, not the committee
    expect(pos('Ông Đặng Văn Lộc, Giám đốc Sở Y tế tỉnh ủy quyền cho cấp phó.')).toEqual([['Đặng Văn Lộc', 'ông', ['Giám đốc Sở Y tế']]]);
  });
  it('every post in one bracket after the name counts', () => {
    expect(pos('Ông Ngô Văn Lực (Chủ tịch UBND xã, Bí thư Đảng ủy xã) cho biết.')).toEqual([['Ngô Văn Lực', 'ông', ['Chủ tịch UBND xã', 'Bí thư Đảng ủy xã']]]);
    expect(pos('Ông Ngô Văn Lực (Chủ tịch UBND xã, SN 1970) cho biết.')).toEqual([['Ngô Văn Lực', 'ông', ['Chủ tịch UBND xã']]]);
  });
  it('an ambassador\'s post goes on over "tại" + the place, and the chain after it', () => {
    expect(pos('Ông Ngô Văn Lực, Đại sứ Việt Nam tại Hàn Quốc, Trưởng đoàn, phát biểu.')).toEqual([
      ['Ngô Văn Lực', 'ông', ['Đại sứ Việt Nam tại Hàn Quốc', 'Trưởng đoàn']],
    ]);
    expect(pos('Tổng Lãnh sự Việt Nam tại Osaka Ngô Văn Lực cho biết.')).toEqual([['Ngô Văn Lực', null, ['Tổng Lãnh sự Việt Nam tại Osaka']]]);
    // another post: "tại" says where the person speaks
    expect(pos('Ông Ngô Văn Lực, Giám đốc Sở Y tế tại Hà Nội cho biết.')).toEqual([['Ngô Văn Lực', 'ông', ['Giám đốc Sở Y tế']]]);
  });
  it('"giai đoạn" takes years only', () => {
    expect(pos('Ông Ngô Văn Lực, nguyên Chủ tịch UBND tỉnh giai đoạn 2015-2020, Phó Chủ tịch Hội Cựu chiến binh, phát biểu.')).toEqual([
      ['Ngô Văn Lực', 'ông', ['nguyên Chủ tịch UBND tỉnh giai đoạn 2015-2020', 'Phó Chủ tịch Hội Cựu chiến binh']],
    ]);
    expect(pos('Ông Ngô Văn Lực, Giám đốc Ban Quản lý dự án giai đoạn 1, phát biểu.')).toEqual([['Ngô Văn Lực', 'ông', ['Giám đốc Ban Quản lý dự án']]]);
  });
  it('… but the same syllable after a body that is not open still ends it ("sáng nay")', () => {
    expect(pos('Ông Âu Văn Lực, Giám đốc Sở Y tế sáng nay đã kiểm tra.')).toEqual([['Âu Văn Lực', 'ông', ['Giám đốc Sở Y tế']]]);
    expect(pos('Ông Âu Văn Lực, Chủ tịch Hội Nông dân tỉnh sáng 12/3 đã đến.')).toEqual([['Âu Văn Lực', 'ông', ['Chủ tịch Hội Nông dân tỉnh']]]);
  });
});

describe('officials: robustness', () => {
  it('a 1 MB line of capitalised words finishes', () => {
    const big = 'Bộ trưởng Nguyễn Văn An, '.repeat(40000) + 'Chủ tịch ' + 'Hà Nội '.repeat(20000);
    const offs = run([big]);
    expect(offs.length).toBe(1);
  });
  it('empty text gives no officials', () => {
    expect(run([])).toEqual([]);
    expect(run([''], [''], '')).toEqual([]);
  });
});

describe.skipIf(!HAS_SHARED)('officials on the gold files', () => {
  const norm = (s: string) => foldKey(s.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/[.,:;]+$/, ''));
  function pairs(offs: { name: string; positions: { raw: string }[] }[]): Set<string> {
    const out = new Set<string>();
    for (const o of offs) {
      const ps = [...new Set(o.positions.map((p) => norm(p.raw)))];
      for (const p of ps.filter((p) => !ps.some((q) => q !== p && q.includes(p)))) out.add(`${norm(o.name)}|${p}`);
    }
    return out;
  }
  it('name F1 ≥ 0.95 and position F1 ≥ 0.90 (SPEC §3)', () => {
    let tn = 0, fn = 0, pn = 0, tp = 0, fp = 0, pp = 0; // prettier-ignore
    for (const dir of ['seeds', 'html']) {
      for (const f of readdirSync(join(SHARED, 'gold', dir))) {
        const g = JSON.parse(readFileSync(join(SHARED, 'gold', dir, f), 'utf8')).expect;
        if (!g.officials) continue;
        const got = extractOfficials({ title: g.title ?? null, paragraphs: g.paragraphs ?? [], captions: g.captions ?? [] }, rules);
        const gn = new Set<string>(g.officials.map((o: Official) => norm(o.name)));
        const on = new Set(got.map((o) => norm(o.name)));
        tn += [...on].filter((x) => gn.has(x)).length;
        pn += on.size;
        fn += gn.size;
        const gp = pairs(g.officials);
        const op = pairs(got);
        tp += [...op].filter((x) => gp.has(x)).length;
        pp += op.size;
        fp += gp.size;
      }
    }
    const f1 = (t: number, p: number, g: number) => (2 * t) / (p + g);
    expect(f1(tn, pn, fn)).toBeGreaterThanOrEqual(0.95);
    expect(f1(tp, pp, fp)).toBeGreaterThanOrEqual(0.9);
  });
});
