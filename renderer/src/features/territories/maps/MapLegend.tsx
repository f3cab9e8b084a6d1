import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LegendClass } from './map-classes';

/** The map's classes as text beside it: colour, bounds, how many areas — readable and checkable. */
export function MapLegend({
  classes,
  missing,
  method,
  meetingScale,
}: {
  classes: readonly LegendClass[];
  missing: number;
  method: string;
  /** Set on a meeting slide: large type, at the slide's scale for the window (1 at 1280 × 720). */
  meetingScale?: number;
}) {
  const { t } = useTranslation('territories');
  const large = meetingScale !== undefined;
  const px = (n: number) => Math.round(n * (meetingScale ?? 1));
  // Desk size: Mantine's 'xs'; on a slide 18 px at 1280 × 720, growing with the window.
  const size = large ? undefined : 'xs';
  const fz = large ? px(18) : undefined;
  return (
    <Stack gap={large ? px(8) : 4} data-testid="map-legend" data-method={method} data-classes={classes.length}>
      <Text size={size} fz={fz} fw={600}>
        {t('maps.legendTitle', { method: t(`maps.methods.${method as 'quantile'}`) })}
      </Text>
      {[...classes].reverse().map((c) => (
        <Group key={c.index} gap={8} wrap="nowrap" data-testid="map-legend-class" data-min={c.min} data-max={c.max} data-count={c.count}>
          <span
            aria-hidden
            style={{
              width: large ? px(28) : 16,
              height: large ? px(20) : 12,
              background: c.color,
              borderRadius: 2,
              flex: 'none',
              border: '1px solid rgba(0,0,0,0.15)',
            }}
          />
          <Text size={size} fz={fz} style={{ fontVariantNumeric: 'tabular-nums' }}>
            {c.label}
          </Text>
          <Text size={size} fz={fz} c="dimmed">
            ({c.count})
          </Text>
        </Group>
      ))}
      {missing > 0 && (
        <Group gap={8} wrap="nowrap" data-testid="map-legend-missing" data-count={missing}>
          <span
            aria-hidden
            style={{
              width: large ? px(28) : 16,
              height: large ? px(20) : 12,
              background: 'var(--mantine-color-gray-2)',
              borderRadius: 2,
              border: '1px solid rgba(0,0,0,0.15)',
            }}
          />
          <Text size={size} fz={fz}>
            {t('maps.noDataCount', { count: missing })}
          </Text>
        </Group>
      )}
    </Stack>
  );
}
