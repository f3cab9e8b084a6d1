import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_ACCEPT } from './file-kinds';

/** Where to start an import: pick a file, or drop one anywhere on the window (the app shell takes the drop). */
export function FileDropZone({ onFile }: { onFile: (file: File) => void }) {
  const { t } = useTranslation('importer');
  return (
    <div className="importer-dropzone" data-testid="import-dropzone">
      <Group justify="space-between" p="md" wrap="nowrap" gap="lg" preventGrowOverflow={false}>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Text fw={600} size="sm">
            {t('area.dropTitle')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('area.dropHint')}
          </Text>
        </Stack>
        <FileButton onChange={(file) => file && onFile(file)} accept={IMPORT_ACCEPT}>
          {(props) => (
            <Button {...props} data-testid="import-button" style={{ flexShrink: 0 }}>
              {t('area.importButton')}
            </Button>
          )}
        </FileButton>
      </Group>
    </div>
  );
}
