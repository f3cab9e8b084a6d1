/**
 * A small notification queue (the UI kit's notifications package is not a dependency). A module
 * store rather than React state so that non-component code — the workspace controller, grid
 * callbacks — can report errors.
 */
export type NotificationKind = 'error' | 'success' | 'info';

/**
 * Words of a notification: a function of the language, worded again at each render in the language
 * then in use. A planner who switches the language while a note shows (a success's 4 s, an error
 * until closed) reads it in the new one. A plain string is not taken: a text translated once, when
 * the note was made, stayed in the old language. A component's `t` is fixed to the language it was
 * rendered in, so the function passes the one it gets on: `(lng) => t('key', { lng })`; words that
 * are the planner's own data (a name, a file) do not depend on it: `() => saved.name`.
 */
export type NotificationText = (lng: string) => string;

export interface AppNotification {
  id: number;
  kind: NotificationKind;
  title: NotificationText;
  message: NotificationText;
  /** Secondary text: the engine's own message, the location in the file. */
  details: readonly string[] | ((lng: string) => readonly string[]);
  /** A button beside the message ("Mostrar"): what the user may do about it. */
  action?: { label: NotificationText; testId: string; run: () => void };
  /**
   * A refused value the planner is asked to correct: once an edit saves (the correction, or any
   * later change) or the planner goes to another area, the refusal is stale and goes away by itself
   * (`settleRefusals`).
   */
  refusal?: boolean;
  /** Stays until closed, as an error does: what the planner must read to act on (values a merge left out). */
  sticky?: boolean;
}

let nextId = 1;
let items: readonly AppNotification[] = [];
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function subscribeNotifications(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getNotifications(): readonly AppNotification[] {
  return items;
}

export function dismissNotification(id: number): void {
  items = items.filter((n) => n.id !== id);
  emit();
}

/** Takes away the refusals of edits (see `AppNotification.refusal`): called when an edit saves and when the area changes. */
export function settleRefusals(): void {
  if (!items.some((n) => n.refusal)) return;
  items = items.filter((n) => !n.refusal);
  emit();
}

/** Adds a notification; successes and infos go away by themselves, errors (and sticky ones) stay until closed. */
export function notify(input: Omit<AppNotification, 'id' | 'details'> & { details?: AppNotification['details'] }): number {
  const id = nextId++;
  // Keep the stack short: the newest five are enough to read, older ones are stale.
  items = [...items, { ...input, id, details: input.details ?? [] }].slice(-5);
  emit();
  if (input.kind !== 'error' && input.sticky !== true) window.setTimeout(() => dismissNotification(id), 4_000);
  return id;
}
