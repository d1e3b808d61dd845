import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** ../shared (gold + corpus) when it sits beside the project; tests that need it skip cleanly otherwise. */
export const SHARED = resolve(__dirname, '..', '..', 'shared');
export const HAS_SHARED = existsSync(resolve(SHARED, 'SPEC.md'));
export const FIXTURES = resolve(__dirname, '..', 'fixtures');
