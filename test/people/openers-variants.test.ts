/**
 * Officials after a sentence opener and an honorific ("Theo TS …"), honorifics spelt with
 * "sỹ", and deputy/head titles of departments and institutes. Sentences are invented for
 * these tests (made-up people and bodies); expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractOfficials } from '../../src/extract/people/index.js';
import { withSpellingVariants } from '../../src/extract/people/rules.js';

const rules = loadRules();
const summary = (p: string) => extractOfficials({ title: null, paragraphs: [p], captions: [] }, rules).map((o) => [o.name, o.honorific, o.positions.map((x) => x.raw)]);

describe('officials: a sentence opener before an honorific', () => {
  it('reads the person after "Theo", "Với" + a degree or rank', () => {
    expect(summary('Theo PGS.TS Lê Thị Thu Hà, Trưởng khoa Dược, thuốc mới cần thêm thử nghiệm.')).toEqual([['Lê Thị Thu Hà', 'PGS.TS', ['Trưởng khoa Dược']]]);
    expect(summary('Theo Trung tá Vũ Đình Khang, các đối tượng đã bị tạm giữ.')).toEqual([['Vũ Đình Khang', 'Trung tá', []]]);
    expect(summary('Với Bác sĩ Đoàn Minh Châu, mỗi ca mổ là một thử thách.')).toEqual([['Đoàn Minh Châu', 'Bác sĩ', []]]);
  });
  it('still reads "Theo ông …" and leaves a plain capitalised run alone', () => {
    expect(summary('Theo ông Hà Văn Lực, Giám đốc Sở Tài chính, nguồn thu tăng.')).toEqual([['Hà Văn Lực', 'ông', ['Giám đốc Sở Tài chính']]]);
    expect(summary('Theo Sở Tài chính, nguồn thu tăng mạnh.')).toEqual([]);
  });
});

describe('officials: honorifics spelt with "sỹ"', () => {
  it('knows "Thạc sỹ" and "ca sỹ" as "Thạc sĩ" and "ca sĩ"', () => {
    expect(summary('Tiếp đó, Thạc sỹ Đỗ Văn Khiêm, Giám đốc Trung tâm Dữ liệu, trình bày báo cáo.')).toEqual([['Đỗ Văn Khiêm', 'Thạc sỹ', ['Giám đốc Trung tâm Dữ liệu']]]);
    expect(summary('Đêm nhạc có sự góp mặt của ca sỹ Lương Bích Hạnh.')).toEqual([['Lương Bích Hạnh', 'ca sỹ', []]]);
  });
  it('lists both spellings of a phrase', () => {
    expect(withSpellingVariants('Nghệ sĩ Ưu tú', [['sĩ', 'sỹ']])).toEqual(['Nghệ sĩ Ưu tú', 'Nghệ sỹ Ưu tú']);
    expect(withSpellingVariants('Giáo sư', [['sĩ', 'sỹ']])).toEqual(['Giáo sư']);
  });
});

describe('officials: deputy and head titles of departments and institutes', () => {
  it('reads "Tổng cục phó …", "Cục phó …", "Trưởng Viện …"', () => {
    expect(summary('Ông Tạ Quang Vinh, Tổng cục phó Thủy lợi, cho biết hồ chứa đã đầy.')).toEqual([['Tạ Quang Vinh', 'ông', ['Tổng cục phó Thủy lợi']]]);
    expect(summary('Bà Kiều Thị Yến, Cục phó Cục Quản lý thị trường, chủ trì buổi làm việc.')).toEqual([['Kiều Thị Yến', 'bà', ['Cục phó Cục Quản lý thị trường']]]);
    expect(summary('TS Lạc Văn Tâm, Trưởng Viện Nghiên cứu Cây ăn quả, giới thiệu giống mới.')).toEqual([['Lạc Văn Tâm', 'TS', ['Trưởng Viện Nghiên cứu Cây ăn quả']]]);
  });
});
