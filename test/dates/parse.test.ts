import { describe, it, expect } from 'vitest';
import { parseDateTime, findDates, yearOnOrBefore, addDays } from '../../src/extract/dates/parse.js';
import { matchDateLine } from '../../src/extract/dates/lines.js';
import { testRules } from '../structure/rules.js';

describe('parseDateTime', () => {
  it('reads ISO 8601 with a compact offset', () => {
    const p = parseDateTime('2025-10-09T17:55:47+0700');
    expect(p).toMatchObject({ date: '2025-10-09', time: '17:55:47', utcOffset: '+07:00', raw: '2025-10-09T17:55:47+0700' });
  });

  it('reads ISO 8601 with a colon offset, with Z, and date-only', () => {
    expect(parseDateTime('2023-11-02T19:20:45+07:00')).toMatchObject({ time: '19:20:45', utcOffset: '+07:00' });
    expect(parseDateTime('2024-01-05T01:02:03Z')).toMatchObject({ date: '2024-01-05', utcOffset: '+00:00' });
    expect(parseDateTime('2024-02-16')).toMatchObject({ date: '2024-02-16', time: null, utcOffset: null });
  });

  it('reads "dd/mm/yyyy - HH:MM" without inventing an offset', () => {
    expect(parseDateTime('16/01/2021 - 05:59')).toMatchObject({ date: '2021-01-16', time: '05:59', utcOffset: null });
  });

  it('reads weekday prefixes, seconds and a bracketed GMT offset', () => {
    expect(parseDateTime('Thứ 4, 06/07/2022 | 14:17:07 [GMT +7]')).toMatchObject({
      date: '2022-07-06',
      time: '14:17:07',
      utcOffset: '+07:00',
    });
    expect(parseDateTime('Thứ năm, 2/11/2023, 19:20 (GMT+7)')).toMatchObject({ date: '2023-11-02', time: '19:20', utcOffset: '+07:00' });
    expect(parseDateTime('Thứ hai, 01/03/2021 18:50')).toMatchObject({ date: '2021-03-01', time: '18:50', utcOffset: null });
    expect(parseDateTime('CN, 12/3/2023')).toMatchObject({ date: '2023-03-12', time: null });
  });

  it('reads d-m-yyyy, "ngày d tháng m năm yyyy" and 14h30', () => {
    expect(parseDateTime('Chủ nhật, 5-3-2023, 7h30')).toMatchObject({ date: '2023-03-05', time: '07:30' });
    expect(parseDateTime('ngày 8 tháng 1 năm 2019')).toMatchObject({ date: '2019-01-08' });
    expect(parseDateTime('NGÀY 9 THÁNG 2 NĂM 2019')).toMatchObject({ date: '2019-02-09' });
    expect(parseDateTime('Ngày 10  Tháng 3, 2019')).toMatchObject({ date: '2019-03-10' });
    expect(parseDateTime('Cập nhật lúc 10 giờ 05 ngày 14 tháng 2 năm 2024')).toMatchObject({ date: '2024-02-14', time: '10:05' });
  });

  it('reads 12-hour clocks', () => {
    expect(parseDateTime('20/11/2024 09:30 PM')?.time).toBe('21:30');
    expect(parseDateTime('20/11/2024 12:05 SA')?.time).toBe('00:05');
    expect(parseDateTime('20/11/2024 03:15 CH')?.time).toBe('15:15');
  });

  it('reads year-first dates with slashes', () => {
    expect(parseDateTime('2025/06/28 23:43')).toMatchObject({ date: '2025-06-28', time: '23:43' });
  });

  it('refuses impossible dates and plain numbers', () => {
    expect(parseDateTime('31/02/2023')).toBeNull();
    expect(parseDateTime('29/02/2023')).toBeNull();
    expect(parseDateTime('29/02/2024')).toMatchObject({ date: '2024-02-29' });
    expect(parseDateTime('2.000 người')).toBeNull();
    expect(parseDateTime('')).toBeNull();
  });

  it('keeps an implied year apart from a stated one', () => {
    expect(parseDateTime('29/5')).toBeNull();
    const p = parseDateTime('29/5 lúc 15:00', { date: '2018-06-02' });
    expect(p?.date).toBe('2018-05-29');
    expect(p?.components.stated.year).toBeUndefined();
    expect(p?.components.implied.year).toBe(2018);
    const q = parseDateTime('29/5/2018');
    expect(q?.components.stated.year).toBe(2018);
    expect(q?.components.implied.year).toBeUndefined();
  });
});

describe('findDates and helpers', () => {
  it('finds d/m, d-m-yyyy and word dates in order, not dotted numbers', () => {
    const ds = findDates('Ngày 15-1-2021 và sáng 8/1, có 2.500 người; ngày 3 tháng 4 năm 2020.');
    expect(ds.map((d) => [d.day, d.month, d.year])).toEqual([
      [15, 1, 2021],
      [8, 1, null],
      [3, 4, 2020],
    ]);
  });

  it('does not read a year span as a date', () => {
    expect(findDates('nhiệm kỳ 2021-2026')).toEqual([]);
  });

  it('puts a yearless date on or before the reference', () => {
    expect(yearOnOrBefore(28, 12, '2021-01-03')).toBe(2020);
    expect(yearOnOrBefore(3, 1, '2021-01-03')).toBe(2021);
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
  });
});

describe('matchDateLine', () => {
  const r = testRules().dates;
  it('accepts lines that are only a date', () => {
    expect(matchDateLine('Thứ Sáu, 22/11/2024 20:17 (GMT +7)', r)).toEqual({ hasTime: true, hasYear: true, clock: false });
    expect(matchDateLine('Thứ năm, 25/04/2019', r)).toEqual({ hasTime: false, hasYear: true, clock: false });
    expect(matchDateLine('16/01/2021 - 05:59', r)).toEqual({ hasTime: true, hasYear: true, clock: false });
    expect(matchDateLine('Cập nhật: 09:15 ngày 12/03/2024', r)).toMatchObject({ hasTime: true });
    expect(matchDateLine('Hôm nay: Thứ Sáu, 22/11/2024', r)).toMatchObject({ clock: true });
  });

  it('rejects text that only contains a date', () => {
    expect(matchDateLine('Ngày 6/7, Ban Chỉ đạo tổ chức hội nghị', r)).toBeNull();
    expect(matchDateLine('Tất cả chuyên mục', r)).toBeNull();
    expect(matchDateLine('Hà Nội 12/3/2024', r)).toBeNull();
  });
});
