/**
 * Refiners between the officials' and the places' readings of the same words: a person named
 * after a committee ("Huyện ủy Lò Thị Hoa") is no commune, and a commune named after a level
 * word ("xã Ma Li Pho") is no person elsewhere in the article. Texts are invented; expectations
 * written by hand. The record is built by the whole pipeline from a text dump.
 */
import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { processUnit } from '../../src/pipeline.js';
import type { InputUnit } from '../../src/types.js';

const rules = loadRules();
const record = (text: string) => {
  const unit: InputUnit = { kind: 'text', path: 'probe.txt', row: null, url: null, bytes: new TextEncoder().encode(text) };
  const out = processUnit(unit, rules);
  if (!out.ok) throw new Error(out.error.message);
  return out.record;
};

describe('refiners: people and places', () => {
  it('keeps a person named after a committee out of the places', () => {
    const r = record('Huyện Mường Tè tổng kết công tác dân vận\n\nTheo Trưởng Ban Dân vận Huyện ủy Lò Thị Phương, các cấp ủy đã tổ chức 20 cuộc đối thoại.\n');
    expect(r.officials.map((o) => o.name)).toEqual(['Lò Thị Phương']);
    expect(r.locations.map((l) => l.name)).not.toContain('Lò Thị Phương');
  });
  it('keeps a commune named after a level word out of the people', () => {
    const r = record('Về thăm đồn biên phòng\n\nNăm 1979, đồn đóng quân ở xã Hồ Thầu. Nhà bia tưởng niệm các anh hùng liệt sĩ Hồ Thầu được nâng cấp.\n');
    expect(r.officials.map((o) => o.name)).not.toContain('Hồ Thầu');
    expect(r.locations.map((l) => l.name)).toContain('Hồ Thầu');
  });
});
