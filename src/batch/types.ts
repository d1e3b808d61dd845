import type { InputUnit } from '../types.js';
import type { ErrorLine } from '../record/schema.js';

/**
 * What one unit becomes after the pipeline, ready to write: a record already serialised
 * to its JSON line (serialising in the worker keeps JSON.stringify off the main thread),
 * or an error line.
 */
export type WorkResult = { ok: true; line: string } | { ok: false; error: ErrorLine };

/** A batch of units sent to a worker in one message (fewer round trips for small rows). */
export interface WorkTask {
  units: InputUnit[];
}

/** Runs the pipeline on chunks of units; never rejects (a failure becomes error lines). */
export interface Engine {
  run(units: InputUnit[]): Promise<WorkResult[]>;
  close(): Promise<void>;
  /** how many chunks may be in flight at once to keep every thread busy */
  readonly window: number;
}
