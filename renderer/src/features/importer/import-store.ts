import { useSyncExternalStore } from 'react';

/** The file the import wizard works on, whichever way it came (window drop, the Import button). */
export interface WizardFile {
  id: number;
  file: File;
}

let current: WizardFile | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Opens the wizard on a file; false when a wizard is already open (one import at a time). */
export function openImportWizard(file: File): boolean {
  if (current) return false;
  current = { id: nextId++, file };
  emit();
  return true;
}

export function closeImportWizard(): void {
  current = null;
  emit();
}

export function useWizardFile(): WizardFile | null {
  return useSyncExternalStore(subscribe, () => current);
}

export function isImportWizardOpen(): boolean {
  return current !== null;
}
