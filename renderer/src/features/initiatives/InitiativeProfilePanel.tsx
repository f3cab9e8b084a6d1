import { Anchor, Button, Card, CloseButton, Grid, Group, ScrollArea, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useLocale } from '../../i18n';
import { numberFormat, shortDate } from '../../i18n/format';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { EXCHANGE_STATUSES } from '../../../../shared/features/initiatives/schemas';
import type { Exchange } from '../../../../shared/features/initiatives/types';
import { EditInitiativeModal } from './NewInitiativeModal';
import { ProfileGovernance } from './ProfileGovernance';
import { populationWords } from './population-label';

const fmt = (x: number | null, locale: string, digits = 2): string =>
  x === null ? '—' : numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);

/** A similarity that cannot be computed: why, in words (it counts 0 in the score). */
function Gap({ text, title }: { text: string; title: string }) {
  return (
    <Text span size="xs" c="dimmed" fs="italic" title={title} data-testid="suggest-gap">
      {text}
    </Text>
  );
}

/** One initiative: its municipalities, governance, methodologies, events, links, exchanges and who to learn from. */
export function InitiativeProfilePanel({
  code,
  onDiagnose,
  onOpen,
  onClose,
}: {
  code: string;
  onDiagnose: (territorySetId: number) => void;
  onOpen: (code: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('initiatives');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const data = useEngineData(
    async (engine) => {
      const [profile, suggestions, all] = await Promise.all([
        engine.initiativeProfile(code),
        engine.exchangeSuggestions({ code, limit: 8 }),
        engine.listInitiatives({}),
      ]);
      return { profile, suggestions, all, others: all.map((i) => ({ code: i.code, name: i.name })) };
    },
    [code],
  );
  const [partner, setPartner] = useState<string | null>(null);
  const [what, setWhat] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState(false);
  const p = data.data?.profile;
  if (!p || !data.data) return null;
  const ready = !data.loading && p.code === code;
  const { suggestions, year } = data.data.suggestions;
  const population = populationWords(t, locale, p.populationBasis.basis, p.populationBasis.publisher);

  const record = () => {
    if (!partner || what.trim() === '') return;
    controller
      .mutate((engine) => engine.saveExchange({ from: p.code, to: partner, what, status: 'proposed' }))
      .then(() => setWhat(''))
      .catch((e: unknown) => notifyError(e, (lng) => t('exchange.failed', { lng })));
  };

  // Refused while a programme's actions serve it (the engine says how many and what to do).
  const remove = () => {
    setDeleting(false);
    controller
      .mutate((engine) => engine.deleteInitiative(p.code))
      .then(onClose)
      .catch((e: unknown) => notifyError(e, (lng) => t('profile.deleteFailed', { lng })));
  };

  // An exchange moves on (proposed → under way → done, or cancelled) or goes; each change undoable.
  const updateExchange = (e: Exchange) => {
    const { id, from, to, kind, what, startedOn, status, notes } = e;
    controller
      .mutate((engine) => engine.saveExchange({ id, from, to, kind, what, startedOn, status, notes }))
      .catch((error: unknown) => notifyError(error, (lng) => t('exchange.failed', { lng })));
  };
  const deleteExchange = (id: number) => {
    controller
      .mutate((engine) => engine.deleteExchange(id))
      .catch((error: unknown) => notifyError(error, (lng) => t('exchange.failed', { lng })));
  };

  return (
    <Card withBorder padding="sm" data-testid="initiative-profile" data-code={p.code} data-ready={ready ? 'true' : 'false'}>
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={4} data-testid="initiative-name">
            {p.name}
          </Title>
          <Text size="xs" c="dimmed">
            {t(`kinds.${p.kind}`)} · {p.route ?? '—'} · {p.states.join(', ')} · {t('profile.members', { count: p.municipalities })} ·{' '}
            {t('profile.source')}: {p.source === '' ? t('profile.manualSource') : p.source}
            {(p.startedOn ?? p.endedOn) && (
              <span data-testid="initiative-dates">
                {' · '}
                {t('profile.dates', {
                  start: p.startedOn ? shortDate(p.startedOn, locale) : '…',
                  end: p.endedOn ? shortDate(p.endedOn, locale) : '…',
                })}
              </span>
            )}
          </Text>
        </div>
        <Group gap="xs">
          <Button size="xs" onClick={() => onDiagnose(p.territorySetId)} data-testid="initiative-diagnose">
            {t('profile.diagnose')}
          </Button>
          <Button size="xs" variant="default" onClick={() => setEditing(true)} data-testid="initiative-edit">
            {t('edit.open')}
          </Button>
          <Button size="xs" variant="default" color="red" onClick={() => setDeleting(true)} data-testid="initiative-delete">
            {t('profile.delete')}
          </Button>
          <CloseButton aria-label={t('profile.close')} onClick={onClose} />
        </Group>
      </Group>
      <ConfirmModal
        opened={deleting}
        title={t('profile.deleteTitle', { name: p.name })}
        message={t('profile.deleteMessage')}
        confirmLabel={t('profile.delete')}
        danger
        onConfirm={remove}
        onCancel={() => setDeleting(false)}
        testId="initiative-delete-confirm"
      />
      <EditInitiativeModal profile={editing ? p : null} onClose={() => setEditing(false)} existing={data.data.all} onOpen={onOpen} />
      {/* The suggestions' table gets the widest column: in a third of the card, at 1280 px in Spanish,
          its score column was cut ("Punta"). Below 1200 px the three stack. */}
      <Grid gap="sm">
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('profile.municipalities')}
            </Text>
            <ScrollArea h={160}>
              <Table fz="xs" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('profile.municipality')}</Table.Th>
                    <Table.Th>{t('profile.state')}</Table.Th>
                    <Table.Th ta="right" title={population.sources} data-testid="initiative-population-header">
                      {population.header}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {p.municipalityList.map((m) => (
                    <Table.Tr key={m.code}>
                      <Table.Td>{m.name}</Table.Td>
                      <Table.Td>{m.state}</Table.Td>
                      <Table.Td ta="right">{m.population === null ? '—' : numberFormat(locale).format(m.population)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
            <ProfileGovernance profile={p} others={data.data.others} onOpen={onOpen} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('suggest.title')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('suggest.how', { year: year ?? '—' })}
            </Text>
            {p.sectors.length === 0 && (
              <Text size="xs" c="orange.8" data-testid="suggest-no-sectors">
                {t('suggest.subjectNoSectors')}
              </Text>
            )}
            {ready && suggestions.length === 0 && (
              <Text size="xs" c="dimmed" data-testid="suggest-none">
                {t('suggest.none')}
              </Text>
            )}
            <ScrollArea h={250}>
              <Table fz="xs" horizontalSpacing={6} data-testid="initiative-suggestions">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('grid.name')}</Table.Th>
                    <Table.Th>{t('suggest.chain')}</Table.Th>
                    <Table.Th>{t('suggest.jaccard')}</Table.Th>
                    <Table.Th>{t('suggest.cosine')}</Table.Th>
                    <Table.Th>{t('suggest.score')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {suggestions.map((s) => (
                    <Table.Tr key={s.code}>
                      <Table.Td>
                        <Anchor size="xs" onClick={() => onOpen(s.code)}>
                          {s.name}
                        </Anchor>{' '}
                        <Text span size="xs" c="dimmed">
                          {s.states.join(', ')}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {s.sameChain ? (
                          <Text span size="xs" fw={600} c="teal.8">
                            {t('suggest.same')}
                          </Text>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>
                        {s.sectorJaccard !== null || !s.gaps.sectors ? (
                          fmt(s.sectorJaccard, locale)
                        ) : (
                          <Gap text={t('suggest.noSectorsShort')} title={t(`suggest.noSectors.${s.gaps.sectors}`)} />
                        )}
                      </Table.Td>
                      <Table.Td>
                        {s.profileCosine !== null || !s.gaps.jobs ? (
                          fmt(s.profileCosine, locale)
                        ) : (
                          <Gap text={t('suggest.noJobsShort')} title={t(`suggest.noJobs.${s.gaps.jobs}`)} />
                        )}
                      </Table.Td>
                      <Table.Td>{fmt(s.score, locale, 3)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('exchange.title')}
            </Text>
            <Select
              size="xs"
              placeholder={t('exchange.partner')}
              aria-label={t('exchange.partner')}
              data={suggestions.map((s) => ({ value: s.code, label: s.name }))}
              value={partner}
              onChange={setPartner}
              data-testid="exchange-partner"
            />
            {/* Two lines: a sentence, and in a narrow window a placeholder that wraps instead of being cut. */}
            <Textarea
              size="xs"
              autosize
              minRows={2}
              placeholder={t('exchange.what')}
              aria-label={t('exchange.what')}
              value={what}
              onChange={(e) => setWhat(e.currentTarget.value)}
              data-testid="exchange-what"
            />
            <Button size="xs" disabled={!partner || what.trim() === ''} onClick={record} data-testid="exchange-record">
              {t('exchange.record')}
            </Button>
            <Table fz="xs" data-testid="initiative-exchanges">
              <Table.Tbody>
                {p.exchanges.map((e) => (
                  <Table.Tr key={e.id}>
                    <Table.Td>{e.from === p.code ? e.toName : e.fromName}</Table.Td>
                    <Table.Td>{e.what}</Table.Td>
                    <Table.Td>
                      <Select
                        size="xs"
                        w={130}
                        data={EXCHANGE_STATUSES.map((s) => ({ value: s, label: t(`exchange.statuses.${s}`) }))}
                        value={e.status}
                        allowDeselect={false}
                        onChange={(status) => status && status !== e.status && updateExchange({ ...e, status })}
                        aria-label={t('exchange.status')}
                        data-testid={`exchange-status-${e.id}`}
                      />
                    </Table.Td>
                    <Table.Td>
                      <CloseButton
                        size="sm"
                        title={t('exchange.delete')}
                        aria-label={t('exchange.delete')}
                        onClick={() => deleteExchange(e.id)}
                        data-testid={`exchange-delete-${e.id}`}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Grid.Col>
      </Grid>
    </Card>
  );
}
