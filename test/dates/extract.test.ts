import { describe, it, expect } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { findEventMentions, pickEventMention } from '../../src/extract/dates/event.js';
import { namedYears } from '../../src/extract/dates/years.js';
import type { Block, MetaCandidate, ParsedDoc } from '../../src/types.js';
import type { StructureFields } from '../../src/extract/structure/index.js';
import { testRules } from '../structure/rules.js';

const rules = testRules();

function doc(blocks: Block[], meta: MetaCandidate[] = [], format: ParsedDoc['format'] = 'text'): ParsedDoc {
  return { format, blocks, meta, warnings: [] };
}

function fields(paragraphs: string[], title = 'Tiêu đề'): StructureFields {
  return {
    title,
    kicker: null,
    lead: null,
    paragraphs,
    captions: [],
    authors: [],
    photoCredits: [],
    outlet: null,
    agencyCode: null,
    warnings: [],
  };
}

describe('findEventMentions', () => {
  const r = rules.dates;
  it('takes a part of day before a date as strong', () => {
    const m = pickEventMention(findEventMentions(['Sáng ngày 8/1, Ban chỉ đạo họp.'], r));
    expect(m).toMatchObject({ partOfDay: 'sáng', strong: true, raw: 'Sáng ngày 8/1' });
    expect(m?.components.stated).toEqual({ day: 8, month: 1 });
  });

  it('reads "Chiều nay (29/5)" after an agency tag as today, with its date', () => {
    const m = pickEventMention(findEventMentions(['LSO-Chiều nay (29/5), tại tỉnh, hội nghị diễn ra.'], r));
    expect(m).toMatchObject({ partOfDay: 'chiều', today: true, relativeDays: null });
    expect(m?.components.stated).toEqual({ day: 29, month: 5 });
  });

  it('skips a date that belongs to a cited document', () => {
    const ms = findEventMentions(['Hội nghị nghe công bố Quyết định số 12-QĐ/TU ngày 3/4/2023 của Ban Thường vụ.'], r);
    expect(ms).toEqual([]);
    const ms2 = findEventMentions(['Thực hiện Nghị quyết 18-NQ/TW ngày 25/10/2017, tỉnh đã sắp xếp bộ máy.'], r);
    expect(ms2).toEqual([]);
  });

  it('prefers a sentence-opening "Ngày d-m-yyyy" and keeps its stated year', () => {
    const m = pickEventMention(findEventMentions(['(CT) - Ngày 15-1-2021, Ban Thường vụ tổ chức tổng kết.'], r));
    expect(m?.components.stated).toEqual({ day: 15, month: 1, year: 2021 });
    expect(m?.strong).toBe(true);
  });

  it('reads relative days without a written date', () => {
    const m = pickEventMention(findEventMentions(['Tối qua, mưa lớn gây ngập nhiều tuyến phố.'], r));
    expect(m).toMatchObject({ relativeDays: -1, partOfDay: 'tối' });
  });

  it('does not take a start or deadline date for the event', () => {
    expect(findEventMentions(['Từ ngày 1/7, quy định mới có hiệu lực.', 'Hồ sơ nộp đến ngày 15/8.'], r)).toEqual([]);
  });

  it('does not take "6 tháng qua" or "năm nay" for an event', () => {
    expect(findEventMentions(['Trong 6 tháng qua, năm nay tỉnh đạt nhiều kết quả.'], r)).toEqual([]);
  });

  it('takes "Hôm d/m," opening a sentence as strong', () => {
    const m = pickEventMention(findEventMentions(['Hôm 22/10, ngoại trưởng hai nước hội đàm.'], r));
    expect(m).toMatchObject({ strong: true, raw: 'Hôm 22/10' });
  });

  it('reads dotted dates ("Chiều 19.11") where a part of day, "ngày" or a weekday stands before them, never a bare "2.3"', () => {
    expect(pickEventMention(findEventMentions(['Chiều 19.11, đoàn công tác làm việc với huyện.'], r))).toMatchObject({ strong: true, partOfDay: 'chiều', raw: 'Chiều 19.11' });
    expect(pickEventMention(findEventMentions(['Ngày 4.12.2025, hội nghị khai mạc.'], r))?.components.stated).toEqual({ day: 4, month: 12, year: 2025 });
    expect(findEventMentions(['Tỷ lệ tăng 2.3 lần, đạt 15.5 điểm trung bình.'], r)).toEqual([]);
  });

  it('reads a weekday before a bracketed date: strong after a part of day or opening a sentence, weak inside one', () => {
    expect(pickEventMention(findEventMentions(['Sáng thứ Năm (20/11), hội nghị diễn ra tại tỉnh.'], r))).toMatchObject({ strong: true, partOfDay: 'sáng', raw: 'Sáng thứ Năm (20/11)' });
    expect(pickEventMention(findEventMentions(['Thứ Bảy (22/11), người dân đổ về quảng trường.'], r))).toMatchObject({ strong: true, raw: 'Thứ Bảy (22/11)' });
    expect(pickEventMention(findEventMentions(['Sáng thứ Ba, ngày 18/11, đoàn đến thăm huyện.'], r))).toMatchObject({ strong: true, partOfDay: 'sáng', raw: 'Sáng thứ Ba, ngày 18/11' });
    const ms = findEventMentions(['Lễ hội năm nay rơi vào thứ Hai ngày 24/11.', 'Chiều 21/11, ban tổ chức họp báo.'], r);
    expect(ms.map((m) => m.strong)).toEqual([false, true]);
    expect(pickEventMention(ms)?.raw).toBe('Chiều 21/11');
  });

  it('ranks a mid-sentence "ngày d/m" below a strong mention', () => {
    const ms = findEventMentions(['Kế hoạch được ban hành ngày 2/3.', 'Chiều 5/3, đoàn đến làm việc.'], r);
    expect(ms.map((m) => m.strong)).toEqual([false, true]);
    expect(pickEventMention(ms)?.raw).toBe('Chiều 5/3');
  });
});

