/**
 * Inputs for the batch tests, written into a tmp dir by the test itself. The articles are
 * invented (names, places and numbers made up) in the style of Vietnamese local news.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TEXT_ARTICLES = [
  `UBND huyện Tân Phước: Tổng kết công tác phòng chống thiên tai năm 2023

Thứ Hai, 15/01/2024 08:30

Sáng ngày 12/1, UBND huyện Tân Phước tổ chức hội nghị tổng kết công tác phòng chống thiên tai năm 2023. Ông Lê Văn Khải, Phó Chủ tịch UBND huyện chủ trì hội nghị.

Trong năm, huyện đã gia cố 14 km đê bao và hỗ trợ 320 hộ dân di dời khỏi vùng sạt lở với tổng kinh phí hơn 12 tỷ đồng.

Phát biểu tại hội nghị, ông Lê Văn Khải đề nghị các xã chủ động rà soát phương án ứng phó trước mùa mưa bão.

Minh Tâm
`,
  `Đoàn thanh niên phường An Lạc ra quân mùa hè tình nguyện

Chiều ngày 3/6, Đoàn phường An Lạc tổ chức lễ ra quân chiến dịch thanh niên tình nguyện hè với sự tham gia của 150 đoàn viên.

Chị Trần Thị Hoa, Bí thư Đoàn phường cho biết chiến dịch năm nay tập trung vào vệ sinh môi trường và hỗ trợ học sinh ôn thi.

Trong 2 tháng, các đội hình sẽ trồng 500 cây xanh dọc các tuyến đường chính của phường.

Ảnh: Quốc Bảo
`,
  `Hội thảo nâng cao chất lượng giáo dục vùng khó khăn

Ngày 20/9, Sở Giáo dục và Đào tạo tỉnh tổ chức hội thảo về nâng cao chất lượng dạy và học tại các trường vùng sâu, vùng xa.

Theo báo cáo, toàn tỉnh có 86 trường thuộc vùng khó khăn với khoảng 24.000 học sinh đang theo học.

Bà Nguyễn Thị Lan, Giám đốc Sở Giáo dục và Đào tạo đề nghị các đơn vị tăng cường bồi dưỡng giáo viên.
`,
];

export const HTML_ARTICLE = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Khánh thành cầu dân sinh tại xã Phú Mỹ</title>
<meta property="og:title" content="Khánh thành cầu dân sinh tại xã Phú Mỹ">
<meta name="description" content="Cây cầu dài 45 m được xây dựng bằng nguồn vốn xã hội hóa.">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav>
<article>
<h1>Khánh thành cầu dân sinh tại xã Phú Mỹ</h1>
<p class="sapo">Cây cầu dài 45 m được xây dựng bằng nguồn vốn xã hội hóa.</p>
<p>Sáng 10/3, UBND xã Phú Mỹ tổ chức lễ khánh thành cầu dân sinh bắc qua kênh Ba Lăng.</p>
<p>Công trình có tổng vốn đầu tư 1,8 tỷ đồng, giúp hơn 600 hộ dân đi lại thuận tiện.</p>
<p class="author">Hoàng Yến</p>
</article>
<footer>Bản quyền thuộc về tòa soạn</footer>
</body></html>
`;

export const ROWS_JSONL = [
  { title: 'Nông dân xã Hòa Bình thu hoạch lúa hè thu', content: 'Những ngày này, nông dân xã Hòa Bình đang khẩn trương thu hoạch 800 ha lúa hè thu. Năng suất ước đạt 6 tấn mỗi ha.', author: 'Thanh Hà', published_time: '2024-07-02T09:15:00+07:00' },
  { title: 'Khai mạc giải bóng đá thiếu niên huyện', content: 'Chiều 5/7, giải bóng đá thiếu niên huyện năm 2024 khai mạc với 12 đội bóng tham dự. Giải kéo dài đến hết tháng 7.', author: 'Văn Đức', published_time: '2024-07-05T17:40:00+07:00' },
  { title: 'Tiêm vắc xin sởi cho trẻ em trên địa bàn', content: 'Trung tâm Y tế huyện cho biết đã tiêm vắc xin sởi cho hơn 3.000 trẻ em từ 1 đến 5 tuổi trong tháng 6.', author: 'Ngọc Mai', published_time: '2024-07-08T10:00:00+07:00' },
];

/** header, a good row, a row with an unterminated quote, another good row */
export const BROKEN_CSV =
  'title,content,author\n' +
  '"Sửa chữa tuyến đường liên xã","Tuyến đường dài 7 km nối hai xã Tân Lập và Tân Hòa được sửa chữa xong sau 3 tháng thi công.","Minh Quân"\n' +
  '"Tiêu đề hỏng,"Nội dung không có dấu đóng ngoặc, "Ai đó\n' +
  '"Trao học bổng cho học sinh nghèo","Hội Khuyến học huyện trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn.","Thu Trang"\n';

export interface MixedFolder {
  dir: string;
  good: string[];
  bad: Record<string, string>;
}

/** A folder of good articles and every kind of bad input the batch must survive. */
export function makeMixedFolder(root: string): MixedFolder {
  const dir = join(root, 'mixed');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  const good: string[] = [];
  TEXT_ARTICLES.forEach((t, i) => {
    const p = join(dir, `good-${i + 1}.txt`);
    writeFileSync(p, t);
    good.push(p);
  });
  const html = join(dir, 'sub', 'good-page.html');
  writeFileSync(html, HTML_ARTICLE);
  good.push(html);
  const jsonl = join(dir, 'rows.jsonl');
  writeFileSync(jsonl, ROWS_JSONL.map((r) => JSON.stringify(r)).join('\n') + '\n');

  const bad: Record<string, string> = {};
  bad.empty = join(dir, 'empty.txt');
  writeFileSync(bad.empty, '');
  bad.binary = join(dir, 'binary.txt');
  const bin = Buffer.alloc(4096);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 7919 + 13) % 256; // every byte value, NULs included
  writeFileSync(bad.binary, bin);
  bad.truncated = join(dir, 'truncated.html');
  writeFileSync(bad.truncated, HTML_ARTICLE.slice(0, HTML_ARTICLE.indexOf('<p>Sáng') + 20));
  bad.invalidUtf8 = join(dir, 'invalid-utf8.txt');
  writeFileSync(bad.invalidUtf8, Buffer.concat([Buffer.from(TEXT_ARTICLES[1]!.slice(0, 80)), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0, 0xa1]), Buffer.from(TEXT_ARTICLES[1]!.slice(80))]));
  bad.csv = join(dir, 'broken.csv');
  writeFileSync(bad.csv, BROKEN_CSV);
  bad.huge = join(dir, 'huge.html');
  const para = '<p>' + 'Đoạn văn lặp lại để làm tệp rất lớn vượt giới hạn kích thước. '.repeat(50) + '</p>\n';
  const n = Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(para));
  writeFileSync(bad.huge, '<html><head><meta charset="utf-8"><title>Tệp lớn</title></head><body>' + para.repeat(n) + '</body></html>');
  return { dir, good: [...good, jsonl], bad };
}
