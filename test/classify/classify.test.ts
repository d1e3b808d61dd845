import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, MetaCandidate, ParsedDoc } from '../../src/types.js';
import type { Rules } from '../../src/rules/index.js';
import { loadRowRules } from '../../src/parse/rows/rules.js';
import { defaultRulesDir } from '../../src/rules/load.js';
import { classifyDoc } from '../../src/parse/classify.js';
import { readUnits } from '../../src/input/walk.js';
import { parseRow } from '../../src/parse/rows/index.js';
import { normaliseText } from '../../src/normalise/text.js';
import { SHARED, HAS_SHARED } from '../shared.js';

const rules = { rows: loadRowRules(defaultRulesDir()) } as unknown as Rules;

const ARTICLE_TEXT = [
  'Sáng 10/6, UBND tỉnh Long An tổ chức hội nghị triển khai kế hoạch chống hạn cho vụ lúa hè thu, với sự tham dự của lãnh đạo 15 huyện.',
  'Theo Sở Nông nghiệp, khoảng 8.000 héc ta lúa có nguy cơ thiếu nước nếu mưa đến muộn; tỉnh sẽ đắp 40 đập tạm trên các kênh nội đồng.',
];

function doc(opts: { title?: string; url?: string; published?: string; paragraphs?: string[]; blocks?: Block[]; description?: string }): ParsedDoc {
  const meta: MetaCandidate[] = [];
  if (opts.url) meta.push({ field: 'url', value: opts.url, origin: 'og' });
  if (opts.published) meta.push({ field: 'published', value: opts.published, origin: 'meta' });
  if (opts.description) meta.push({ field: 'description', value: opts.description, origin: 'meta' });
  const blocks: Block[] = [];
  if (opts.title) blocks.push({ kind: 'title', text: opts.title });
  for (const p of opts.paragraphs ?? []) blocks.push({ kind: 'paragraph', text: p });
  blocks.push(...(opts.blocks ?? []));
  return { format: 'html', blocks, meta, warnings: [] };
}

const verdict = (d: ParsedDoc) => classifyDoc(d, rules);

