import { useEffect, useState } from 'react';
import type { ShippedFirstScreen } from '../../../shared/features/workspace/first-screen';
import type { Seed } from './use-engine-data';
import { useWorkspace, useWorkspaceController } from './workspace-context';

/**
 * The first screen as a seed for the dashboard's summary (useEngineData) while the workspace is the
 * shipped demo as shipped, including while it still opens at first start: the dashboard is drawn
 * then, not after the engine is ready and has answered (issue 16). Null otherwise.
 */
export function useShippedFirstScreen(): Seed<ShippedFirstScreen> | null {
  const workspace = useWorkspace();
  const pending = useWorkspaceController().shippedFirstScreen(workspace);
  const [arrived, setArrived] = useState<{ from: Promise<ShippedFirstScreen | null>; screen: ShippedFirstScreen | null } | null>(null);
  useEffect(() => {
    if (!pending) return;
    let current = true;
    void pending.then((screen) => current && setArrived({ from: pending, screen }));
    return () => {
      current = false;
    };
  }, [pending]);
  const screen = pending && arrived?.from === pending ? arrived.screen : null;
  return screen ? { data: screen, version: workspace.dataVersion } : null;
}
