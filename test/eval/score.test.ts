import { describe, expect, it } from 'vitest';
import { normKey, tokens, unitsMatch, numberKey, containsWords, eitherContains } from '../../src/eval/normalise.js';
import {
  scoreArticle,
  scoreNonArticle,
  paragraphsF1,
  leaksFound,
  reducePositions,
  summarise,
  aggregate,
  type Tally,
} from '../../src/eval/score.js';

const meta = { input: 'x.txt', group: 'g', origin: 'test' };
const score = (expect: Record<string, unknown>, record: Record<string, unknown> | null) => scoreArticle(expect, record, meta);
const prf = (t: Tally | undefined) => {
  if (!t || t.measure !== 'prf') throw new Error('not a prf tally');
  return [t.tp, t.fp, t.fn];
};
const right = (t: Tally | undefined) => {
  if (!t || t.measure !== 'accuracy') throw new Error('not an accuracy tally');
  return [t.right, t.n];
};

describe('normalisation (SPEC §3)', () => {
  it('folds tone placement: hoà = hòa, thuỷ = thủy', () => {
    expect(normKey('Hoà Bình')).toBe(normKey('Hòa Bình'));
    expect(normKey('Thuỷ')).toBe(normKey('thủy'));
    expect(normKey('hòa')).not.toBe(normKey('hoa'));
  });
  it('removes trailing .,:; and collapses spaces, case-insensitive', () => {
    expect(normKey('  Khai mạc   hội nghị.  ')).toBe(normKey('khai mạc hội nghị'));
    expect(normKey('Ban Chỉ đạo:')).toBe(normKey('ban chỉ đạo'));
    expect(normKey('Tiêu đề;,')).toBe(normKey('TIÊU ĐỀ'));
    expect(normKey('a.b')).not.toBe(normKey('ab'));
  });
  it('treats NFD input as its NFC form and Ð as Đ', () => {
    expect(normKey('Đồng Nai'.normalize('NFD'))).toBe(normKey('Đồng Nai'));
    expect(normKey('\u00d0à Nẵng')).toBe(normKey('Đà Nẵng'));
  });
  it('tone folding is per letter run, so punctuation beside a word does not change it', () => {
    expect(normKey('hoà, bình')).toContain(normKey('hòa'));
  });
  it('tokens are letter/digit runs, lower-cased, tone folded', () => {
    expect(tokens('Năm 2024, GDP tăng 7,09%!')).toEqual(tokens('năm 2024 gdp tăng 7 09'));
    expect(tokens('Hoà')).toEqual(tokens('hòa'));
  });
  it('units match when equal or one starts the other at a word boundary', () => {
    const u = (a: string, b: string) => unitsMatch(normKey(a), normKey(b));
    expect(u('điểm cầu', 'điểm')).toBe(true);
    expect(u('điểm', 'điểm cầu')).toBe(true);
    expect(u('điểm', 'điểmx')).toBe(false);
    expect(u('xã, phường', 'xã')).toBe(true);
    expect(u('tỷ đồng', 'triệu đồng')).toBe(false);
    expect(unitsMatch(null, null)).toBe(true);
    expect(unitsMatch(null, normKey('người'))).toBe(false);
  });
  it('containment is at word boundaries', () => {
    expect(containsWords(normKey('Phó Bí thư Tỉnh ủy'), normKey('bí thư'))).toBe(true);
    expect(containsWords(normKey('Trưởng ban'), normKey('an'))).toBe(false);
    expect(containsWords(normKey('Ảnh: TPO'), normKey('Ảnh: TP'))).toBe(false);
    expect(containsWords(normKey('xem (028) 3811'), normKey('(028)'))).toBe(true);
    expect(eitherContains(normKey('vốn'), normKey('vốn điều lệ'))).toBe(true);
    expect(eitherContains(normKey('vố'), normKey('vốn điều lệ'))).toBe(false);
  });
  it('document numbers are compared without spaces', () => {
    expect(numberKey('12/2021/NĐ- CP')).toBe(numberKey('12/2021/NĐ-CP'));
  });
});

