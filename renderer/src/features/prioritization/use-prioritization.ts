import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';

/** The prioritization texts, the shared texts and the UI language, in one call. */
export function usePrioritization() {
  const { t } = useTranslation('prioritization');
  const { t: common, locale } = useLocale();
  return { t, common, locale };
}
