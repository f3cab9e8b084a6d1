import { memo, useEffect } from 'react';
import { MeetingOverlay } from './meeting/MeetingOverlay';
import { ProfileDrawer } from './profile/ProfileDrawer';
import { useNavigationRequest } from './stores';

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
  return (
    <>
      <ProfileDrawer />
      <MeetingOverlay />
    </>
  );
});
