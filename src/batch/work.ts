import type { InputUnit } from '../types.js';
import type { Rules } from '../rules/index.js';
import type { ErrorLine } from '../record/schema.js';
import { processUnit } from '../pipeline.js';
import type { ChunkOutput } from './types.js';

/**
 * The pipeline over one chunk: every record serialised once and appended to the chunk's
 * JSON Lines text, every failure an error line. Shared by the in-process engine and the
 * workers.
 */
export function processChunk(units: InputUnit[], rules: Rules): ChunkOutput & { records: string } {
  let records = '';
  let recordCount = 0;
  const errors: ErrorLine[] = [];
  for (const unit of units) {
    const r = processUnit(unit, rules);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    let line: string;
    try {
      line = JSON.stringify(r.record);
    } catch (e) {
      errors.push({ source: { path: unit.path, row: unit.row, url: unit.url }, stage: 'write', message: String((e as Error)?.message ?? e) });
      continue;
    }
    records += line + '\n';
    recordCount++;
  }
  return { records, recordCount, errors };
}
