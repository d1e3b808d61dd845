/**
 * People named after "anh" (a kin word that also spells England), after everyday roles
 * ("tài xế", "thương binh", "chiến sĩ"), and names whose run meets the next sentence's
 * opener when a crawler lost the full stop. Sentences are invented (made-up people);
 * expectations are written by hand.
 */
import { describe, it, expect } from 'vitest';
import { officials, summary } from './helpers.js';


describe('officials: "anh" before a full name', () => {
  it('reads "anh" as the form of address, not the country', () => {
    expect(summary('Theo anh Lương Văn Thịnh, nước lên rất nhanh.')).toEqual([['Lương Văn Thịnh', []]]);
    expect(officials('Anh Hồ Quốc Khánh (32 tuổi, ngụ xã Tân Hòa) cho biết.')[0]).toMatchObject({ name: 'Hồ Quốc Khánh', honorific: 'Anh' });
  });
  it('keeps "Anh" the country after an office', () => {
    expect(summary('Đại sứ Anh Martin Hale thăm tỉnh.')).toEqual([['Martin Hale', ['Đại sứ Anh']]]);
  });
});

describe('officials: everyday roles before a name', () => {
  it('reads drivers, war invalids and soldiers', () => {
    expect(officials('Tài xế Lò Văn Chiến khai nhận đã uống rượu.')[0]).toMatchObject({ name: 'Lò Văn Chiến', honorific: 'Tài xế' });
    expect(officials('Xã tặng quà gia đình thương binh Hà Văn Lực.')[0]).toMatchObject({ name: 'Hà Văn Lực', honorific: 'thương binh' });
    expect(officials('Chiến sĩ Đào Minh Quân đã cứu hai người.')[0]).toMatchObject({ name: 'Đào Minh Quân', honorific: 'Chiến sĩ' });
  });
});

describe('officials: a name run ends at the next sentence opener', () => {
  it('drops a clause word glued after the name', () => {
    expect(summary('Buổi gặp có anh Trịnh Văn Sơn Với mục tiêu kết nối thanh niên, hội tổ chức nhiều chương trình.')).toEqual([['Trịnh Văn Sơn', []]]);
    expect(summary('Phó Giám đốc Sở Tài chính Lê Minh Hải Các ý kiến tập trung vào vốn.')).toEqual([['Lê Minh Hải', ['Phó Giám đốc Sở Tài chính']]]);
  });
  it('keeps a given name that is also a clause opener', () => {
    expect(summary('Cục trưởng Vũ Tuấn Anh cho biết sẽ kiểm tra.')).toEqual([['Vũ Tuấn Anh', ['Cục trưởng']]]);
    expect(summary('Ông Trần Văn Năm cho biết.')).toEqual([['Trần Văn Năm', []]]);
  });
});

describe('officials: Khmer surnames and a parent body before a bracket', () => {
  it('reads "Danh", "Chau" as surnames', () => {
    expect(summary('Anh Danh Văn Thơ (22 tuổi) điều khiển xe máy.')).toEqual([['Danh Văn Thơ', []]]);
  });
  it('keeps a parent body after a comma when a bracket closes it', () => {
    expect(summary('Buổi khám do Giáo sư Kim Min Soo, Giám đốc Viện Y học cổ truyền Seoul, Đại học Hanyang (Hàn Quốc) chủ trì.')).toEqual([
      ['Kim Min Soo', ['Giám đốc Viện Y học cổ truyền Seoul, Đại học Hanyang']],
    ]);
  });
});
