/**
 * "Nghệ nhân" (artisan) and its state titles mark a named person like "Nghệ sĩ" does.
 * Sentences are invented (made-up people); expectations written by hand.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { extractOfficials } from '../../src/extract/people/index.js';

const rules = loadRules();
const people = (p: string) => extractOfficials({ title: null, paragraphs: [p], captions: [] }, rules).map((o) => [o.name, o.honorific]);

describe('officials: the artisan titles', () => {
  it('reads a name after "Nghệ nhân", "Nghệ nhân Ưu tú" and "NNƯT"', () => {
    expect(people('Nghệ nhân Trần Thị Lan hướng dẫn du khách nặn gốm.')).toEqual([['Trần Thị Lan', 'Nghệ nhân']]);
    expect(people('Lớp học do Nghệ nhân Ưu tú Lò Văn Pấng đứng lớp.')).toEqual([['Lò Văn Pấng', 'Nghệ nhân Ưu tú']]);
    expect(people('NNƯT Đỗ Văn Hải truyền nghề cho lớp trẻ.')).toEqual([['Đỗ Văn Hải', 'NNƯT']]);
  });
  it('finds nobody in "các nghệ nhân làng gốm"', () => {
    expect(people('Các nghệ nhân làng gốm Phù Lãng trưng bày sản phẩm.')).toEqual([]);
  });
});