describe('accuracy fields', () => {
  it('title: exact after normalisation, wrong when different', () => {
    expect(right(score({ title: 'Khai mạc Hội nghị.' }, { title: 'khai mạc hội nghị' }).tallies.title)).toEqual([1, 1]);
    expect(right(score({ title: 'Khai mạc Hội nghị' }, { title: 'Bế mạc Hội nghị' }).tallies.title)).toEqual([0, 1]);
  });
  it('kicker: null vs null is right, null vs text is wrong', () => {
    expect(right(score({ kicker: null }, { kicker: null }).tallies.kicker)).toEqual([1, 1]);
    expect(right(score({ kicker: null }, { kicker: 'Ông Lê Văn Tám' }).tallies.kicker)).toEqual([0, 1]);
  });
  it('fields absent from expect are not scored', () => {
    const r = score({ title: 'A' }, { title: 'A', kicker: 'B', authors: ['C'] });
    expect(Object.keys(r.tallies).sort()).toEqual(['records', 'title']);
  });
  it('published: day level; acceptPublished dates also count', () => {
    const expectP = { published: { date: '2020-05-02', time: null, utcOffset: null }, acceptPublished: ['2021-01-09'] };
    const rec = (date: string | null) => ({ published: date ? { date, time: '08:00', utcOffset: null, raw: date } : null });
    expect(right(score(expectP, rec('2020-05-02')).tallies['published.date'])).toEqual([1, 1]);
    expect(right(score(expectP, rec('2021-01-09')).tallies['published.date'])).toEqual([1, 1]);
    expect(right(score(expectP, rec('2020-05-03')).tallies['published.date'])).toEqual([0, 1]);
    expect(right(score(expectP, rec(null)).tallies['published.date'])).toEqual([0, 1]);
    expect(right(score({ published: null }, rec(null)).tallies['published.date'])).toEqual([1, 1]);
    expect(right(score({ published: null }, rec('2020-05-02')).tallies['published.date'])).toEqual([0, 1]);
  });
  it('published.time is exact time and offset, reported apart from the day', () => {
    const g = { published: { date: '2020-05-02', time: '08:15', utcOffset: '+07:00' } };
    const r = score(g, { published: { date: '2020-05-02', time: '08:15', utcOffset: null, raw: '' } });
    expect(right(r.tallies['published.date'])).toEqual([1, 1]);
    expect(right(r.tallies['published.time'])).toEqual([0, 1]);
  });
  it('event.date: day level, null vs null right', () => {
    expect(right(score({ event: { date: '2019-01-08' } }, { event: { date: '2019-01-08', partOfDay: null, yearInferred: true, raw: '' } }).tallies['event.date'])).toEqual([1, 1]);
    expect(right(score({ event: null }, { event: null }).tallies['event.date'])).toEqual([1, 1]);
  });
  it('source.outlet accuracy', () => {
    expect(right(score({ source: { outlet: 'Báo Mẫu' } }, { source: { outlet: 'báo mẫu' } }).tallies['source.outlet'])).toEqual([1, 1]);
  });
});

describe('set fields', () => {
  it('authors: a miss and an extra', () => {
    const r = score({ authors: ['Lan Anh', 'Quốc Bảo'] }, { authors: ['Lan Anh', 'Minh Châu'] });
    expect(prf(r.tallies.authors)).toEqual([1, 1, 1]);
    const d = r.diffs.find((x) => x.field === 'authors');
    expect(d?.missed).toEqual(['Quốc Bảo']);
    expect(d?.extra).toEqual(['Minh Châu']);
  });
  it('an empty gold list scores every prediction as a false positive', () => {
    expect(prf(score({ photoCredits: [] }, { photoCredits: ['Ngọc Hà', 'Văn Long'] }).tallies.photoCredits)).toEqual([0, 2, 0]);
    expect(prf(score({ photoCredits: [] }, { photoCredits: [] }).tallies.photoCredits)).toEqual([0, 0, 0]);
  });
  it('captions: trailing punctuation and tone placement do not matter; repeats count once', () => {
    const r = score({ captions: ['Đại biểu dự hội nghị hoà giải.'] }, { captions: ['Đại biểu dự hội nghị hòa giải', 'Đại biểu dự hội nghị hòa giải'] });
    expect(prf(r.tallies.captions)).toEqual([1, 0, 0]);
  });
  it('a missing record makes every gold item a false negative and accuracies wrong', () => {
    const r = score({ title: 'A', authors: ['Lan Anh'], paragraphs: ['Một hai ba'], locations: [{ name: 'Hà Nội' }] }, null);
    expect(r.found).toBe(false);
    expect(right(r.tallies.records)).toEqual([0, 1]);
    expect(right(r.tallies.title)).toEqual([0, 1]);
    expect(prf(r.tallies.authors)).toEqual([0, 0, 1]);
    expect(prf(r.tallies.locations)).toEqual([0, 0, 1]);
    expect(r.tallies.paragraphs).toEqual({ measure: 'mean', sum: 0, n: 1 });
  });
  it('locations: a name listed twice in gold (two units) is a multiset', () => {
    const g = { locations: [{ name: 'Mỹ Lợi', level: 'thành phố' }, { name: 'Mỹ Lợi', level: 'tỉnh' }] };
    expect(prf(score(g, { locations: [{ name: 'Mỹ Lợi' }] }).tallies.locations)).toEqual([1, 0, 1]);
    expect(prf(score(g, { locations: [{ name: 'Mỹ Lợi' }, { name: 'mỹ lợi' }] }).tallies.locations)).toEqual([2, 0, 0]);
    expect(prf(score({ locations: [{ name: 'Mỹ Lợi' }] }, { locations: [{ name: 'Mỹ Lợi' }, { name: 'Mỹ Lợi' }] }).tallies.locations)).toEqual([1, 1, 0]);
  });
});

