import { loadRules } from '../rules/index.js';
import { walkPaths, readUnits } from '../input/walk.js';
import { processUnit } from '../pipeline.js';
import { JsonlWriter } from '../write/jsonl.js';
import type { InputUnit } from '../types.js';

export interface ExtractOptions {
  output?: string;
  errors?: string;
  rules?: string;
  quiet?: boolean;
}

/** Yield every unit of every input path. "-" reads a list of paths? No: "-" reads one document from stdin. */
export async function* unitsFrom(paths: string[]): AsyncGenerator<InputUnit> {
  for await (const { path } of walkPaths(paths)) {
    if (path === '-') {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      const bytes = Buffer.concat(chunks);
      const head = bytes.subarray(0, 512).toString('latin1').toLowerCase();
      yield { path: '-', row: null, url: null, kind: head.includes('<html') || head.includes('<!doctype') ? 'html' : 'text', bytes };
      continue;
    }
    yield* readUnits(path);
  }
}

// SCAFFOLD: sequential batch. The batch owner adds workers, streaming order and progress.
export async function runExtract(paths: string[], opts: ExtractOptions): Promise<number> {
  const t0 = performance.now();
  const rules = loadRules(opts.rules);
  const out = new JsonlWriter(opts.output);
  const errs = opts.errors ? new JsonlWriter(opts.errors) : null;
  let inputs = 0;
  let errors = 0;
  for await (const unit of unitsFrom(paths)) {
    inputs++;
    const r = processUnit(unit, rules);
    if (r.ok) await out.write(r.record);
    else {
      errors++;
      if (errs) await errs.write(r.error);
      else process.stderr.write(JSON.stringify(r.error) + '\n');
    }
  }
  await out.close();
  await errs?.close();
  const secs = (performance.now() - t0) / 1000;
  process.stderr.write(
    `bantin: ${inputs} articles read, ${out.count} records written, ${errors} errors, ${secs.toFixed(2)} s, ${(inputs / Math.max(secs, 1e-9)).toFixed(1)} docs/s\n`,
  );
  return 0;
}
