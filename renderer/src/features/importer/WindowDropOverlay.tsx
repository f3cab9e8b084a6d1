import './importer.css';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown while files are dragged over the window: where they will go. */
export function WindowDropOverlay({ visible }: { visible: boolean }) {
  const { t } = useTranslation('importer');
  if (!visible) return null;
  return (
    <div className="importer-drop-overlay" data-testid="import-drop-overlay" aria-hidden>
      <Paper className="importer-drop-card" p="xl" radius="md" shadow="md">
        <Stack gap={4} align="center">
          <Text fw={700} size="lg">
            {t('drop.overlay')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('drop.overlayHint')}
          </Text>
        </Stack>
      </Paper>
    </div>
  );
}
