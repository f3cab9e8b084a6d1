import { Button, Group, Paper, Select, Text } from '@mantine/core';
import { useState } from 'react';
import type { RankedAlternative } from '../../../../shared/features/prioritization/types';
import { requestArea } from '../../workspace/request-area';
import { openProfile } from '../territories/stores';
import { usePrioritization } from './use-prioritization';

/**
 * What a ranking leads to: for a ranked district (the first one unless another is picked), its
 * profile, its works and its attraction plan, each one click away. A site's alternative code is its id.
 */
export function RankedSiteActions({ ranked }: { ranked: readonly RankedAlternative[] }) {
  const { t } = usePrioritization();
  const sites = [...ranked].filter((r) => r.kind === 'site').sort((a, b) => a.rank - b.rank);
  const [picked, setPicked] = useState<string | null>(null);
  const chosen = sites.find((r) => r.code === picked) ?? sites[0];
  if (!chosen) return null;
  const siteId = Number(chosen.code);
  return (
    <Paper withBorder p="xs" radius="sm" data-testid="ranked-site-actions" data-site={chosen.code}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Select
          size="xs"
          label={t('results.next.site')}
          data={sites.map((r) => ({ value: r.code, label: `${r.rank}º · ${r.label}` }))}
          value={chosen.code}
          onChange={(v) => v !== null && setPicked(v)}
          allowDeselect={false}
          searchable
          w={240}
          data-testid="ranked-site-select"
        />
        <Button size="xs" variant="light" onClick={() => openProfile({ kind: 'site', id: siteId })} data-testid="ranked-site-profile">
          {t('results.next.profile')}
        </Button>
        <Button size="xs" variant="light" onClick={() => requestArea('works', siteId)} data-testid="ranked-site-works">
          {t('results.next.works')}
        </Button>
        <Button size="xs" variant="light" onClick={() => requestArea('attraction', siteId)} data-testid="ranked-site-attraction">
          {t('results.next.attraction')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('results.next.hint')}
      </Text>
    </Paper>
  );
}
