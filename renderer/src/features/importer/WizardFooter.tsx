import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { mappingProblems } from './mapping-edit';
import { pendingTerritories } from './resolutions';
import type { ImportWizard as Wizard, WizardStep } from './use-import-wizard';
import { countContext } from './count-noun';

/** The wizard's bottom bar: cancel and back on the left, the step's way forward on the right. */
export function WizardFooter({ wizard, onClose, onSaveTemplate }: { wizard: Wizard; onClose: () => void; onSaveTemplate: () => void }) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const s = wizard.state;
  const busy = s.busy !== null;
  const back = (step: WizardStep) => (
    <Button variant="default" onClick={() => wizard.goTo(step)} disabled={busy} data-testid="import-back">
      {t('wizard.back')}
    </Button>
  );
  const cancel = (
    <Button variant="subtle" color="gray" onClick={onClose} disabled={s.busy?.kind === 'commit'} data-testid="import-close">
      {t('wizard.cancel')}
    </Button>
  );
  let left = cancel;
  let right: ReactNode = null;
  switch (s.step) {
    case 'sheet':
      right = (
        <Button onClick={() => void wizard.toLayout()} disabled={busy || !s.sheet} data-testid="import-next">
          {t('wizard.toLayout')}
        </Button>
      );
      break;
    case 'layout':
      left = (
        <Group gap="xs">
          {cancel}
          {back('sheet')}
        </Group>
      );
      right = (
        <Button
          onClick={() => void wizard.toMapping()}
          disabled={busy || s.layout === null || s.layoutError !== null}
          data-testid="import-next"
        >
          {t('wizard.toMapping')}
        </Button>
      );
      break;
    case 'mapping': {
      const problems = s.mapping ? mappingProblems(s.mapping, s.layout).length : 1;
      left = (
        <Group gap="xs">
          {cancel}
          {back('layout')}
        </Group>
      );
      right = (
        <Group gap="xs">
          <Button variant="default" onClick={onSaveTemplate} disabled={busy || !s.mapping} data-testid="import-save-template">
            {t('wizard.saveTemplate')}
          </Button>
          <Button onClick={() => void wizard.check()} disabled={busy || problems > 0} data-testid="import-check">
            {t('wizard.check')}
          </Button>
        </Group>
      );
      break;
    }
    case 'territories': {
      const pending = pendingTerritories(s.territories, s.resolutions).length;
      left = (
        <Group gap="xs">
          {cancel}
          {back('mapping')}
        </Group>
      );
      right = (
        <Button onClick={() => void wizard.check()} disabled={busy || pending > 0} data-testid="import-apply-territories">
          {pending > 0 ? t('wizard.resolveFirst', { count: pending }) : t('wizard.applyTerritories')}
        </Button>
      );
      break;
    }
    case 'preview': {
      const p = s.preview;
      const ready = p !== null && p.canCommit && wizard.previewCurrent;
      left = (
        <Group gap="xs">
          {cancel}
          {back(s.territories.length > 0 ? 'territories' : 'mapping')}
        </Group>
      );
      right = (
        <Button color="teal" onClick={() => void wizard.commit()} disabled={busy || !ready} data-testid="import-commit">
          {p
            ? t('wizard.commit', {
                count: p.counts.imported + p.counts.updated,
                values: formatInteger(p.counts.imported + p.counts.updated, locale),
                ...countContext(p.target),
              })
            : t('wizard.check')}
        </Button>
      );
      break;
    }
    case 'done':
      return null;
  }
  return (
    <Group justify="space-between" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      {left}
      {right}
    </Group>
  );
}
