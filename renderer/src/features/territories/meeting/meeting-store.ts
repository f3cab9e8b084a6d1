import { useSyncExternalStore } from 'react';

/** The meeting sequence being presented and the view on screen, or null when none is. */
export interface MeetingState {
  sequenceId: number;
  index: number;
}

let state: MeetingState | null = null;
const listeners = new Set<() => void>();

export const meetingStore = {
  get: (): MeetingState | null => state,
  set: (next: MeetingState | null): void => {
    state = next;
    for (const l of listeners) l();
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function presentSequence(sequenceId: number, index = 0): void {
  meetingStore.set({ sequenceId, index });
}

export function useMeetingState(): MeetingState | null {
  return useSyncExternalStore(meetingStore.subscribe, meetingStore.get);
}

/** The next index when stepping with the keyboard, kept within the sequence. */
export function stepIndex(index: number, count: number, key: string): number | null {
  if (count <= 0) return null;
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'ArrowDown') return Math.min(count - 1, index + 1);
  if (key === 'ArrowLeft' || key === 'PageUp' || key === 'ArrowUp') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
