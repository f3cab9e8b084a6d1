import type { z } from 'zod';
import { ArranjoError } from '../errors';

/**
 * Checks an input that crossed a boundary (worker RPC, IPC, CLI). The error names the field, so
 * a grid can show it at the cell.
 */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || what;
  throw new ArranjoError('INVALID_INPUT', `${field}: ${issue?.message ?? 'invalid value'}`, { column: field }, { field });
}
