/**
 * Piscina worker: loads (validates and compiles) the rules once when the thread starts,
 * then runs the pipeline on every chunk it is handed.
 */
import { workerData, move, transferableSymbol, valueSymbol } from 'piscina';
import { loadRules } from '../rules/index.js';
import type { InputUnit } from '../types.js';
import type { ChunkOutput, WorkTask } from './types.js';
import { processChunk } from './work.js';

const rules = loadRules((workerData as { rulesDir?: string } | undefined)?.rulesDir ?? undefined);
const utf8 = new TextEncoder();

/** Transferred bytes arrive as a plain Uint8Array; give the decoder a Buffer view (no copy). */
function revive(u: InputUnit): InputUnit {
  if (u.bytes && !Buffer.isBuffer(u.bytes)) u.bytes = Buffer.from(u.bytes.buffer, u.bytes.byteOffset, u.bytes.byteLength);
  return u;
}

/**
 * The records go back as UTF-8 bytes in a buffer of their own, moved (not copied) to the
 * main thread: the encoding happens here, in parallel, instead of on the main thread, and
 * the message carries no large string to clone.
 */
export default function run(task: WorkTask): ChunkOutput {
  const out = processChunk(task.units.map(revive), rules);
  const records = utf8.encode(out.records);
  const value: ChunkOutput = { records, recordCount: out.recordCount, errors: out.errors };
  return move({ [transferableSymbol]: [records.buffer], [valueSymbol]: value } as never) as unknown as ChunkOutput;
}
