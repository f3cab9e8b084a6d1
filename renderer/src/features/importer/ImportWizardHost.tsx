import { Suspense } from 'react';
import { lazyNamed } from '../../lib/lazy-named';
import { closeImportWizard, useWizardFile } from './import-store';
import type { WizardDestination } from './done-destination';

const WizardBody = lazyNamed(() => import('./ImportWizard'), 'WizardBody');

/**
 * The import wizard, over whatever area is open: opened by a file dropped on the window or picked
 * with Import. One file at a time; closing it closes the engine's import session. Its body (steps,
 * grids, mapping editors) is its own chunk, fetched when the first file is opened.
 */
export function ImportWizardHost({ onNavigate }: { onNavigate: (area: WizardDestination) => void }) {
  const current = useWizardFile();
  if (!current) return null;
  return (
    <Suspense fallback={<span data-testid="import-wizard-loading" hidden />}>
      <WizardBody key={current.id} file={current.file} onClose={closeImportWizard} onNavigate={onNavigate} />
    </Suspense>
  );
}
