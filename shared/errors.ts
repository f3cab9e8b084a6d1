/** Where in an input file a problem was found; every field is optional. */
export interface ErrorLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

export type ErrorCode =
  | 'EMPTY_FILE'
  | 'NOT_SQLITE'
  | 'NOT_A_WORKSPACE'
  | 'CORRUPT_WORKSPACE'
  | 'NEWER_SCHEMA'
  | 'MIGRATION_FAILED'
  | 'NO_WORKSPACE'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONSTRAINT'
  | 'BAD_SOURCE_FILE'
  | 'NOTHING_TO_UNDO'
  | 'FILE_ACCESS'
  | 'WORKSPACE_LOCKED'
  | 'WORKSPACE_CHANGED'
  | 'INTERNAL';

/**
 * An error the user can act on: a stable code (the UI translates it), an English message for the
 * CLI and logs, and where it happened.
 */
export class ArranjoError extends Error {
  override readonly name = 'ArranjoError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly location: ErrorLocation = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/**
 * What to do about a workspace that cannot be opened (CORRUPT_WORKSPACE), as the engine's English
 * message ends. Conditional: the desktop keeps a `.bak` beside a file it saved, but a file received by
 * e-mail or copied from elsewhere has none, and the browser's store keeps none (its UI drops this).
 */
export const BACKUP_ADVICE =
  'If there is a backup (.bak) beside it, open that; otherwise get the file again (from whoever sent it, or an earlier copy).';

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  location: ErrorLocation;
  params: Record<string, string | number>;
}

export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof ArranjoError) {
    return { code: error.code, message: error.message, location: error.location, params: error.params };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message, location: {}, params: {} };
}

export function fromErrorPayload(payload: ErrorPayload): ArranjoError {
  return new ArranjoError(payload.code, payload.message, payload.location, payload.params);
}

/** "file.csv, sheet Plan1, row 12, column Ano: " — the prefix of a located message. */
export function describeLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file) parts.push(location.file);
  if (location.sheet) parts.push(`sheet ${location.sheet}`);
  if (location.row !== undefined) parts.push(`row ${location.row}`);
  if (location.column) parts.push(`column ${location.column}`);
  return parts.join(', ');
}

/** The values an error carries for the UI: strings and numbers only, so they cross the worker boundary. */
export type ErrorParams = Record<string, string | number>;

/** A refusal with no values besides its reason. */
export type NoValues = Record<never, never>;

/**
 * A refusal vocabulary: every reason `R` with the values its texts need. Listing a reason without
 * values, or a value that is not a string or number, fails the type check.
 */
export type RefusalVocabulary<R extends string, V extends Record<R, ErrorParams>> = V;

/**
 * One refusal as its `params`: `{ reason, ...values }`. A union over the reasons, so a `switch` on
 * `reason` narrows the values (and an exhaustive switch fails the type check when a reason is added).
 */
export type Refusal<R extends string, V extends Record<R, ErrorParams>> = { [K in R]: { reason: K } & V[K] }[R];

/**
 * The refusal named by `params.reason` when it is one of `reasons`, else null. Params come from the
 * engine, which builds them from the same vocabulary, so the values are trusted to match the reason.
 */
export function readRefusal<R extends string, V extends Record<R, ErrorParams>>(
  params: Readonly<Record<string, string | number>> | undefined,
  reasons: readonly R[],
): Refusal<R, V> | null {
  const reason = params?.reason;
  if (typeof reason !== 'string' || !(reasons as readonly string[]).includes(reason)) return null;
  return params as unknown as Refusal<R, V>;
}