describe('officials', () => {
  it('positions: a position another of the same person contains is dropped on each side', () => {
    expect(reducePositions(['Bí thư Tỉnh ủy', 'Bí thư Tỉnh ủy Hòa An', 'Ủy viên Trung ương Đảng']).map((p) => p.show)).toEqual([
      'Bí thư Tỉnh ủy Hòa An',
      'Ủy viên Trung ương Đảng',
    ]);
    // containment is case- and tone-insensitive: "Phó Trưởng ban" is inside "Phó Trưởng Ban Kinh tế"
    expect(reducePositions(['Phó Trưởng Ban Kinh tế Trung ương', 'Phó Trưởng ban']).map((p) => p.show)).toEqual(['Phó Trưởng Ban Kinh tế Trung ương']);
  });
  it('name F1 and (name, position) F1', () => {
    const gold = {
      officials: [
        { name: 'Lê Văn Tám', positions: [{ raw: 'Bí thư Tỉnh ủy Hòa An' }, { raw: 'Bí thư Tỉnh ủy' }] },
        { name: 'Đỗ Thị Hạnh', positions: [{ raw: 'Giám đốc Sở Y tế' }] },
      ],
    };
    const rec = {
      officials: [
        // the shorter form alone still matches nothing (the gold side keeps only the long one)
        { name: 'Lê Văn Tám', positions: [{ raw: 'Bí thư Tỉnh ủy' }, { raw: 'Bí thư Tỉnh ủy Hoà An' }] },
        { name: 'Phan Minh', positions: [{ raw: 'Chủ tịch UBND huyện' }] },
      ],
    };
    const r = score(gold, rec);
    expect(prf(r.tallies['officials.name'])).toEqual([1, 1, 1]);
    expect(prf(r.tallies['officials.position'])).toEqual([1, 1, 1]);
  });
});

describe('figures', () => {
  it('distinct (value, unit) pairs; a unit prefix at a word boundary matches', () => {
    const gold = {
      figures: [
        { value: 120, unit: 'điểm cầu', object: null },
        { value: 120, unit: 'điểm cầu', object: null }, // quoted twice: counts once
        { value: 7.5, unit: '%', object: 'tăng trưởng' },
        { value: 40, unit: 'xã', object: null },
      ],
    };
    const rec = {
      figures: [
        { value: 120, unit: 'điểm', object: null },
        { value: 7.5, unit: '%', object: 'mức tăng trưởng kinh tế' },
        { value: 40, unit: 'xãx', object: null },
        { value: 3, unit: 'cuộc', object: null },
      ],
    };
    const r = score(gold, rec);
    expect(prf(r.tallies.figures)).toEqual([2, 2, 1]);
    // objects: null = null, and "tăng trưởng" is contained in the predicted object
    expect(right(r.tallies['figures.object'])).toEqual([2, 2]);
  });
  it('object accuracy: wrong when neither contains the other, or null vs text', () => {
    const gold = { figures: [{ value: 5, unit: 'tỷ đồng', object: 'vốn điều lệ' }, { value: 2, unit: 'người', object: null }] };
    const rec = { figures: [{ value: 5, unit: 'tỷ đồng', object: 'doanh thu' }, { value: 2, unit: 'người', object: 'người dân' }] };
    expect(right(score(gold, rec).tallies['figures.object'])).toEqual([0, 2]);
  });
  it('values must be equal', () => {
    expect(prf(score({ figures: [{ value: 19.7, unit: '%' }] }, { figures: [{ value: 197, unit: '%' }] }).tallies.figures)).toEqual([0, 1, 1]);
  });
});

