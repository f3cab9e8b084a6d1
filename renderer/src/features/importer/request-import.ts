import i18next from 'i18next';
import { notify } from '../../notifications/store';
import { pickImportFile } from './file-kinds';
import { openImportWizard } from './import-store';

const texts = () => i18next.getFixedT(null, 'importer');

/** A file the user picked with Import: the wizard opens on it (the engine judges what it is). */
export function requestImport(file: File): void {
  if (!openImportWizard(file)) {
    const t = texts();
    notify({ kind: 'info', title: t('drop.busyTitle'), message: t('drop.busy', { file: file.name }) });
  }
}

/**
 * Files dropped on the window: the first spreadsheet or text table goes to the wizard; anything
 * else (a workspace, a document) is named and left alone, with where it belongs instead.
 */
export function requestDroppedImport(files: readonly File[]): void {
  const t = texts();
  const { file, ignored } = pickImportFile(files);
  if (!file) {
    notify({ kind: 'info', title: t('drop.unsupportedTitle'), message: t('drop.unsupported', { files: ignored.join(', ') }) });
    return;
  }
  if (!openImportWizard(file)) {
    notify({ kind: 'info', title: t('drop.busyTitle'), message: t('drop.busy', { file: file.name }) });
    return;
  }
  if (ignored.length > 0)
    notify({ kind: 'info', title: t('drop.ignoredTitle'), message: t('drop.ignored', { files: ignored.join(', ') }) });
}