describe('classifyDoc', () => {
  it('an ordinary article is an article, dated or not', () => {
    expect(verdict(doc({ title: 'Long An chống hạn cho lúa hè thu', url: 'https://baomau.vn/long-an-chong-han-cho-lua-he-thu-123456.html', published: '2024-06-10', paragraphs: ARTICLE_TEXT }))).toEqual({ article: true });
    expect(verdict(doc({ title: 'Long An chống hạn cho lúa hè thu', url: 'https://tinmau.vn/long-an-chong-han-cho-lua-he-thu/', paragraphs: ARTICLE_TEXT }))).toEqual({ article: true });
    expect(verdict(doc({ title: 'Long An chống hạn', url: 'https://blogmau.vn/?p=1234', paragraphs: ARTICLE_TEXT }))).toEqual({ article: true });
  });

  it('a listing-style title alone does not make a dated or undated article a listing', () => {
    expect(verdict(doc({ title: 'Giá vàng mới nhất hôm nay 10/6', url: 'https://baomau.vn/gia-vang-moi-nhat-hom-nay-10-6-556677.html', paragraphs: ARTICLE_TEXT })).article).toBe(true);
  });

  it('block pages, social posts, encyclopedia and aggregator pages are not articles', () => {
    expect(verdict(doc({ title: 'Just a moment...', paragraphs: ['Checking your browser before accessing the site.'] }))).toMatchObject({ article: false, reason: expect.stringMatching(/block page/) });
    expect(verdict(doc({ title: 'Access denied', paragraphs: ['You do not have permission to view this page. Reference number 18.2a.'] })).article).toBe(false);
    expect(verdict(doc({ title: 'Bài đăng', url: 'https://www.facebook.com/groups/123/posts/456/', paragraphs: ARTICLE_TEXT }))).toMatchObject({ reason: expect.stringMatching(/social/) });
    expect(verdict(doc({ title: 'Long An – Wikipedia tiếng Việt', paragraphs: ARTICLE_TEXT }))).toMatchObject({ reason: 'encyclopedia page' });
    expect(verdict(doc({ title: 'Long An', url: 'https://vi.wikipedia.org/wiki/Long_An', paragraphs: ARTICLE_TEXT })).article).toBe(false);
    expect(verdict(doc({ title: 'Tin hay', description: 'Viết bình luận 0 Bình luận', paragraphs: ['Bạn có thể gửi tin và ảnh lên trang bằng cách kéo thả bookmarklet.'] })).article).toBe(false);
  });

  it('tag / topic / author URLs are listings', () => {
    for (const url of ['https://baomau.vn/tim-kiem?q=ch%E1%BB%91ng+h%E1%BA%A1n', 'https://baomau.vn/tag/chong-han-9911', 'https://baomau.vn/chu-de/long-an-12', 'https://baomau.vn/tac-gia/le-an-33.html', 'https://video.baomau.vn/long-an/tag-4411-1.html', 'https://baomau.vn/topic/nang-nong-77']) {
      expect(verdict(doc({ title: 'Long An', url, paragraphs: ARTICLE_TEXT })).article, url).toBe(false);
    }
  });

  it('an undated home or section page is a listing; a dated page at such a URL needs a second cue', () => {
    expect(verdict(doc({ title: 'Thời sự', url: 'https://baomau.vn/thoi-su', paragraphs: ARTICLE_TEXT })).article).toBe(false);
    expect(verdict(doc({ title: 'Báo Mẫu', url: 'https://baomau.vn/', paragraphs: ARTICLE_TEXT })).article).toBe(false);
    expect(verdict(doc({ title: 'Lao động - Việc làm', url: 'https://baomau.vn/thoi-su/lao-dong-viec-lam', paragraphs: ARTICLE_TEXT })).article).toBe(false);
    expect(verdict(doc({ title: 'Thời sự', url: 'https://baomau.vn/thoi-su', published: '2024-06-10', paragraphs: ARTICLE_TEXT })).article).toBe(true);
    expect(verdict(doc({ title: 'Tin tức thời sự mới nhất hôm nay', url: 'https://baomau.vn/thoi-su', published: '2024-06-10', paragraphs: ARTICLE_TEXT })).article).toBe(true);
  });

  it('a page of short link lines with stamps is a listing', () => {
    const lines = Array.from({ length: 10 }, (_, i) => ({ kind: 'paragraph' as const, text: `Tiêu đề bài số ${i + 1} về thời tiết ${i + 1} giờ trước` }));
    expect(verdict(doc({ title: 'Thời tiết', blocks: lines })).article).toBe(false);
  });

  it('no text at all is not an article; a description alone still is', () => {
    expect(verdict(doc({ title: 'Video', blocks: [{ kind: 'boilerplate', text: 'Tải ứng dụng' }] }))).toMatchObject({ reason: 'no article text' });
    expect(verdict(doc({ title: 'Lễ hội đền Hùng', url: 'https://baomau.vn/video-le-hoi-den-hung-998877.html', description: 'Hàng nghìn người dự lễ hội đền Hùng sáng nay, lễ rước kiệu diễn ra trong mưa.' })).article).toBe(true);
  });
});

describe.skipIf(!HAS_SHARED)('Phenikaa non-articles (shared corpus)', () => {
  const full = { ...rules } as Rules;
  // read only when ../shared is there: a skipped describe's body still runs at collection
  const nonArticles = HAS_SHARED ? readFileSync(join(SHARED, 'gold/rows/phenikaa-nonarticles.txt'), 'utf8').split('\n').filter(Boolean) : [];
  const gold = HAS_SHARED
    ? readFileSync(join(SHARED, 'gold/rows/phenikaa.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { input: string }).input)
    : [];

  async function verdictOf(rel: string) {
    for await (const u of readUnits(join(SHARED, rel))) {
      const fields: Record<string, string> = {};
      for (const [k, v] of Object.entries(u.fields ?? {})) fields[k] = normaliseText(v);
      return classifyDoc(parseRow(fields, full), full);
    }
    return null;
  }

  it('every listed non-article is rejected', async () => {
    const accepted: string[] = [];
    for (const rel of nonArticles) if ((await verdictOf(rel))?.article !== false) accepted.push(rel);
    expect(accepted).toEqual([]);
  });

  it('every file with gold is an article', async () => {
    const rejected: string[] = [];
    for (const rel of gold) {
      const v = await verdictOf(rel);
      if (!v?.article) rejected.push(`${rel}: ${v && !v.article ? v.reason : 'no unit'}`);
    }
    expect(rejected).toEqual([]);
  });
});