describe('documents', () => {
  it('(kind, number) pairs, numbers without spaces; date accuracy over matched', () => {
    const gold = {
      documents: [
        { kind: 'Quyết định', number: '45/QĐ-UBND', date: '2022-03-01' },
        { kind: 'Nghị quyết', number: '12-NQ/TW', date: null },
      ],
    };
    const rec = {
      documents: [
        { kind: 'Quyết định', number: '45/QĐ- UBND', date: '2022-03-02', raw: '' },
        { kind: 'Chỉ thị', number: '12-NQ/TW', date: null, raw: '' },
      ],
    };
    const r = score(gold, rec);
    expect(prf(r.tallies.documents)).toEqual([1, 1, 1]);
    expect(right(r.tallies['documents.date'])).toEqual([0, 1]);
  });
  it('unnumbered documents match by kind and raw containment', () => {
    const gold = { documents: [{ kind: 'Luật', number: null, raw: 'Luật Đất đai' }, { kind: 'Luật', number: null, raw: 'Luật Nhà ở' }] };
    const rec = { documents: [{ kind: 'Luật', number: null, raw: 'Luật Đất đai năm 2024' }, { kind: 'Luật', number: null, raw: 'Luật Thủy sản' }] };
    expect(prf(score(gold, rec).tallies.documents)).toEqual([1, 1, 1]);
  });
});

describe('paragraphs', () => {
  it('token F1 over the multiset of tokens', () => {
    expect(paragraphsF1(['một hai ba bốn'], ['một hai ba bốn'])).toBe(1);
    // gold 4 tokens, predicted 2 of them + 2 others: overlap 2 → F1 = 2*2/(4+4)
    expect(paragraphsF1(['một hai ba bốn'], ['Một, hai.', 'năm sáu'])).toBeCloseTo(0.5);
    // multiset: a repeated token counts as often as it occurs on both sides
    expect(paragraphsF1(['a a b'], ['a b b'])).toBeCloseTo((2 * 2) / 6);
    expect(paragraphsF1([], [])).toBe(1);
    expect(paragraphsF1([], ['x'])).toBe(0);
  });
  it('averaged over articles', () => {
    const a = score({ paragraphs: ['một hai'] }, { paragraphs: ['một hai'] });
    const b = score({ paragraphs: ['một hai'] }, { paragraphs: ['ba bốn'] });
    expect(summarise(aggregate([a, b]).all!.paragraphs!).score).toBeCloseTo(0.5);
  });
  it('mustNotContain leaks are counted, compared normalised', () => {
    expect(leaksFound(['Chia sẻ bài viết', 'Bình luận', 'Tin, ảnh: Minh Hoà'], ['Nội dung. CHIA SẺ BÀI VIẾT', 'Tin, ảnh: Minh Hòa'])).toEqual([
      'Chia sẻ bài viết',
      'Tin, ảnh: Minh Hoà',
    ]);
    const r = score({ mustNotContain: ['Đọc thêm'] }, { paragraphs: ['Bài chính.', 'Đọc thêm:'] });
    expect(r.tallies['paragraphs.leaks']).toEqual({ measure: 'count', count: 1, n: 1 });
  });
  it('a leak is matched at word boundaries', () => {
    expect(leaksFound(['Email'], ['Gửi emails cho chúng tôi'])).toEqual([]);
    expect(leaksFound(['Email'], ['Email: a@b.vn'])).toEqual(['Email']);
  });
  it('a leak cannot span two paragraphs', () => {
    expect(leaksFound(['cuối đầu'], ['đoạn cuối', 'đầu đoạn'])).toEqual([]);
  });
});

describe('non-articles and totals', () => {
  it('a non-article is right when no record was produced', () => {
    expect(right(scoreNonArticle(null, meta).tallies.nonarticles)).toEqual([1, 1]);
    expect(right(scoreNonArticle({ title: 'x' }, meta).tallies.nonarticles)).toEqual([0, 1]);
  });
  it('micro P/R/F1 adds counts over articles before dividing', () => {
    const a = score({ authors: ['A', 'B', 'C'] }, { authors: ['A', 'B', 'C'] }); // 3 tp
    const b = score({ authors: ['D'] }, { authors: ['E'] }); // 1 fp, 1 fn
    const s = summarise(aggregate([a, b]).all!.authors!);
    expect(s.precision).toBeCloseTo(3 / 4);
    expect(s.recall).toBeCloseTo(3 / 4);
    expect(s.score).toBeCloseTo(0.75);
  });
});
