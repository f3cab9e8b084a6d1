import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { importMappingSchema } from '../../../shared/import/mapping/mapping-schema';
import { parseInput } from '../../../shared/rpc/validate';
import { refusal } from '../../support/refusal';

describe('parseInput says what was given, not only what was expected', () => {
  it('tells a value of the wrong kind from a missing one', () => {
    const schema = z.object({ column: z.number(), name: z.string() });
    // A mapping file's "column": "x" was refused as "column: is required".
    expect(refusal(() => parseInput(schema, { column: 'x', name: 'a' }, 'mapping')).message).toBe(
      'column: must be a number, not the text "x"',
    );
    expect(refusal(() => parseInput(schema, { name: 'a' }, 'mapping')).message).toBe('column: is required');
    expect(refusal(() => parseInput(schema, { column: 1, name: [1] }, 'mapping')).message).toBe('name: must be text, not a list');
  });

  it('in a mapping file the CLI reads', () => {
    const bad = { target: 'works', columns: [{ column: 'B', role: { role: 'work-field', field: 'title' } }] };
    expect(refusal(() => parseInput(importMappingSchema, bad, 'mapping')).message).toBe(
      'columns.0.column: must be a number, not the text "B"',
    );
  });
});
