/**
 * Integrity of rules/places.json and rules/places-units.json: the 63 → 34 mapping of
 * Nghị quyết 202/2025/QH15 and the units that hang off it.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultRulesDir } from '../../src/rules/load.js';
import { compilePlaceRules, loadPlaceRules, PlaceRulesFile, PlaceUnitsFile, keyOf, tokenKey, tokenKeyAt, KeyGate } from '../../src/extract/places/rules.js';
import { RulesError } from '../../src/rules/load.js';

const dir = defaultRulesDir();
const raw = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8'));
const rawUnits = JSON.parse(readFileSync(join(dir, 'places-units.json'), 'utf8'));
const file = PlaceRulesFile.parse(raw);
const units = PlaceUnitsFile.parse(rawUnits);
const rules = loadPlaceRules(dir);

describe('places.json: provinces before and after 1 July 2025', () => {
  it('lists 63 distinct former provinces and 34 distinct current ones', () => {
    expect(new Set(file.provinces.map((p) => p.name)).size).toBe(63);
    expect(new Set(file.provinces2025.map((p) => p.name)).size).toBe(34);
  });

  it('maps every former province to exactly one current province', () => {
    const current = new Set(file.provinces2025.map((p) => p.name));
    for (const p of file.provinces) expect(current.has(p.mergedInto), `${p.name} → ${p.mergedInto}`).toBe(true);
    expect(rules.mergedInto.size).toBe(63);
  });

  it('reaches every current province from at least one former province', () => {
    const reached = new Set(file.provinces.map((p) => p.mergedInto));
    for (const p of file.provinces2025) expect(reached.has(p.name), p.name).toBe(true);
  });

  it('has the 6 centrally-run cities and 28 provinces after the reorganisation', () => {
    const cities = file.provinces2025.filter((p) => p.level === 'thành phố').map((p) => p.name).sort();
    expect(cities).toEqual(['Cần Thơ', 'Hà Nội', 'Hải Phòng', 'Huế', 'Hồ Chí Minh', 'Đà Nẵng'].sort());
    expect(file.provinces2025.filter((p) => p.level === 'tỉnh')).toHaveLength(28);
  });

  it('keeps the 11 provinces that were not merged as their own successors', () => {
    const kept = file.provinces.filter((p) => p.mergedInto === p.name).map((p) => p.name);
    // 23 merged units keep one of their members' names, plus 11 left alone; Huế is the renamed Thừa Thiên Huế
    expect(kept).toHaveLength(33);
    const groups = new Map<string, string[]>();
    for (const p of file.provinces) groups.set(p.mergedInto, [...(groups.get(p.mergedInto) ?? []), p.name]);
    const alone = [...groups].filter(([, members]) => members.length === 1).map(([n]) => n).sort();
    expect(alone).toEqual(
      ['Cao Bằng', 'Huế', 'Hà Nội', 'Hà Tĩnh', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa', 'Điện Biên'].sort(),
    );
  });

  it('merges the provinces the resolution names (spot checks)', () => {
    const m = (n: string) => rules.mergedInto.get(n);
    expect(m('Sóc Trăng')).toBe('Cần Thơ');
    expect(m('Hậu Giang')).toBe('Cần Thơ');
    expect(m('Hà Giang')).toBe('Tuyên Quang');
    expect(m('Bình Dương')).toBe('Hồ Chí Minh');
    expect(m('Bà Rịa - Vũng Tàu')).toBe('Hồ Chí Minh');
    expect(m('Bình Thuận')).toBe('Lâm Đồng');
    expect(m('Đắk Nông')).toBe('Lâm Đồng');
    expect(m('Yên Bái')).toBe('Lào Cai');
    expect(m('Quảng Nam')).toBe('Đà Nẵng');
    expect(m('Kon Tum')).toBe('Quảng Ngãi');
    expect(m('Bình Định')).toBe('Gia Lai');
    expect(m('Phú Yên')).toBe('Đắk Lắk');
    expect(m('Hải Dương')).toBe('Hải Phòng');
    expect(m('Thái Bình')).toBe('Hưng Yên');
    expect(m('Vĩnh Phúc')).toBe('Phú Thọ');
    expect(m('Hòa Bình')).toBe('Phú Thọ');
    expect(m('Kiên Giang')).toBe('An Giang');
    expect(m('Bạc Liêu')).toBe('Cà Mau');
    expect(m('Tiền Giang')).toBe('Đồng Tháp');
    expect(m('Long An')).toBe('Tây Ninh');
    expect(m('Bình Phước')).toBe('Đồng Nai');
    expect(m('Bến Tre')).toBe('Vĩnh Long');
    expect(m('Trà Vinh')).toBe('Vĩnh Long');
    expect(m('Thừa Thiên Huế')).toBe('Huế');
  });

  it('merges three provinces into each of the six largest new units', () => {
    const sizes = new Map<string, number>();
    for (const p of file.provinces) sizes.set(p.mergedInto, (sizes.get(p.mergedInto) ?? 0) + 1);
    const threes = [...sizes].filter(([, n]) => n === 3).map(([n]) => n).sort();
    expect(threes).toEqual(['Cần Thơ', 'Hồ Chí Minh', 'Lâm Đồng', 'Ninh Bình', 'Phú Thọ', 'Vĩnh Long'].sort());
    expect([...sizes.values()].every((n) => n >= 1 && n <= 3)).toBe(true);
  });

  it('gives no surface form to two different provinces', () => {
    for (const [key, hits] of rules.aliases) {
      const provs = new Set(hits.filter((h) => h.unit.kind === 'province').map((h) => h.unit.name));
      expect(provs.size, key).toBeLessThanOrEqual(1);
    }
  });

  it('rejects a mapping to a province that is not among the 34', () => {
    const bad = structuredClone(raw);
    bad.provinces[0].mergedInto = 'Hà Tây';
    expect(() => compilePlaceRules(PlaceRulesFile.parse(bad), units)).toThrow(RulesError);
  });

  it('rejects a current province that no former one reaches', () => {
    const bad = structuredClone(raw);
    for (const p of bad.provinces) if (p.mergedInto === 'Cà Mau') p.mergedInto = 'An Giang';
    expect(() => compilePlaceRules(PlaceRulesFile.parse(bad), units)).toThrow(/Cà Mau/);
  });

  it('refuses a province list that is not 63 long', () => {
    const bad = structuredClone(raw);
    bad.provinces.pop();
    expect(PlaceRulesFile.safeParse(bad).success).toBe(false);
  });
});

describe('places-units.json', () => {
  it('places every unit group under one of the 63 former provinces', () => {
    const former = new Set(file.provinces.map((p) => p.name));
    for (const g of units.units) expect(former.has(g.province), g.province).toBe(true);
    for (const z of units.specialZones) expect(former.has(z.province), z.name).toBe(true);
  });

  it('lists the 13 special zones created on 1 July 2025', () => {
    expect(units.specialZones).toHaveLength(13);
    const byName = new Map([...rules.unitsByKey.values()].flat().filter((u) => u.kind === 'zone').map((u) => [u.name, u]));
    expect(byName.get('Côn Đảo')?.province2025).toBe('Hồ Chí Minh');
    expect(byName.get('Phú Quý')?.province2025).toBe('Lâm Đồng');
    expect(byName.get('Phú Quốc')?.province2025).toBe('An Giang');
  });

  it('derives province2025 of a former city from its province (Phan Thiết → Bình Thuận → Lâm Đồng)', () => {
    const pt = rules.unitsByKey.get(keyOf('Phan Thiết'))!.find((u) => u.level === 'thành phố')!;
    expect(pt.province).toBe('Bình Thuận');
    expect(pt.province2025).toBe('Lâm Đồng');
  });

  it('only lets listed names stand alone', () => {
    const known = new Set([...rules.unitsByKey.keys()]);
    for (const b of units.bare) expect(known.has(keyOf(b)), b).toBe(true);
  });
});

describe('comparison keys', () => {
  it('fold tone placement and case', () => {
    expect(tokenKey('Hoà')).toBe(tokenKey('Hòa'));
    expect(tokenKey('THUỶ')).toBe(tokenKey('thủy'));
    expect(keyOf('Khánh Hoà')).toBe(keyOf('Khánh Hòa'));
  });

  it('tell a hyphenated name from two words', () => {
    expect(keyOf('Bà Rịa-Vũng Tàu')).toBe(keyOf('Bà Rịa - Vũng Tàu'));
    expect(keyOf('Phú - Thọ')).not.toBe(keyOf('Phú Thọ'));
  });

  it('lower-case every token as toLowerCase does, read in place or not', () => {
    const plain = (t: string) => t.toLowerCase().replace(/o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g, (m) => m.normalize('NFD').replace(/^(.)(.)(\p{M})$/u, '$1$3$2').normalize('NFC'));
    for (const t of ['tỉnh', 'Bình', 'ĐẮK', 'HCM', 'Hoà', 'THUỶ', 'İstanbul', 'ΟΔΟΣ', 'Đ', 'x', '𐐀𐐁', 'Ǆa']) {
      expect(tokenKey(t), t).toBe(plain(t));
      expect(tokenKeyAt(`(${t})`, 1, t.length + 1), t).toBe(plain(t));
    }
  });
});

describe('key gates', () => {
  it('admit every surface form of a key, in any case and tone placement', () => {
    const gate = new KeyGate(['hòa', 'thủy', 'bình', 'đắk', 'q', 'hà nội'.split(' ')[0]!]);
    for (const t of ['Hòa', 'Hoà', 'HOÀ', 'hoà', 'Thuỷ', 'THỦY', 'Bình', 'BÌNH', 'Đắk', 'ĐẮK', 'Q', 'q', 'Hà', 'İhà']) {
      expect(gate.admits(`x ${t} y`, 2, 2 + t.length), t).toBe(true);
    }
  });

  it('turn away tokens that open or end otherwise', () => {
    const gate = new KeyGate(['bình', 'hòa']);
    for (const t of ['Bìa', 'Bàn', 'Hoan', 'Công', 'Hòn']) expect(gate.admits(t, 0, t.length), t).toBe(false);
  });
});
