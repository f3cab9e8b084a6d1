import { useEffect } from 'react';
import { BenchOverlay, benchMode } from './bench/BenchOverlay';
import { MeetingOverlay } from './meeting/MeetingOverlay';
import { ProfileDrawer } from './profile/ProfileDrawer';
import { useNavigationRequest } from './stores';

/**
 * What the comparison feature adds to the application shell: the profile drawer and meeting mode
 * (both reachable from any area), the bridge that switches area when a view asks for a tab of the
 * territories area, and — with `?bench=grid` or `?bench=map` — the benchmark pages.
 */
export function CompareShell({ onNavigate }: { onNavigate: (area: 'territories') => void }) {
  const request = useNavigationRequest();
  useEffect(() => {
    if (request) onNavigate(request.area);
    // Only a new request navigates; the callback is a fresh closure on every render of the shell.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  const bench = benchMode();
  return (
    <>
      <ProfileDrawer />
      <MeetingOverlay />
      {bench && <BenchOverlay kind={bench} />}
    </>
  );
}
