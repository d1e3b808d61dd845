/**
 * Some CMSs stamp their metadata in UTC ("…Z", "+00:00") while the page shows Vietnam
 * time: read as UTC, an article posted between midnight and 7 a.m. would carry the day
 * before. The HTML parser hands on such stamps in +07:00.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { parseHtml, utcToVietnam } from '../../src/parse/html/index.js';
import { normaliseText } from '../../src/normalise/text.js';

const rules = loadRules();

describe('UTC stamps', () => {
  it('converts UTC ISO stamps to +07:00, across midnight and month ends', () => {
    expect(utcToVietnam('2025-11-09T18:30:00Z')).toBe('2025-11-10T01:30:00+07:00');
    expect(utcToVietnam('2025-11-09T18:30:00.000Z')).toBe('2025-11-10T01:30:00+07:00');
    expect(utcToVietnam('2025-12-31T20:05+00:00')).toBe('2026-01-01T03:05+07:00');
    expect(utcToVietnam('2025-11-10T02:15:00+0000')).toBe('2025-11-10T09:15:00+07:00');
  });

  it('leaves stamps with another offset, or none, as they are', () => {
    expect(utcToVietnam('2025-11-10T01:30:00+07:00')).toBe('2025-11-10T01:30:00+07:00');
    expect(utcToVietnam('2025-11-10T01:30:00')).toBe('2025-11-10T01:30:00');
    expect(utcToVietnam('Thứ Hai, 10/11/2025 01:30')).toBe('Thứ Hai, 10/11/2025 01:30');
  });

  it('a page whose only machine date is a UTC <time> gets its Vietnamese day', () => {
    const html = `<html><head><meta charset="utf-8"><title>Tin sáng sớm</title>
    <meta property="article:published_time" content="2025-11-09T18:30:00Z"></head><body><article><h1>Tin sáng sớm</h1>
    <p>Rạng sáng 10/11, mưa lớn gây ngập nhiều tuyến đường ở trung tâm thành phố, lực lượng chức năng được huy động để hỗ trợ người dân.</p>
    <p>Đến 6 giờ, nước đã rút ở hầu hết các tuyến đường, giao thông dần trở lại bình thường trước giờ cao điểm buổi sáng.</p></article></body></html>`;
    const d = parseHtml(normaliseText(html), rules, null);
    expect(d.meta.filter((m) => m.field === 'published').map((m) => m.value)).toEqual(['2025-11-10T01:30:00+07:00']);
  });
});
