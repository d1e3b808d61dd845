import { describe, it, expect } from 'vitest';
import { loadRules } from '../../src/rules/index.js';
import { parseHtml } from '../../src/parse/html/index.js';
import { normaliseText } from '../../src/normalise/text.js';
import type { ParsedDoc } from '../../src/types.js';

const rules = loadRules();

function parse(html: string, url: string | null = null): ParsedDoc {
  return parseHtml(normaliseText(html), rules, url);
}
const kinds = (d: ParsedDoc, k: string) => d.blocks.filter((b) => b.kind === k).map((b) => b.text);
const meta = (d: ParsedDoc, field: string) => d.meta.filter((m) => m.field === field).map((m) => `${m.origin}:${m.value}`);

/** A plain article body long enough for the container scoring to find it. */
function body(...paras: string[]): string {
  return paras.map((p) => `<p>${p}</p>`).join('\n');
}
const P1 = 'Sáng 5/3, Ủy ban nhân dân huyện tổ chức hội nghị triển khai kế hoạch phát triển kinh tế - xã hội năm nay với nhiều chỉ tiêu mới.';
const P2 = 'Theo báo cáo, tổng thu ngân sách trên địa bàn đạt hơn 300 tỷ đồng, tăng 12% so với cùng kỳ, nhiều công trình hoàn thành đúng hạn.';
const P3 = 'Phát biểu kết luận, lãnh đạo huyện đề nghị các xã tập trung giải ngân vốn đầu tư công và chăm lo đời sống người dân vùng sâu.';

function page(head: string, main: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>
  <div class="menu"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></div>
  <div class="main">${main}</div>
  <div class="footer">Giấy phép số 01/GP-BTTTT. Tổng biên tập: Nguyễn Văn A</div></body></html>`;
}

describe('metadata candidates', () => {
  it('JSON-LD: a Person author is jsonld, an Organization or the site itself is jsonld-org', () => {
    const ld = (author: string) =>
      page(
        `<meta property="og:site_name" content="Báo Mẫu"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tiêu đề thử","datePublished":"2024-05-01T08:00:00+07:00","author":${author},"publisher":{"@type":"Organization","name":"Báo Mẫu"}}</script>`,
        `<h1>Tiêu đề thử nghiệm</h1>${body(P1, P2)}`,
      );
    expect(meta(parse(ld('{"@type":"Person","name":"Lan Anh"}')), 'author')).toEqual(['jsonld:Lan Anh']);
    expect(meta(parse(ld('{"@type":"Organization","name":"Báo Mẫu"}')), 'author')).toEqual(['jsonld-org:Báo Mẫu']);
    // a "Person" that is the site's own name is the site, not a byline
    expect(meta(parse(ld('{"@type":"Person","name":"Báo Mẫu"}')), 'author')).toEqual(['jsonld-org:Báo Mẫu']);
    expect(meta(parse(ld('[{"@type":"Person","name":"Lan Anh"},{"@type":"Person","name":"Minh Đức"}]')), 'author')).toEqual([
      'jsonld:Lan Anh',
      'jsonld:Minh Đức',
    ]);
    const d = parse(ld('"Lan Anh"'));
    expect(meta(d, 'published')).toContain('jsonld:2024-05-01T08:00:00+07:00');
    expect(meta(d, 'outlet')).toContain('jsonld:Báo Mẫu');
    expect(meta(d, 'title')).toContain('jsonld:Tiêu đề thử');
  });

  it('JSON-LD inside @graph, with raw newlines and a trailing comma, is still read', () => {
    const d = parse(
      page(
        `<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"X"},{"@type":"NewsArticle","headline":"Dòng một
dòng hai","datePublished":"2023-01-02T03:04:05+07:00",}]}</script>`,
        `<h1>Tiêu đề bài viết mẫu</h1>${body(P1, P2)}`,
      ),
    );
    expect(meta(d, 'title')).toContain('jsonld:Dòng một dòng hai');
    expect(meta(d, 'published')).toContain('jsonld:2023-01-02T03:04:05+07:00');
  });

  it('OpenGraph, article:*, meta author (even when it is the site), dable:author, canonical, <time>', () => {
    const d = parse(
      page(
        `<title>Tiêu đề - Báo Mẫu</title>
         <meta property="og:title" content="Tiêu đề OG"><meta property="og:site_name" content="Báo Mẫu">
         <meta property="og:url" content="https://baomau.example/a-1.html">
         <meta property="article:published_time" content="2025-02-03T10:00:00+0700">
         <meta property="article:modified_time" content="2025-02-03T12:00:00+0700">
         <meta name="author" content="Báo Mẫu"><meta property="dable:author" content="TRẦN BÌNH">
         <link rel="canonical" href="https://baomau.example/a-1.html">`,
        `<h1>Tiêu đề hiển thị</h1><time datetime="2025-02-03T10:00:00+07:00">03/02/2025 10:00</time>${body(P1, P2)}`,
      ),
    );
    expect(meta(d, 'title')).toEqual(['og:Tiêu đề OG', 'meta:Tiêu đề - Báo Mẫu']);
    expect(meta(d, 'outlet')).toContain('og:Báo Mẫu');
    expect(meta(d, 'author')).toEqual(['meta:Báo Mẫu', 'meta:TRẦN BÌNH']);
    expect(meta(d, 'published')).toEqual(['og:2025-02-03T10:00:00+0700', 'time:2025-02-03T10:00:00+07:00']);
    expect(meta(d, 'modified')).toEqual(['og:2025-02-03T12:00:00+0700']);
    expect(meta(d, 'url')).toContain('meta:https://baomau.example/a-1.html');
    // metadata stays out of the text
    expect(d.blocks.some((b) => b.text.includes('Tiêu đề OG'))).toBe(false);
  });

  it('names the outlet from its profile (canonical URL) and applies the profile selectors', () => {
    const d = parse(
      `<html><head><link rel="canonical" href="https://vnexpress.net/a-1.html"></head><body>
       <div class="sidebar-1"><span class="date">Thứ hai, 6/5/2024, 10:00 (GMT+7)</span>
       <h1 class="title-detail">Tiêu đề VnExpress thử</h1><p class="description">${P1}</p>
       <article class="fck_detail">${body(P2, P3)}<p class="author_mail"><strong>Hà Linh</strong></p></article></div></body></html>`,
    );
    expect(meta(d, 'outlet')).toContain('profile:VnExpress');
    expect(kinds(d, 'lead')).toEqual([P1]);
    expect(kinds(d, 'paragraph')).toEqual([P2, P3]);
    expect(kinds(d, 'byline')).toEqual(['Hà Linh']);
    expect(kinds(d, 'dateline')).toEqual(['Thứ hai, 6/5/2024, 10:00 (GMT+7)']);
  });
});

