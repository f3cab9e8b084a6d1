import { useSyncExternalStore } from 'react';
import { COMPARE_MAX_SUBJECTS, type SubjectKind, type SubjectRef } from '../../../../shared/features/territories/types';

/** A tiny external store (subscribe/snapshot) for state several areas share. */
function createStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: (): T => value,
    set: (next: T): void => {
      value = next;
      for (const l of listeners) l();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The profile shown in the drawer (opened from a grid row, a map click, a comparison). */
export const profileStore = createStore<SubjectRef | null>(null);

export function openProfile(ref: SubjectRef): void {
  profileStore.set(ref);
}

export function useProfileSubject(): SubjectRef | null {
  return useSyncExternalStore(profileStore.subscribe, profileStore.get);
}

/** The subjects chosen for comparison, kept across areas (the sites grid's "Compare" fills it). */
export interface CompareSelection {
  kind: SubjectKind;
  ids: number[];
  baseline: number;
}

export const compareStore = createStore<CompareSelection>({ kind: 'site', ids: [], baseline: 0 });

export function useCompareSelection(): CompareSelection {
  return useSyncExternalStore(compareStore.subscribe, compareStore.get);
}

/** The tabs of the territories area: the catalogs, then comparison, maps and meeting mode. */
export type TerritoriesTab = 'sites' | 'indicators' | 'municipalities' | 'sets' | 'compare' | 'maps' | 'meeting';

/** A request to show a tab of the territories area (the app shell switches area, the area its tab). */
export type NavigationRequest = { area: 'territories'; tab: TerritoriesTab; at: number };
export const navigationStore = createStore<NavigationRequest | null>(null);

export function useNavigationRequest(): NavigationRequest | null {
  return useSyncExternalStore(navigationStore.subscribe, navigationStore.get);
}

export function goToTerritories(tab: TerritoriesTab): void {
  profileStore.set(null);
  navigationStore.set({ area: 'territories', tab, at: Date.now() });
}

/** Whether a selection of `count` subjects can be compared (two at least, as many as a comparison takes). */
export function canCompare(count: number): boolean {
  return count >= 2 && count <= COMPARE_MAX_SUBJECTS;
}

export function goToCompare(kind: SubjectKind, ids: number[]): void {
  if (ids.length > 0) compareStore.set({ kind, ids: ids.slice(0, COMPARE_MAX_SUBJECTS), baseline: 0 });
  goToTerritories('compare');
}

/** The site whose survey the Indicators tab should open on. */
export const surveySubjectStore = createStore<number | null>(null);

/** Opens the Indicators tab on a district's survey values ("Enter the survey" wherever a survey is missing). */
export function goToSurvey(siteId: number): void {
  surveySubjectStore.set(siteId);
  goToTerritories('indicators');
}
