/**
 * A small notification queue (the UI kit's notifications package is not a dependency). A module
 * store rather than React state so that non-component code — the workspace controller, grid
 * callbacks — can report errors.
 */
export type NotificationKind = 'error' | 'success' | 'info';

export interface AppNotification {
  id: number;
  kind: NotificationKind;
  title: string;
  message: string;
  /** Secondary text: the engine's own message, the location in the file. */
  details: string[];
  /** A button beside the message ("Mostrar"): what the user may do about it. */
  action?: { label: string; testId: string; run: () => void };
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

/** Adds a notification; successes and infos go away by themselves, errors stay until closed. */
export function notify(input: Omit<AppNotification, 'id' | 'details'> & { details?: string[] }): number {
  const id = nextId++;
  // Keep the stack short: the newest five are enough to read, older ones are stale.
  items = [...items, { ...input, id, details: input.details ?? [] }].slice(-5);
  emit();
  if (input.kind !== 'error') window.setTimeout(() => dismissNotification(id), 4_000);
  return id;
}
