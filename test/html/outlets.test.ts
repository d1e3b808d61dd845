import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { outletFor, hostOf } from '../../src/parse/html/outlets.js';

const rules = loadRules();
const o = rules.outlets;

describe('hostOf', () => {
  it('strips scheme, www and m.', () => {
    expect(hostOf('https://www.plo.vn/x-post1.html')).toBe('plo.vn');
    expect(hostOf('http://m.baocantho.com.vn/a')).toBe('baocantho.com.vn');
    expect(hostOf('vnexpress.net/abc')).toBe('vnexpress.net');
    expect(hostOf(null)).toBeNull();
    expect(hostOf('not a url')).toBeNull();
  });
});

describe('outletFor', () => {
  it('knows an outlet by its domain, including subdomains', () => {
    expect(outletFor({ url: 'https://vnexpress.net/a-1.html' }, o)?.name).toBe('VnExpress');
    expect(outletFor({ url: 'https://ngoisao.vnexpress.net/a-1.html' }, o)?.name).toBe('VnExpress');
    expect(outletFor({ url: 'https://e.vnexpress.net/news/a-1.html' }, o)?.name).toBe('VnExpress International');
    expect(outletFor({ url: 'https://plo.vn/share874715.html' }, o)?.name).toBe('Báo Pháp Luật TP. Hồ Chí Minh');
  });
  it('knows an outlet by the site name it prints, whatever the case or a bare domain', () => {
    expect(outletFor({ siteName: 'vnexpress.net' }, o)?.name).toBe('VnExpress');
    expect(outletFor({ siteName: 'BÁO SÀI GÒN GIẢI PHÓNG' }, o)?.name).toBe('Báo Sài Gòn Giải Phóng');
    expect(outletFor({ siteName: 'Báo Pháp Luật TP. Hồ Chí Minh' }, o)?.name).toBe('Báo Pháp Luật TP. Hồ Chí Minh');
  });
  it('falls back on a paper-specific lead tag, but not on a wire tag', () => {
    expect(outletFor({ agencyCode: 'CT' }, o)).toEqual({ name: 'Báo Cần Thơ', agencyCode: 'CT' });
    expect(outletFor({ agencyCode: 'LSO' }, o)?.name).toBe('Báo Lạng Sơn');
    expect(outletFor({ agencyCode: 'ĐCSVN' }, o)?.name).toBe('Báo điện tử Đảng Cộng sản Việt Nam');
    expect(outletFor({ agencyCode: 'TTXVN' }, o)).toBeNull();
  });
  it('prefers the URL over a conflicting site name, and keeps the caller\'s tag', () => {
    expect(outletFor({ url: 'https://plo.vn/a', siteName: 'VnExpress', agencyCode: 'PLO' }, o)).toEqual({
      name: 'Báo Pháp Luật TP. Hồ Chí Minh',
      agencyCode: 'PLO',
    });
    expect(outletFor({ url: 'https://vnexpress.net/a' }, o)?.agencyCode).toBeNull();
  });
  it('keeps an unknown printed site name as it is, and gives null when nothing is known', () => {
    expect(outletFor({ url: 'https://example.org/a', siteName: 'Báo Điện tử Tỉnh Mới' }, o)?.name).toBe('Báo Điện tử Tỉnh Mới');
    expect(outletFor({ url: 'https://example.org/a' }, o)).toBeNull();
    expect(outletFor({}, o)).toBeNull();
  });
});