describe('namedYears', () => {
  it('reads years closing a date and leaves out birth years and plans', () => {
    const ys = namedYears(
      ['Đến giữa tháng 9/2015, ông Lê Văn B (SN 1980) bị bắt. Tám chiếc còn lại sẽ được giao vào năm 2017, chậm nhất 30/6/2018.'],
      rules.dates,
    );
    expect(ys).toEqual([2015]);
  });

  it('leaves out a year alone in brackets after a name (a birth year) and decades', () => {
    const ys = namedYears(['Ông Nguyễn Văn C (1968, trú tại xã B) và con trai Nguyễn Văn D (1995) bị thương. Từ những năm 1990, thập niên 2000 đến nay, tháng 3/2021 đường được mở rộng.'], rules.dates);
    expect(ys).toEqual([2021]);
  });

  it('leaves out spans and targets', () => {
    const ys = namedYears(['Năm 2018 và riêng năm 2017; nhiệm kỳ 2021-2026; phấn đấu đến năm 2030; tầm nhìn 2045.'], rules.dates);
    expect(ys).toEqual([2017, 2018]);
  });
});

describe('extractDates', () => {
  it('takes the dateline, not the clock, and infers the event year from it', () => {
    const d = doc([
      { kind: 'clock', text: 'Thứ Sáu, 22/11/2024 20:17 (GMT +7)' },
      { kind: 'title', text: 'Hội nghị sơ kết' },
      { kind: 'dateline', text: 'Thứ 4, 06/07/2022 | 14:17:07 [GMT +7]' },
    ]);
    const r = extractDates(d, fields(['Ngày 6/7, Ban Chỉ đạo tổ chức hội nghị.']), rules);
    expect(r.published).toEqual({ date: '2022-07-06', time: '14:17:07', utcOffset: '+07:00', raw: 'Thứ 4, 06/07/2022 | 14:17:07 [GMT +7]' });
    expect(r.event).toEqual({ date: '2022-07-06', partOfDay: null, yearInferred: true, raw: 'Ngày 6/7' });
  });

  it('puts a yearless event before the publication date across a new year', () => {
    const d = doc([{ kind: 'dateline', text: '03/01/2021 08:00' }]);
    const r = extractDates(d, fields(['Chiều 28/12, đoàn công tác đến thăm.']), rules);
    expect(r.event).toMatchObject({ date: '2020-12-28', partOfDay: 'chiều', yearInferred: true });
  });

  it('without a publication date, takes the latest year the text names', () => {
    const r = extractDates(doc([]), fields(['Sáng ngày 10/1, hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023.']), rules);
    expect(r.published).toBeNull();
    expect(r.event).toMatchObject({ date: '2023-01-10', partOfDay: 'sáng', yearInferred: true });
  });

  it('prefers JSON-LD over the visible dateline and warns when they disagree', () => {
    const d = doc(
      [{ kind: 'dateline', text: '12/05/2024 09:00' }],
      [
        { field: 'published', value: '2024-05-15T09:00:00+07:00', origin: 'jsonld' },
        { field: 'published', value: '2024-05-15T09:00:00+07:00', origin: 'og' },
      ],
      'html',
    );
    const r = extractDates(d, fields([]), rules);
    expect(r.published).toMatchObject({ date: '2024-05-15', utcOffset: '+07:00', raw: '2024-05-15T09:00:00+07:00' });
    expect(r.warnings.some((w) => w.includes('disagree'))).toBe(true);
  });

  it('does not warn when candidates agree within a day', () => {
    const d = doc(
      [{ kind: 'dateline', text: 'Thứ năm, 2/11/2023, 19:20 (GMT+7)' }],
      [{ field: 'published', value: '2023-11-02T19:20:45+07:00', origin: 'jsonld' }],
      'html',
    );
    const r = extractDates(d, fields([]), rules);
    expect(r.published?.time).toBe('19:20:45');
    expect(r.warnings).toEqual([]);
  });

  it('lets the text overrule a date-only header it contradicts, and warns', () => {
    const d = doc([
      { kind: 'dateline', text: 'Thứ hai, 14/03/2022' },
      { kind: 'title', text: 'Tiêu đề' },
    ]);
    const r = extractDates(
      d,
      fields(['ABC-Sáng nay (21/9), tại tỉnh, hội nghị diễn ra.', 'Trong năm 2019 và năm 2020, tỉnh đã làm tốt.']),
      rules,
    );
    expect(r.published).toMatchObject({ date: '2020-09-21', time: null, utcOffset: null });
    expect(r.event).toMatchObject({ date: '2020-09-21', partOfDay: 'sáng', yearInferred: true });
    expect(r.warnings.some((w) => w.includes('contradicts'))).toBe(true);
  });

  it('keeps a timed dateline even when "nay" names another day (it is the page, not a header stamp)', () => {
    const d = doc([{ kind: 'dateline', text: '14/03/2022 10:15' }]);
    const r = extractDates(d, fields(['Sáng nay (21/9), hội nghị diễn ra.']), rules);
    expect(r.published?.date).toBe('2022-03-14');
  });

  it('resolves "hôm qua" from the publication date', () => {
    const d = doc([], [{ field: 'published', value: '2024-03-01T08:00:00+07:00', origin: 'column' }], 'row');
    const r = extractDates(d, fields(['Hôm qua, thành phố tổ chức lễ ra quân.']), rules);
    expect(r.event).toMatchObject({ date: '2024-02-29', yearInferred: true, partOfDay: null });
  });

  it('gives no event when nothing can date a yearless mention', () => {
    const r = extractDates(doc([]), fields(['Sáng 5/3, đoàn đến thăm.']), rules);
    expect(r.event).toBeNull();
    expect(r.warnings.length).toBe(1);
  });
});

describe('findEventMentions: a range of days', () => {
  const r = rules.dates;
  const first = (p: string) => {
    const m = pickEventMention(findEventMentions([p], r));
    return m ? [m.components.stated.day, m.components.stated.month, m.partOfDay] : null;
  };
  it('names the event by its first day', () => {
    expect(first('Từ ngày 12 đến 14/3, đoàn công tác làm việc tại huyện.')).toEqual([12, 3, null]);
    expect(first('Ngày 5-6/8, tại Hội trường tỉnh, diễn ra đại hội.')).toEqual([5, 8, null]);
    expect(first('Sáng 5-6/8, đại hội diễn ra.')).toEqual([5, 8, 'sáng']);
    expect(first('Trong hai ngày 9 và 10/10, hội thi được tổ chức.')).toEqual([9, 10, null]);
  });
  it('leaves a range inside a sentence or after a colon', () => {
    expect(first('Luật có hiệu lực thi hành từ ngày 1 đến 31/7.')).toBeNull();
    expect(first('Chương trình gồm hai đợt: từ ngày 6 đến 8/6 và từ ngày 25 đến 27/6.')).toBeNull();
  });
});
