import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../notifications/notify-error';
import type { Engine } from '../../workspace/workspace-controller';
import { useWorkspaceController } from '../../workspace/workspace-context';

/**
 * Runs one programme edit through the workspace (one undoable step); a refusal is shown translated
 * and the edit answers undefined, so a form stays open with what the planner typed. A form that
 * shows refusals at its fields passes `atField`: an error it shows there (it answers true) is not
 * notified too.
 */
export function useProgrammeEdit(): <T>(
  change: (engine: Engine) => Promise<T>,
  atField?: (error: unknown) => boolean,
) => Promise<T | undefined> {
  const { t } = useTranslation('programmes');
  const controller = useWorkspaceController();
  return useCallback(
    async <T>(change: (engine: Engine) => Promise<T>, atField?: (error: unknown) => boolean): Promise<T | undefined> => {
      try {
        return await controller.mutate(change);
      } catch (error) {
        if (!atField?.(error)) notifyError(error, (lng) => t('failed', { lng }));
        return undefined;
      }
    },
    [controller, t],
  );
}
