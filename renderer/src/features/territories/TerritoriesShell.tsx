import { memo, Suspense, useEffect, useState, useSyncExternalStore } from 'react';
import { presentation } from '../../components/presentation-store';
import { lazyNamed } from '../../lib/lazy-named';
import { useMeetingState } from './meeting/meeting-store';
import { useNavigationRequest, useProfileSubject } from './stores';

// Their own chunks (issue 16): on the first screen's path they were ~40% of its modules' evaluation
// (meeting mode's slides pull in every area's meeting chart), and drew nothing there. Fetched by the
// idle preload (preloadTerritoriesShell), or when first asked if sooner.
const ProfileDrawer = lazyNamed(() => import('./profile/ProfileDrawer'), 'ProfileDrawer');
const MeetingOverlay = lazyNamed(() => import('./meeting/MeetingOverlay'), 'MeetingOverlay');

/** Fetches the profile drawer's and meeting mode's code ahead of their first use. */
export function preloadTerritoriesShell(): Promise<unknown> {
  return Promise.all([ProfileDrawer.preload(), MeetingOverlay.preload()]);
}

/** True from the first time `asked` is true on: the part is mounted then, and stays (its closing transition, its state). */
function useAskedOnce(asked: boolean): boolean {
  const [once, setOnce] = useState(asked);
  if (asked && !once) setOnce(true);
  return once || asked;
}

/**
 * What the territories area adds to the application shell: the profile drawer and meeting mode
 * (both reachable from any area), the bridge that switches area when a view asks for a tab of the
 * territories area. (The benchmark pages live in the dev-only entry `renderer/bench.html`.)
 */
export const TerritoriesShell = memo(function TerritoriesShell({ onNavigate }: { onNavigate: (area: 'territories') => void }) {
  const request = useNavigationRequest();
  useEffect(() => {
    if (request) onNavigate(request.area);
    // Only a new request navigates, not a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  const profile = useAskedOnce(useProfileSubject() !== null);
  const single = useSyncExternalStore(presentation.subscribe, presentation.snapshot);
  const sequence = useMeetingState();
  const meeting = useAskedOnce(single !== null || sequence !== null);
  // Each in a boundary of its own: while its code loads nothing shows, and the page under it stays.
  return (
    <>
      <Suspense fallback={null}>{profile && <ProfileDrawer />}</Suspense>
      <Suspense fallback={null}>{meeting && <MeetingOverlay />}</Suspense>
    </>
  );
});
