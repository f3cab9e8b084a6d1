import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { IBGE_SECTOR_CODES } from '../../../../shared/domain/ibge-sectors';
import type { PlanView } from '../../../../shared/features/attraction/types';
import { sectorLabel } from '../../i18n/sector-label';
import { pct, ratio } from './format';
import { useAttraction } from './use-attraction';

/** Target sectors: proposed from the diagnosis with their figures ("why this sector"), accepted, removed or added. */
export function TargetsPanel({ view }: { view: PlanView }) {
  const { t, locale, act } = useAttraction();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const planId = view.plan.id;
  // The IBGE sectors the plan counts prospects and figures in; choosing one names it (the name stays editable).
  const sectors = IBGE_SECTOR_CODES.map((c) => ({ value: c, label: `${c} — ${sectorLabel(locale, c, c)}` }));
  const choose = (next: string | null) => {
    const named = code !== '' && name === sectorLabel(locale, code, code);
    setCode(next ?? '');
    if (next && (name.trim() === '' || named)) setName(sectorLabel(locale, next, next));
  };
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Button onClick={() => void act((e) => e.proposeTargetSectors(planId, { locale }))} data-testid="attraction-propose">
          {t('targets.propose')}
        </Button>
        <Select
          placeholder={t('targets.code')}
          data={sectors}
          value={code === '' ? null : code}
          onChange={choose}
          w={260}
          aria-label={t('targets.code')}
          data-testid="attraction-new-target"
        />
        <TextInput
          placeholder={t('targets.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          w={260}
          aria-label={t('targets.name')}
        />
        <Button
          variant="default"
          disabled={code.trim() === '' || name.trim() === ''}
          onClick={() =>
            void act((e) =>
              e.addTargetSector(planId, { classification: 'ibge-setor', sectorCode: code.trim(), sectorName: name.trim() }),
            ).then((added) => {
              // A refused sector (a code that is none) keeps what was typed, to correct it.
              if (!added) return;
              setCode('');
              setName('');
            })
          }
        >
          {t('targets.add')}
        </Button>
      </Group>
      {view.targets.length === 0 ? (
        <Text c="dimmed">{t('targets.none')}</Text>
      ) : (
        <Table withTableBorder striped data-testid="attraction-targets">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('targets.code')}</Table.Th>
              <Table.Th>{t('targets.name')}</Table.Th>
              <Table.Th>{t('targets.origin')}</Table.Th>
              <Table.Th ta="right">{t('targets.lq')}</Table.Th>
              <Table.Th ta="right">{t('targets.growth')}</Table.Th>
              <Table.Th ta="right">{t('targets.density')}</Table.Th>
              <Table.Th>{t('targets.why')}</Table.Th>
              <Table.Th>{t('targets.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.targets.map((s) => (
              <Table.Tr
                key={s.id}
                data-testid={`attraction-target-${s.sectorCode}`}
                data-state={s.state}
                style={{ opacity: s.state === 'removed' ? 0.5 : 1 }}
              >
                <Table.Td>{s.sectorCode}</Table.Td>
                <Table.Td>{s.sectorName}</Table.Td>
                {/* The badge keeps its whole word: the column takes its width (Mantine's badge label would cut it with "…"). */}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge
                    variant="light"
                    tt="none"
                    style={{ maxWidth: 'none' }}
                    styles={{ label: { overflow: 'visible', textOverflow: 'clip' } }}
                  >
                    {t(`origin.${s.origin}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{ratio(s.lq, locale)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {pct(s.growth, locale)}
                </Table.Td>
                <Table.Td ta="right">{ratio(s.density, locale)}</Table.Td>
                <Table.Td>
                  <Text size="xs">{s.rationale}</Text>
                </Table.Td>
                <Table.Td>{t(`targetState.${s.state}`)}</Table.Td>
                <Table.Td>
                  {/* The two actions stack when the table is narrow (side by side they pushed the page past 1024 px). */}
                  <Group gap={4}>
                    {s.state !== 'accepted' && (
                      <Button
                        size="compact-xs"
                        onClick={() => void act((e) => e.setTargetSectorState(s.id, 'accepted'))}
                        data-testid={`attraction-accept-${s.sectorCode}`}
                      >
                        {t('targets.accept')}
                      </Button>
                    )}
                    {s.state !== 'removed' && (
                      <Button size="compact-xs" variant="default" onClick={() => void act((e) => e.setTargetSectorState(s.id, 'removed'))}>
                        {t('targets.remove')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