describe('article text', () => {
  it('drops related boxes, "Tin liên quan" link lists and link-only lines, but keeps a link inside a sentence', () => {
    const d = parse(
      page(
        '',
        `<h1>Tiêu đề bài viết có hộp liên quan</h1><div class="content">
         <p>${P1}</p>
         <div class="box-related"><a href="/x">Bài cũ về hội nghị năm ngoái</a><p>Tóm tắt bài cũ về hội nghị năm ngoái với nhiều nội dung đáng chú ý.</p></div>
         <p>Theo báo cáo, <a class="cms-relate" href="/y">ngân sách địa phương</a> tăng mạnh nhờ thu từ đất và thuế phí, vượt kế hoạch được giao từ đầu năm.</p>
         <p><strong>Tin liên quan</strong></p>
         <p><a href="/z1">Huyện tổ chức hội nghị tổng kết</a></p>
         <ul><li><a href="/z2">Xã đạt chuẩn nông thôn mới</a></li></ul>
         <p>${P3}</p></div>`,
      ),
    );
    const text = kinds(d, 'paragraph').join('\n');
    expect(text).toContain('ngân sách địa phương tăng mạnh');
    expect(text).not.toContain('Bài cũ');
    expect(text).not.toContain('Tóm tắt bài cũ');
    expect(text).not.toContain('Tin liên quan');
    expect(text).not.toContain('Huyện tổ chức hội nghị tổng kết');
    expect(text).not.toContain('Xã đạt chuẩn');
    expect(kinds(d, 'paragraph')).toEqual([P1, expect.stringContaining('Theo báo cáo'), P3]);
  });

  it('drops text-to-speech players, share widgets, comment forms, tags and footers', () => {
    const d = parse(
      page(
        '',
        `<h1>Tiêu đề bài viết có nhiều tiện ích</h1>
         <div class="audio tts-player"><span class="current">0:00</span><span>Nam miền Bắc</span><span>Nữ miền Nam</span></div>
         <div class="article-body">${body(P1, P2)}
         <div class="share-tools"><a href="#">Chia sẻ</a><a href="#">Facebook</a></div>
         <p>${P3}</p></div>
         <div class="tags">Từ khóa: <a href="/t">kinh tế</a></div>
         <div class="comment-form"><p>Gửi bình luận của bạn về bài viết này, chúng tôi sẽ duyệt và đăng trong thời gian sớm nhất có thể.</p><textarea></textarea></div>`,
      ),
    );
    const all = d.blocks.map((b) => b.text).join('\n');
    for (const junk of ['0:00', 'Nam miền Bắc', 'Nữ miền Nam', 'Chia sẻ', 'Từ khóa', 'Gửi bình luận', 'Giấy phép', 'Trang chủ']) expect(all).not.toContain(junk);
    expect(kinds(d, 'paragraph')).toEqual([P1, P2, P3]);
  });

  it('gives each caption once, with its "Ảnh: X" credit still in place', () => {
    const fig = `<figure><img src="a.jpg" alt="Toàn cảnh hội nghị"><figcaption>Toàn cảnh hội nghị. Ảnh: <em>Thu Hà</em></figcaption></figure>`;
    const d = parse(page('', `<h1>Tiêu đề bài viết có ảnh</h1><div class="content"><p>${P1}</p>${fig}<p>${P2}</p>${fig}<p>${P3}</p></div>`));
    expect(kinds(d, 'caption')).toEqual(['Toàn cảnh hội nghị. Ảnh: Thu Hà']);
    expect(kinds(d, 'paragraph')).toEqual([P1, P2, P3]);
  });

  it('an italic line right after a picture is a caption; the same line elsewhere is text', () => {
    const d = parse(
      page(
        '',
        `<h1>Tiêu đề bài viết có ảnh nghiêng</h1><div class="content"><p>${P1}</p><p><img src="a.jpg"></p><p><em>Các đại biểu dự hội nghị.</em></p><p>${P2}</p><p><em>Ghi chú của tòa soạn về số liệu.</em></p><p>${P3}</p></div>`,
      ),
    );
    expect(kinds(d, 'caption')).toEqual(['Các đại biểu dự hội nghị.']);
    expect(kinds(d, 'paragraph')).toContain('Ghi chú của tòa soạn về số liệu.');
  });

  it('decodes entities, turns NBSP into spaces and survives unclosed tags', () => {
    const d = parse(
      `<html><body><h1>Ng&agrave;y h&#7897;i &quot;&#273;&#7841;i &#273;o&agrave;n k&#7871;t&quot;</h1><div class="noidung">
       <p>Ng&agrave;y&nbsp;15/11, x&atilde; t&#7893; ch&#7913;c ng&agrave;y h&#7897;i &#273;&#7841;i &#273;o&agrave;n k&#7871;t to&agrave;n d&acirc;n t&#7897;c v&#7899;i h&#417;n 500 ng&#432;&#7901;i tham d&#7921;.
       <p>${P2}<p>${P3}</div></body></html>`,
    );
    expect(kinds(d, 'title')).toEqual(['Ngày hội "đại đoàn kết"']);
    const ps = kinds(d, 'paragraph');
    expect(ps[0]).toBe('Ngày 15/11, xã tổ chức ngày hội đại đoàn kết toàn dân tộc với hơn 500 người tham dự.');
    expect(ps.slice(1)).toEqual([P2, P3]);
  });

  it('normalises entity-made characters: zero-width and soft hyphens removed, decomposed marks composed, Ð → Đ', () => {
    const d = parse(`<html><body><h1>Tiêu&#8203;đề có k&#237;&shy;tự lạ</h1><div class="noidung"><p>&#208;oàn c&#244;ng tác của tỉnh đến thăm nhà ve&#770;&#768; xã biên giới và tặng quà cho các gia đình chính sách.</p><p>${P2}</p><p>${P3}</p></div></body></html>`);
    expect(kinds(d, 'title')).toEqual(['Tiêuđề có kítự lạ']);
    expect(kinds(d, 'paragraph')[0]).toBe('Đoàn công tác của tỉnh đến thăm nhà về xã biên giới và tặng quà cho các gia đình chính sách.');
  });

  it('splits text at <br> inside a container without <p>', () => {
    const d = parse(`<html><body><h1>Tiêu đề bài viết không có thẻ p</h1><div class="noidung">${P1}<br><br>${P2}<br>${P3}</div></body></html>`);
    expect(kinds(d, 'paragraph')).toEqual([P1, P2, P3]);
  });

  it('keeps in-body subheadings as headings, in reading order', () => {
    const d = parse(page('', `<h1>Tiêu đề bài viết có tiêu đề phụ</h1><div class="content"><p>${P1}</p><h2>Thu ngân sách vượt dự toán</h2><p>${P2}</p><h3>Nhiệm vụ năm tới</h3><p>${P3}</p></div>`));
    expect(d.blocks.filter((b) => b.kind !== 'title').map((b) => `${b.kind}:${b.text.slice(0, 12)}`)).toEqual([
      `paragraph:${P1.slice(0, 12)}`,
      'heading:Thu ngân sác',
      `paragraph:${P2.slice(0, 12)}`,
      'heading:Nhiệm vụ năm',
      `paragraph:${P3.slice(0, 12)}`,
    ]);
  });

  it('finds a short article next to a sidebar of longer teaser summaries', () => {
    const teaser = (n: number) =>
      `<div class="item"><a href="/t${n}">Tin số ${n}</a><p>Tóm tắt tin số ${n}: một đoạn văn đủ dài để trông như nội dung bài viết trên trang, nhưng chỉ là lời giới thiệu.</p></div>`;
    const d = parse(
      `<html><body><div class="wrap"><div class="col-left"><h1>Xã khánh thành nhà văn hóa mới</h1><div class="nd"><p>${P1}</p><p>${P2}</p></div></div>
       <div class="col-right">${[1, 2, 3, 4, 5, 6, 7].map(teaser).join('')}</div></div></body></html>`,
    );
    expect(kinds(d, 'paragraph')).toEqual([P1, P2]);
  });

  it('does not take a logo <h1> for the headline when the metadata title disagrees', () => {
    const d = parse(
      page(
        '<meta property="og:title" content="Huyện hoàn thành kế hoạch năm trước thời hạn">',
        `<h1 class="site-name"><a href="/">Báo Điện Tử Tỉnh Nhà</a></h1><h2 class="title-detail">Huyện hoàn thành kế hoạch năm trước thời hạn</h2><div class="content">${body(P1, P2, P3)}</div>`,
      ),
    );
    expect(kinds(d, 'title')).toEqual(['Huyện hoàn thành kế hoạch năm trước thời hạn']);
    // a generic og:title does not overrule the one real headline
    const generic = parse(page('<meta property="og:title" content="Tin tức mới nhất trong ngày">', `<h1>Huyện hoàn thành kế hoạch năm trước thời hạn</h1><div class="content">${body(P1, P2, P3)}</div>`));
    expect(kinds(generic, 'title')).toEqual(['Huyện hoàn thành kế hoạch năm trước thời hạn']);
  });

  it('ignores hidden elements', () => {
    const d = parse(page('', `<h1>Tiêu đề bài viết có phần ẩn</h1><div class="content"><p>${P1}</p><div style="display:none"><p>Đoạn văn bị ẩn không được hiển thị cho người đọc trên trang.</p></div><p>${P2}</p></div>`));
    expect(kinds(d, 'paragraph')).toEqual([P1, P2]);
  });
});

