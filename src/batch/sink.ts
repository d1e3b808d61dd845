import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A JSON Lines sink (a file, stdout or stderr) that takes a chunk's lines already
 * serialised (a string, or UTF-8 bytes from a worker), writes them in one call, and waits on 'drain' so a slow disk or pipe slows the
 * batch down instead of filling memory. A write error (disk full, closed pipe) is kept and
 * reported once; later writes are dropped.
 */
export class LineSink {
  private stream: NodeJS.WritableStream;
  private owned: boolean;
  lines = 0;
  error: Error | null = null;
  constructor(target: string | null | undefined, fallback: NodeJS.WritableStream = process.stdout) {
    if (target && target !== '-') {
      mkdirSync(dirname(target), { recursive: true });
      this.stream = createWriteStream(target);
      this.owned = true;
    } else {
      this.stream = fallback;
      this.owned = false;
    }
    this.stream.on('error', (e: Error) => {
      this.error ??= e;
    });
  }

  /** write `count` lines, each already ending in "\n"; resolves when the stream can take more */
  async write(data: string | Uint8Array, count: number): Promise<void> {
    if (count === 0 || data.length === 0 || this.error) return;
    this.lines += count;
    const ok = this.stream.write(data);
    if (!ok && !this.error) await this.drained();
  }

  private drained(): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  async close(): Promise<void> {
    if (!this.owned) return;
    await new Promise<void>((resolve) => {
      this.stream.end(() => resolve());
      this.stream.once('error', () => resolve());
    });
  }
}
