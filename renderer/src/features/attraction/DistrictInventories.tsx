import { Button, Group, Stack, Text } from '@mantine/core';
import type { Site } from '../../../../shared/domain/types';
import type { AttractionPlan, SiteInventory } from '../../../../shared/features/attraction/types';
import { numberFormat } from '../../i18n/format';
import { useAttraction } from './use-attraction';

/** The districts listed at most; the others are picked in the district field. */
const SHOWN = 8;

/**
 * The districts whose lots or companies no plan shows yet: lots and companies are kept per district,
 * so an agency sheet of 3,000 lots imported into 60 districts left the area with "no plan yet" and
 * nothing of what was imported. Listed most-stocked first, each opening its plan for the period in
 * the field above (created if missing), where its lots and companies are.
 */
export function DistrictInventories({
  inventories,
  plans,
  sites,
  period,
  onOpen,
}: {
  inventories: readonly SiteInventory[];
  plans: readonly AttractionPlan[];
  sites: readonly Site[];
  period: string;
  onOpen: (siteId: number) => void;
}) {
  const { t, locale } = useAttraction();
  const number = numberFormat(locale);
  const planned = new Set(plans.map((p) => p.siteId));
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const waiting = inventories
    .filter((i) => !planned.has(i.siteId) && siteById.has(i.siteId))
    .map((i) => ({ ...i, site: siteById.get(i.siteId) as Site }))
    .sort((a, b) => b.lots + b.prospects - (a.lots + a.prospects) || a.site.name.localeCompare(b.site.name, locale));
  if (waiting.length === 0) return null;
  const periodText = period.trim() || String(new Date().getFullYear());
  return (
    <Stack gap={6} mt="sm" data-testid="attraction-inventories">
      <Text size="sm">{t('inventory.hint', { count: waiting.length, countText: number.format(waiting.length), period: periodText })}</Text>
      {waiting.slice(0, SHOWN).map((i) => (
        <Group key={i.siteId} justify="space-between" wrap="nowrap" preventGrowOverflow={false} data-testid="attraction-inventory">
          <Group gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" fw={500}>
              {i.site.name} ({i.site.code})
            </Text>
            <Text size="sm" c="dimmed">
              {t('inventory.counts', {
                lots: number.format(i.lots),
                available: number.format(i.availableLots),
                prospects: number.format(i.prospects),
              })}
            </Text>
          </Group>
          <Button
            size="xs"
            variant="light"
            style={{ flexShrink: 0 }}
            disabled={period.trim() === ''}
            onClick={() => onOpen(i.siteId)}
            data-testid={`attraction-inventory-open-${i.siteId}`}
          >
            {t('inventory.open', { period: periodText })}
          </Button>
        </Group>
      ))}
      {waiting.length > SHOWN && (
        <Text size="xs" c="dimmed" data-testid="attraction-inventories-more">
          {t('inventory.more', { count: waiting.length - SHOWN, countText: number.format(waiting.length - SHOWN) })}
        </Text>
      )}
    </Stack>
  );
}
