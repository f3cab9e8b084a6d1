import { Alert, Box, Button, Center, FileButton, Group, Loader, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { BusyBar } from './BusyBar';
import { DoneStep } from './DoneStep';
import type { WizardDestination } from './done-destination';
import { IMPORT_ACCEPT } from './file-kinds';
import { closeImportWizard, openImportWizard } from './import-store';
import { ImportErrorAlert } from './ImportErrorAlert';
import { LayoutStep } from './LayoutStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { SaveTemplateModal } from './SaveTemplateModal';
import { SheetStep } from './SheetStep';
import { TerritoryStep } from './TerritoryStep';
import { useImportWizard, type ImportWizard as Wizard, type WizardStep } from './use-import-wizard';
import { WizardFooter } from './WizardFooter';
import './importer.css';

const STEPPER: readonly Exclude<WizardStep, 'done'>[] = ['sheet', 'layout', 'mapping', 'territories', 'preview'];

/** Which steps the user may jump back (or forward) to: those whose data exists. */
function reachable(wizard: Wizard, step: WizardStep): boolean {
  const s = wizard.state;
  if (s.result || s.busy) return false;
  switch (step) {
    case 'sheet':
      return true;
    case 'layout':
      return s.layout !== null || s.layoutError !== null;
    case 'mapping':
      return s.mapping !== null;
    case 'territories':
      return s.territories.length > 0;
    case 'preview':
      return s.preview !== null;
    default:
      return false;
  }
}

/** The wizard's steps for one file: loaded on first use by ImportWizardHost (its own chunk). */
export function WizardBody({
  file,
  onClose,
  onNavigate,
}: {
  file: File;
  onClose: () => void;
  onNavigate: (area: WizardDestination) => void;
}) {
  const { t } = useTranslation('importer');
  const wizard = useImportWizard(file);
  const s = wizard.state;
  const [confirmClose, setConfirmClose] = useState(false);
  const [saving, setSaving] = useState(false);
  const another = (next: File) => {
    closeImportWizard();
    openImportWizard(next);
  };
  // Closing loses the choices made, never data (nothing is written before Import).
  const requestClose = () => {
    if (s.busy?.kind === 'commit') return;
    if (s.step === 'sheet' || s.step === 'done' || s.opened === null) onClose();
    else setConfirmClose(true);
  };
  const active = s.step === 'done' ? STEPPER.length : STEPPER.indexOf(s.step);

  const title = (
    <Group gap="xs">
      <Text fw={700}>{t('wizard.title')}</Text>
      <Text c="dimmed" size="sm" data-testid="import-wizard-file">
        {file.name}
      </Text>
    </Group>
  );

  return (
    <Modal
      opened
      onClose={requestClose}
      fullScreen
      title={title}
      transitionProps={{ duration: 0 }}
      closeOnEscape={s.busy === null}
      data-testid="import-wizard"
      styles={{ body: { height: 'calc(100vh - 60px)', display: 'flex', flexDirection: 'column', gap: 'var(--mantine-spacing-sm)' } }}
    >
      {s.openError !== null ? (
        <Stack gap="md" maw={860} data-testid="import-refused">
          <ImportErrorAlert error={s.openError} testId="import-open-error">
            <Group gap="xs">
              <FileButton onChange={(f) => f && another(f)} accept={IMPORT_ACCEPT}>
                {(props) => (
                  <Button size="xs" {...props} data-testid="import-choose-another">
                    {t('wizard.chooseAnother')}
                  </Button>
                )}
              </FileButton>
              <Button size="xs" variant="default" onClick={onClose} data-testid="import-refused-close">
                {t('wizard.close')}
              </Button>
            </Group>
          </ImportErrorAlert>
        </Stack>
      ) : s.opened === null ? (
        <Center style={{ flex: 1 }}>
          <Stack align="center" gap="xs">
            <Loader size="sm" />
            <Text size="sm" c="dimmed" data-testid="import-opening">
              {t('wizard.opening', { file: file.name })}
            </Text>
          </Stack>
        </Center>
      ) : (
        <>
          <Stepper
            active={active}
            onStepClick={(index) => {
              const step = STEPPER[index];
              if (step && reachable(wizard, step)) wizard.goTo(step);
            }}
            size="xs"
            allowNextStepsSelect
            data-testid="import-stepper"
            data-step={s.step}
          >
            {STEPPER.map((step) => (
              <Stepper.Step
                key={step}
                label={t(`steps.${step}.label`)}
                description={
                  step === 'territories' && s.preview && s.territories.length === 0
                    ? t('steps.territories.none')
                    : t(`steps.${step}.description`)
                }
                data-testid={`import-stepper-${step}`}
              />
            ))}
          </Stepper>
          <BusyBar busy={s.busy} onCancel={wizard.cancel} />
          {s.previewError !== null && s.busy === null && <ImportErrorAlert error={s.previewError} testId="preview-error" />}
          {s.cancelled && s.busy === null && (
            <Alert color="gray" py={6} data-testid="import-cancelled">
              {t('preview.cancelled')}
            </Alert>
          )}
          {/* While the whole file is read or written, the choices it is read with stay as they are. */}
          <Box
            component="fieldset"
            disabled={s.busy !== null && s.busy.kind !== 'open'}
            style={{ flex: 1, minHeight: 0, overflow: 'auto', border: 0, padding: 0, margin: 0, minWidth: 0 }}
            data-testid="import-step"
            data-step={s.step}
            data-busy={s.busy?.kind ?? ''}
          >
            {s.step === 'sheet' && <SheetStep wizard={wizard} fileSize={file.size} />}
            {s.step === 'layout' && <LayoutStep key={s.sheet} wizard={wizard} />}
            {s.step === 'mapping' && <MappingStep wizard={wizard} />}
            {s.step === 'territories' && <TerritoryStep wizard={wizard} />}
            {s.step === 'preview' && <PreviewStep wizard={wizard} />}
            {s.step === 'done' && (
              <DoneStep
                wizard={wizard}
                onShow={(area) => {
                  onClose();
                  onNavigate(area);
                }}
                onHistory={() => {
                  onClose();
                  onNavigate('import-export');
                }}
                onAnother={another}
                onClose={onClose}
              />
            )}
          </Box>
          <WizardFooter wizard={wizard} onClose={requestClose} onSaveTemplate={() => setSaving(true)} />
        </>
      )}
      <ConfirmModal
        opened={confirmClose}
        title={t('wizard.closeTitle')}
        message={t('wizard.closeMessage')}
        confirmLabel={t('wizard.closeConfirm')}
        onConfirm={() => {
          setConfirmClose(false);
          onClose();
        }}
        onCancel={() => setConfirmClose(false)}
        testId="import-close-confirm"
      />
      {saving && (
        <SaveTemplateModal
          opened
          defaultLabel={file.name.replace(/\.[^.]+$/, '')}
          onSave={(id, label) => wizard.saveTemplate(id, label)}
          onClose={() => setSaving(false)}
        />
      )}
    </Modal>
  );
}
