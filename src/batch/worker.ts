/**
 * Piscina worker: loads (validates and compiles) the rules once when the thread starts,
 * then runs the pipeline on every chunk it is handed.
 */
import { workerData } from 'piscina';
import { loadRules } from '../rules/index.js';
import type { InputUnit } from '../types.js';
import type { WorkResult, WorkTask } from './types.js';
import { processChunk } from './work.js';

const rules = loadRules((workerData as { rulesDir?: string } | undefined)?.rulesDir ?? undefined);

/** Transferred bytes arrive as a plain Uint8Array; give the decoder a Buffer view (no copy). */
function revive(u: InputUnit): InputUnit {
  if (u.bytes && !Buffer.isBuffer(u.bytes)) u.bytes = Buffer.from(u.bytes.buffer, u.bytes.byteOffset, u.bytes.byteLength);
  return u;
}

export default function run(task: WorkTask): WorkResult[] {
  return processChunk(task.units.map(revive), rules);
}
