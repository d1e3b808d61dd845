/**
 * A local HTTP server on 127.0.0.1 (random port) that serves invented articles and
 * misbehaves on purpose. Every loop in it is bounded and stops when the client goes away.
 */
import { createServer, type Server, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';

export function articleHtml(title: string, body: string, metaCharset = true): string {
  return `<!DOCTYPE html>
<html lang="vi"><head>${metaCharset ? '<meta charset="utf-8">' : ''}
<title>${title}</title>
<meta property="og:title" content="${title}">
</head><body>
<nav><a href="/">Trang chủ</a></nav>
<article>
<h1>${title}</h1>
<p>${body}</p>
<p>Đại diện UBND xã cho biết công trình góp phần cải thiện đời sống của hơn 400 hộ dân trong vùng.</p>
</article>
</body></html>
`;
}

/** Windows-1258 keeps tone marks as combining characters after a precomposed base letter. */
export function toWindows1258(s: string): Buffer {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const tone = /[\u0300\u0301\u0303\u0309\u0323]/.exec(d);
    out += d.replace(/[\u0300\u0301\u0303\u0309\u0323]/, '').normalize('NFC') + (tone ? tone[0] : '');
  }
  return iconv.encode(out, 'windows1258');
}

export const PAGES = {
  utf8: articleHtml('Khánh thành cầu dân sinh tại xã Phú Mỹ', 'Sáng 10/3, UBND xã Phú Mỹ tổ chức lễ khánh thành cầu dân sinh bắc qua kênh Ba Lăng.'),
  noCharset: articleHtml('Nông dân thu hoạch lúa đông xuân sớm', 'Những ngày này, nông dân huyện Tân Phước khẩn trương thu hoạch 1.200 ha lúa đông xuân.', false),
  cp1258: articleHtml('Trường học mới cho học sinh vùng biên', 'Ngày 5/9, ngôi trường mới với 12 phòng học đã đón học sinh vào năm học mới.', false),
  flaky: articleHtml('Hội thi tay nghề công nhân trẻ', 'Hội thi năm nay thu hút 85 thí sinh đến từ các doanh nghiệp trong khu công nghiệp.'),
  busy: articleHtml('Phát động phong trào trồng cây xanh', 'Chiều 2/4, huyện đoàn phát động phong trào trồng 10.000 cây xanh trong năm.'),
};

export interface Hit {
  path: string;
  at: number;
  ua: string | undefined;
}

export interface TestServer {
  base: string;
  hits: Hit[];
  count(path: string): number;
  /** most requests to /paced/* in flight at once */
  maxPaced: number;
  /** whether the endless body stopped because the client hung up */
  endlessAborted: boolean;
  close(): Promise<void>;
}

export async function startServer(opts: { robots?: string } = {}): Promise<TestServer> {
  const hits: Hit[] = [];
  const counts = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let paced = 0;
  const state = { maxPaced: 0, endlessAborted: false };

  const later = (ms: number, fn: () => void, req: IncomingMessage) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
    req.on('close', () => {
      clearTimeout(t);
      timers.delete(t);
    });
  };
  const html = (res: ServerResponse, body: string | Buffer, type = 'text/html; charset=utf-8') => {
    const b = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(200, { 'content-type': type, 'content-length': b.length });
    res.end(b);
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const n = (counts.get(path) ?? 0) + 1;
    counts.set(path, n);
    hits.push({ path, at: Date.now(), ua: req.headers['user-agent'] });
    switch (true) {
      case path === '/robots.txt':
        if (opts.robots == null) {
          res.writeHead(404);
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end(opts.robots);
      case path.startsWith('/private/'):
        return html(res, articleHtml(`Trang riêng ${path.slice(9)}`, 'Nội dung của một trang mà robots.txt có thể chặn hoặc cho phép.'));
      case path === '/article/utf8':
        return html(res, PAGES.utf8);
      case path === '/article/no-charset':
        return html(res, PAGES.noCharset, 'text/html');
      case path === '/article/cp1258':
        return html(res, toWindows1258(PAGES.cp1258), 'text/html; charset=windows-1258');
      case path === '/article/cp1258-wrong':
        return html(res, toWindows1258(PAGES.cp1258), 'text/html; charset=utf-8');
      case path === '/flaky':
        if (n === 1) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          return res.end('server error');
        }
        return html(res, PAGES.flaky);
      case path === '/busy':
        if (n === 1) {
          res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
          return res.end('slow down');
        }
        return html(res, PAGES.busy);
      case path === '/gone':
        res.writeHead(404, { 'content-type': 'text/html' });
        return res.end('<html><body>Không tìm thấy trang</body></html>');
      case path === '/down':
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('unavailable');
      case path === '/slow':
        return later(5000, () => html(res, PAGES.utf8), req);
      case path === '/pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' });
        return res.end(Buffer.from('%PDF-1.4 not really'));
      case path === '/endless': {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<html><body>');
        const chunk = Buffer.from('<p>' + 'lặp lại không dứt '.repeat(800) + '</p>\n');
        let sent = 0;
        const MAX_CHUNKS = 4000; // bounded: ~60 MB at most, far past any limit a test sets
        const pump = () => {
          while (sent < MAX_CHUNKS && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end('</body></html>');
        };
        req.on('close', () => {
          if (sent < MAX_CHUNKS) state.endlessAborted = true;
        });
        return pump();
      }
      case path.startsWith('/paced/'):
        paced++;
        state.maxPaced = Math.max(state.maxPaced, paced);
        return later(
          150,
          () => {
            paced--;
            html(res, articleHtml(`Bản tin số ${path.slice(7)}`, 'Nội dung bản tin ngắn về hoạt động của phường trong tuần.'));
          },
          req,
        );
      default:
        res.writeHead(404);
        return res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    count: (p) => counts.get(p) ?? 0,
    get maxPaced() {
      return state.maxPaced;
    },
    get endlessAborted() {
      return state.endlessAborted;
    },
    async close() {
      for (const t of timers) clearTimeout(t);
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
