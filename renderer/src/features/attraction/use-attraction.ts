import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { notifyError } from '../../notifications/notify-error';
import type { Engine } from '../../workspace/workspace-controller';
import { useWorkspaceController } from '../../workspace/workspace-context';

/** The attraction texts, the UI language, and `act`: an engine edit that refreshes the views (undoable). */
export function useAttraction() {
  const { t } = useTranslation('attraction');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const act = async <T,>(work: (engine: Engine) => Promise<T>): Promise<T | undefined> => {
    try {
      return await controller.mutate(work);
    } catch (error) {
      notifyError(error, (lng) => t('failed', { lng }));
      return undefined;
    }
  };
  return { t, locale, act };
}
