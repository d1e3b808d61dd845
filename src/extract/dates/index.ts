import type { ParsedDoc } from '../../types.js';
import type { Rules } from '../../rules/index.js';
import type { Published, EventDate } from '../../record/schema.js';
import type { StructureFields } from '../structure/index.js';

export interface DateFields {
  published: Published | null;
  event: EventDate | null;
  warnings: string[];
}

// PLACEHOLDER (scaffold): owner replaces.
export function extractDates(_doc: ParsedDoc, _fields: StructureFields, _rules: Rules): DateFields {
  return { published: null, event: null, warnings: [] };
}
