/**
 * A dateline that prints both an update stamp and a posting stamp: the posting one is the
 * publication time. The page is invented; the expectation is written by hand.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { processUnit } from '../../src/pipeline.js';
import type { InputUnit } from '../../src/types.js';

const rules = loadRules();
const page = (meta: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Huyện tổng kết năm</title></head><body><h1>Huyện tổng kết công tác năm</h1>` +
  `<div class="meta">${meta}</div><div class="content"><p>Sáng 3/12, UBND huyện tổ chức hội nghị tổng kết công tác năm với đại diện 14 xã, thị trấn.</p>` +
  `<p>Chủ tịch UBND huyện Vừ Mí Lử đề nghị các xã hoàn thành chỉ tiêu còn lại trong tháng cuối năm.</p></div></body></html>`;
const published = (meta: string) => {
  const unit: InputUnit = { kind: 'html', path: 'p.html', row: null, url: null, bytes: new TextEncoder().encode(page(meta)) };
  const out = processUnit(unit, rules);
  if (!out.ok) throw new Error(out.error.message);
  return out.record.published;
};

describe('published: update and posting stamps on one line', () => {
  it('reads the posting stamp', () => {
    expect(published('Cập nhật: 04/12/2025 09:30 | Ngày đăng: 03/12/2025 16:05')).toMatchObject({ date: '2025-12-03', time: '16:05' });
  });
  it('reads a lone update stamp as before', () => {
    expect(published('Cập nhật: 04/12/2025 09:30')).toMatchObject({ date: '2025-12-04', time: '09:30' });
  });
});
