import i18next, { type TFunction } from 'i18next';
import type { UndoneChange } from '../../../shared/features/workspace';
import type { AppNotification } from '../notifications/store';
import { requestArea } from './request-area';

/**
 * What an undo (or redo) changed back, in words: "Lotes (total) de Distrito Industrial de Betim",
 * or, for a change that names no record, the area it happened in ("uma alteração em Priorização").
 */
export function undoneText(u: UndoneChange, t: TFunction): string {
  const areaName = t(`areas.${u.area}`, { defaultValue: u.area });
  const fields = u.label.startsWith('site.') ? u.fields.map((f) => t(`sites.fields.${f}`, { defaultValue: f })) : u.fields;
  if (u.target && fields.length > 0) return t('workspace.undoneFields', { fields: fields.join(', '), target: u.target, area: areaName });
  if (u.target) return t('workspace.undoneTarget', { target: u.target, area: areaName });
  return t('workspace.undoneArea', { area: areaName });
}

/**
 * The note an undo (or redo) leaves: what it changed back, and a button showing it in its area. Worded
 * at each render in the language then in use, as errors are: switched meanwhile, the note read
 * "Desfeito … (Programas)" in the English UI.
 */
export function undoneNotification(
  undone: UndoneChange,
  title: 'workspace.undone' | 'workspace.redone',
): Pick<AppNotification, 'kind' | 'title' | 'message' | 'action'> {
  return {
    kind: 'info',
    title: (lng) => i18next.t(title, { lng }),
    message: (lng) => undoneText(undone, i18next.getFixedT(lng)),
    action: { label: (lng) => i18next.t('workspace.showUndone', { lng }), testId: 'undone-show', run: () => requestArea(undone.area) },
  };
}
