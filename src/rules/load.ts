import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** The rules/ folder shipped with the package (…/rules next to dist/ or src/). */
export function defaultRulesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return resolve(here, '..', '..', 'rules');
}

export class RulesError extends Error {}

/**
 * Read one JSON rules file and validate it with its zod schema. A file that does not
 * parse or does not fit the schema stops the program with a message naming the file
 * and the offending path, so a user extending rules/ sees what to fix.
 */
export function readRuleFile<S extends z.ZodType>(dir: string, name: string, schema: S): z.output<S> {
  const path = join(dir, name);
  if (!existsSync(path)) throw new RulesError(`rules file missing: ${path}`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new RulesError(`rules file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new RulesError(`rules file ${path} does not fit its schema: ${issues}`);
  }
  return parsed.data;
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
