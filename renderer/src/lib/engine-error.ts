import type { ErrorCode, ErrorLocation } from '../../../shared/errors';

/**
 * What the UI needs of an engine error. Errors cross the worker boundary as structured clones, so
 * instead of `instanceof ArranjoError` the UI checks the shape.
 */
export interface EngineErrorLike {
  code: ErrorCode;
  message: string;
  location: ErrorLocation;
  params: Record<string, string | number>;
}

// A record, not a list: adding an ErrorCode in shared/errors.ts fails the type check here until the
// UI knows it (and the typed translation keys then ask for its texts).
const CODES: Record<ErrorCode, true> = {
  EMPTY_FILE: true,
  NOT_SQLITE: true,
  NOT_A_WORKSPACE: true,
  CORRUPT_WORKSPACE: true,
  NEWER_SCHEMA: true,
  MIGRATION_FAILED: true,
  NO_WORKSPACE: true,
  INVALID_INPUT: true,
  NOT_FOUND: true,
  CONSTRAINT: true,
  BAD_SOURCE_FILE: true,
  NOTHING_TO_UNDO: true,
  FILE_ACCESS: true,
  WORKSPACE_LOCKED: true,
  WORKSPACE_CHANGED: true,
  INTERNAL: true,
};
const KNOWN_CODES: ReadonlySet<string> = new Set(Object.keys(CODES));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Normalizes anything thrown (engine error, platform error payload, plain Error) to one shape. */
export function toEngineError(error: unknown): EngineErrorLike {
  if (isRecord(error)) {
    const code = typeof error.code === 'string' && KNOWN_CODES.has(error.code) ? (error.code as ErrorCode) : 'INTERNAL';
    const message = typeof error.message === 'string' ? error.message : 'Unknown error';
    const location = isRecord(error.location) ? (error.location as ErrorLocation) : {};
    const params = isRecord(error.params) ? (error.params as Record<string, string | number>) : {};
    return { code, message, location, params };
  }
  return { code: 'INTERNAL', message: typeof error === 'string' ? error : 'Unknown error', location: {}, params: {} };
}
