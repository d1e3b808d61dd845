import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

/** A JSON Lines sink: a file, or stdout when no path is given. Respects back-pressure. */
export class JsonlWriter {
  private stream: NodeJS.WritableStream;
  private own: WriteStream | null = null;
  count = 0;
  constructor(path: string | null | undefined) {
    if (path && path !== '-') {
      mkdirSync(dirname(path), { recursive: true });
      this.own = createWriteStream(path);
      this.stream = this.own;
    } else {
      this.stream = process.stdout;
    }
  }
  async write(obj: unknown): Promise<void> {
    this.count++;
    if (!this.stream.write(JSON.stringify(obj) + '\n')) {
      await new Promise<void>((r) => this.stream.once('drain', () => r()));
    }
  }
  async close(): Promise<void> {
    if (this.own) await new Promise<void>((r) => this.own!.end(() => r()));
  }
}
