import type { InputUnit } from '../types.js';
import type { ErrorLine } from '../record/schema.js';

/**
 * What one chunk of units becomes after the pipeline, ready to write: its records already
 * serialised as JSON Lines (each line ends in "\n"), and its error lines. A worker hands
 * the records back as UTF-8 bytes whose buffer is moved, not copied, to the main thread,
 * so the main thread neither copies nor encodes them: it only writes. In process they
 * stay a string (the stream encodes it as it writes).
 */
export interface ChunkOutput {
  records: Uint8Array | string;
  /** how many records `records` holds */
  recordCount: number;
  errors: ErrorLine[];
}

/** A batch of units sent to a worker in one message (fewer round trips for small rows). */
export interface WorkTask {
  units: InputUnit[];
}

/** Runs the pipeline on chunks of units; never rejects (a failure becomes error lines). */
export interface Engine {
  run(units: InputUnit[]): Promise<ChunkOutput>;
  close(): Promise<void>;
  /** how many chunks may be in flight at once to keep every thread busy */
  readonly window: number;
}
