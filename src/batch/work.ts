import type { InputUnit } from '../types.js';
import type { Rules } from '../rules/index.js';
import { processUnit } from '../pipeline.js';
import type { WorkResult } from './types.js';

/** processUnit, then the record serialised once. Shared by the in-process engine and the workers. */
export function processToResult(unit: InputUnit, rules: Rules): WorkResult {
  const r = processUnit(unit, rules);
  if (!r.ok) return r;
  try {
    return { ok: true, line: JSON.stringify(r.record) };
  } catch (e) {
    return { ok: false, error: { source: { path: unit.path, row: unit.row, url: unit.url }, stage: 'write', message: String((e as Error)?.message ?? e) } };
  }
}

export function processChunk(units: InputUnit[], rules: Rules): WorkResult[] {
  const out: WorkResult[] = new Array(units.length);
  for (let i = 0; i < units.length; i++) out[i] = processToResult(units[i]!, rules);
  return out;
}
