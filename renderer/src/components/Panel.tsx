import { Group, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A titled, bordered panel with controls on the right of its title and a dimmed note under it: the
 * dashboard's panels, the diagnosis' chart panels, the prioritization's map, contribution and
 * stakeholder panels, a comparison's radar, a profile's charts. The controls are left out of a
 * printed page (`data-print-hide`); `className` is for a print stylesheet's rules.
 */
export function Panel({
  title,
  controls,
  children,
  footer,
  testId,
  className,
}: {
  title: ReactNode;
  controls?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  testId?: string;
  className?: string;
}) {
  return (
    <Paper withBorder p="xs" radius="sm" h="100%" data-testid={testId} className={className}>
      {/* Where the title and the controls do not fit side by side, the controls go under the title
          (squeezed beside them, "Contribuição de cada critério" took three lines). */}
      <Group justify="space-between" mb={6} gap="xs" style={{ rowGap: 4 }}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        {controls && (
          <Group gap="xs" wrap="nowrap" data-print-hide>
            {controls}
          </Group>
        )}
      </Group>
      {children}
      {footer && (
        <Text size="xs" c="dimmed" mt={6} component="div">
          {footer}
        </Text>
      )}
    </Paper>
  );
}
