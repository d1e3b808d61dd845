import cliProgress from 'cli-progress';

export interface ProgressState {
  articles: number;
  errors: number;
  /** bytes of input consumed so far, against the total for the bar and the ETA */
  bytes: number;
}

export interface Progress {
  update(s: ProgressState): void;
  stop(): void;
}

const none: Progress = { update() {}, stop() {} };

/**
 * A progress bar on stderr when it is a terminal. The bar and ETA count bytes (the number
 * of articles in a row dump is not known before reading it); the label counts articles.
 */
export function makeProgress(opts: { quiet?: boolean; totalBytes: number | null; stream?: NodeJS.WriteStream }): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet || !stream.isTTY) return none;
  const t0 = performance.now();
  const known = opts.totalBytes != null && opts.totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: known
        ? 'bantin {bar} {percentage}% | {articles} articles | {rate} docs/s | {errors} errors | ETA {eta_formatted}'
        : 'bantin {articles} articles | {rate} docs/s | {errors} errors',
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(known ? opts.totalBytes! : 1, 0, { articles: 0, rate: '0', errors: 0 });
  return {
    update(s) {
      const secs = (performance.now() - t0) / 1000;
      const payload = { articles: s.articles, errors: s.errors, rate: (s.articles / Math.max(secs, 1e-3)).toFixed(0) };
      bar.update(known ? Math.min(s.bytes, opts.totalBytes!) : 0, payload);
    },
    stop() {
      bar.stop();
    },
  };
}
