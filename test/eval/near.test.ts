import { describe, it, expect } from 'vitest';
import { nearMisses } from '../../src/eval/near.js';

describe('near misses in --verbose (natural Jaro–Winkler)', () => {
  it('pairs a missed name with the truncated name that was extracted', () => {
    const n = nearMisses(['Trần Thị Vĩnh Nghi'], ['Trần Thị Vĩnh', 'Cao Bằng']);
    expect(n).toHaveLength(1);
    expect(n[0]!.closest).toBe('Trần Thị Vĩnh');
    expect(n[0]!.similarity).toBeGreaterThan(0.85);
  });
  it('shows nothing when no extra looks like the miss', () => {
    expect(nearMisses(['Phó Bí thư Tỉnh ủy'], ['Giám đốc Sở Y tế'])).toEqual([]);
    expect(nearMisses(['Lê Văn An'], [])).toEqual([]);
  });
});

describe('near misses of one person\'s positions', () => {
  it('compares the positions, not the shared name', () => {
    expect(nearMisses(['Lê Văn An: Chủ tịch Hội Nông dân tỉnh'], ['Lê Văn An: Tổng Biên tập Báo'])).toEqual([]);
    expect(nearMisses(['Lê Văn An: Cục trưởng Cục Quản lý thị trường'], ['Lê Văn An: Cục trưởng Cục Quản lý'])).toHaveLength(1);
  });
});
