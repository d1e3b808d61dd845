/**
 * Owners named by their trade ("chủ tiệm vàng X", "chủ vựa cá Y", "chủ cơ sở Z"): the trade's
 * lower-case words and the shop's capitalised name belong to the position; a person's name
 * comes only after the shop's. Sentences are invented (made-up people and shops);
 * expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { summary } from './helpers.js';


describe('officials: owners named by their trade', () => {
  it('reads the trade and the shop name in an apposition', () => {
    expect(summary('Theo bà Đặng Thị Hòa, chủ tiệm vàng Kim Phát, sức mua tăng mạnh.')).toEqual([['Đặng Thị Hòa', ['chủ tiệm vàng Kim Phát']]]);
    expect(summary('Chị Lý Thu Trang - chủ vựa cá tra Bảy Liêm, cho biết giá giảm.')).toEqual([['Lý Thu Trang', ['chủ vựa cá tra Bảy Liêm']]]);
    expect(summary('Ông Tạ Văn Quý, chủ cơ sở sản xuất bánh tráng, chia sẻ.')).toEqual([['Tạ Văn Quý', ['chủ cơ sở sản xuất bánh tráng']]]);
  });
  it('takes a shop name that looks like a person as the shop, not a second person', () => {
    // "Mai Xuân" opens with a surname, but after "chủ tiệm vàng" it names the shop
    expect(summary('Theo chị Hồ Thị Nga - chủ tiệm vàng Mai Xuân, khách đến từ sớm.')).toEqual([['Hồ Thị Nga', ['chủ tiệm vàng Mai Xuân']]]);
  });
  it('finds the person after the shop name when the position comes first', () => {
    expect(summary('Chủ cửa hàng điện máy Thành Công Lê Văn Định cho biết hàng bán chạy.')).toEqual([['Lê Văn Định', ['Chủ cửa hàng điện máy Thành Công']]]);
  });
  it('leaves capitalised heads as they were: a person after a lower-case run of "Ban"', () => {
    expect(summary('Hiệu trưởng kiêm Trưởng ban bán trú Phan Thị Lụa phải chịu trách nhiệm.')).toEqual([['Phan Thị Lụa', ['Hiệu trưởng', 'Trưởng ban bán trú']]]);
  });
});
