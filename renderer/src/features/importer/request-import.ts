import i18next from 'i18next';
import { notify } from '../../notifications/store';
import { pickImportFile } from './file-kinds';
import { openImportWizard } from './import-store';

/** The importer's texts in a language: a note is worded at each render, in the language then in use. */
const texts = (lng: string) => i18next.getFixedT(lng, 'importer');

/** A file the user picked with Import: the wizard opens on it (the engine judges what it is). */
export function requestImport(file: File): void {
  if (!openImportWizard(file)) {
    notify({ kind: 'info', title: (lng) => texts(lng)('drop.busyTitle'), message: (lng) => texts(lng)('drop.busy', { file: file.name }) });
  }
}

/**
 * Files dropped on the window: the first spreadsheet or text table goes to the wizard; anything
 * else (a workspace, a document) is named and left alone, with where it belongs instead.
 */
export function requestDroppedImport(files: readonly File[]): void {
  const { file, ignored } = pickImportFile(files);
  const names = ignored.join(', ');
  if (!file) {
    notify({
      kind: 'info',
      title: (lng) => texts(lng)('drop.unsupportedTitle'),
      message: (lng) => texts(lng)('drop.unsupported', { files: names }),
    });
    return;
  }
  if (!openImportWizard(file)) {
    notify({ kind: 'info', title: (lng) => texts(lng)('drop.busyTitle'), message: (lng) => texts(lng)('drop.busy', { file: file.name }) });
    return;
  }
  if (ignored.length > 0)
    notify({
      kind: 'info',
      title: (lng) => texts(lng)('drop.ignoredTitle'),
      message: (lng) => texts(lng)('drop.ignored', { files: names }),
    });
}