describe('title, kicker, lead, dateline, byline', () => {
  it('a line above the headline is a kicker only when it ends with ":"', () => {
    const withColon = parse(page('', `<p class="kicker">Chủ tịch UBND tỉnh:</p><h1>Không để dự án chậm tiến độ</h1><div class="content">${body(P1, P2)}</div>`));
    expect(kinds(withColon, 'kicker')).toEqual(['Chủ tịch UBND tỉnh:']);
    expect(kinds(withColon, 'title')).toEqual(['Không để dự án chậm tiến độ']);
    const noColon = parse(page('', `<p class="kicker">Chuyện thường ngày</p><h1>Không để dự án chậm tiến độ</h1><div class="content">${body(P1, P2)}</div>`));
    expect(kinds(noColon, 'kicker')).toEqual([]);
    // a colon inside the one-line headline is part of the title
    const inTitle = parse(page('', `<h1>Ông Nguyễn Văn B: Sẽ nâng mức hỗ trợ</h1><div class="content">${body(P1, P2)}</div>`));
    expect(kinds(inTitle, 'kicker')).toEqual([]);
    expect(kinds(inTitle, 'title')).toEqual(['Ông Nguyễn Văn B: Sẽ nâng mức hỗ trợ']);
  });

  it('takes the sapo by its class, once, as the lead', () => {
    const d = parse(page('', `<h1>Tiêu đề có sapo</h1><h2 class="detail-sapo">${P1}</h2><div class="detail-content">${body(P2, P3)}</div>`));
    expect(kinds(d, 'lead')).toEqual([P1]);
    expect(kinds(d, 'paragraph')).toEqual([P2, P3]);
  });

  it('an opening paragraph with an agency tag is the lead when no sapo is marked', () => {
    const d = parse(page('', `<h1>Tiêu đề có thẻ nguồn</h1><div class="content">${body('(CT) - ' + P1, P2, P3)}</div>`));
    expect(kinds(d, 'lead')).toEqual(['(CT) - ' + P1]);
  });

  it('does not take the site header clock for the dateline', () => {
    const d = parse(
      `<html><body><div id="header"><div class="top-bar"><span class="date">Thứ Sáu, 22/11/2024 20:17 (GMT+7)</span></div></div>
       <div class="main"><h1>Tiêu đề bài viết có đồng hồ</h1><div class="post-date">21/11/2024 07:30</div><div class="content">${body(P1, P2, P3)}</div></div></body></html>`,
    );
    expect(kinds(d, 'dateline')).toEqual(['21/11/2024 07:30']);
  });

  it('reads closing bylines (right-aligned name, "Tin, ảnh: X", capitals) but not a short closing sentence', () => {
    const end = (last: string) => parse(page('', `<h1>Tiêu đề bài viết có tác giả</h1><div class="content">${body(P1, P2, P3)}${last}</div>`));
    expect(kinds(end('<p style="text-align:right"><strong>Lê Hoàng</strong></p>'), 'byline')).toEqual(['Lê Hoàng']);
    expect(kinds(end('<p>Tin, ảnh: THANH TÂM</p>'), 'byline')).toEqual(['Tin, ảnh: THANH TÂM']);
    expect(kinds(end('<p>NGỌC MAI</p>'), 'byline')).toEqual(['NGỌC MAI']);
    expect(kinds(end('<p>(Theo TTXVN)</p>'), 'byline')).toEqual(['(Theo TTXVN)']);
    const sentence = end('<p>Theo kế hoạch, dự án xong năm sau.</p>');
    expect(kinds(sentence, 'byline')).toEqual([]);
    expect(kinds(sentence, 'paragraph')).toContain('Theo kế hoạch, dự án xong năm sau.');
  });

  it('gives an author block repeated in header and footer once', () => {
    const d = parse(
      page(
        '',
        `<div class="article"><h1>Tiêu đề bài viết hai tác giả</h1><div class="meta"><div class="author"><a>HẢI YẾN - </a><a>QUANG MINH</a></div></div>
         <div class="body">${body(P1, P2, P3)}</div><div class="meta"><div class="author"><a>HẢI YẾN</a></div><div class="author"><a>QUANG MINH</a></div></div></div>`,
      ),
    );
    expect(kinds(d, 'byline')).toEqual(['HẢI YẾN - QUANG MINH']);
  });

  it('falls back on the metadata title, without the site suffix, when the page has no headline', () => {
    const d = parse(page('<title>Tiêu đề chỉ có trong metadata - Báo Mẫu</title><meta property="og:site_name" content="Báo Mẫu">', `<div class="content">${body(P1, P2, P3)}</div>`));
    expect(kinds(d, 'title')).toEqual(['Tiêu đề chỉ có trong metadata']);
    expect(d.warnings.join(' ')).toContain('title taken from the page metadata');
  });
});
