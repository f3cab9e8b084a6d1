import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled, bordered panel with controls on the right of its title and a dimmed note under it: the
 * dashboard's panels, the prioritization's contribution and stakeholder panels.
 */
export function Panel({
  title,
  controls,
  children,
  footer,
}: {
  title: string;
  controls?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <Paper withBorder p="xs" radius="sm" h="100%">
      <Group justify="space-between" mb={6} wrap="nowrap" gap="xs">
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {controls}
        </Group>
      </Group>
      {children}
      {footer && (
        <Text size="xs" c="dimmed" mt={6}>
          {footer}
        </Text>
      )}
    </Paper>
  );
}
