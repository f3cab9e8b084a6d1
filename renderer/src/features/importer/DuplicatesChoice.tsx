import { Group, SegmentedControl, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportWizard } from './use-import-wizard';

const CHOICES = ['refuse', 'sum', 'mean', 'last'] as const;

/**
 * Rows repeating a key (municipality × sector × year): refused until the planner chooses to add them
 * up, average them or keep the last; the preview then counts the rows combined (a warning).
 */
export function DuplicatesChoice({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('importer');
  const current = wizard.state.mapping?.duplicates ?? 'refuse';
  return (
    <Group gap="xs" data-testid="preview-duplicates">
      <Text size="sm">{t('preview.duplicates.label')}</Text>
      <SegmentedControl
        size="xs"
        value={current}
        disabled={wizard.state.busy !== null}
        onChange={(value) => void wizard.chooseDuplicates(value)}
        data={CHOICES.map((c) => ({ value: c, label: t(`preview.duplicates.${c}`) }))}
      />
    </Group>
  );
}
