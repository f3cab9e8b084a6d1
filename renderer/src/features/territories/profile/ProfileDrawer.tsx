import { Alert, Badge, Button, Center, Drawer, Grid, Group, Loader, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactRow, Profile } from '../../../../../shared/features/territories/types';
import { useLocale } from '../../../i18n';
import type { Locale } from '../../../i18n/locales';
import { translateError } from '../../../notifications/notify-error';
import '../charts/register-charts';
import '../territories.css';
import { rowLabel } from '../comparison/use-comparison';
import { formatFact, trilingual } from '../format';
import { AddToMeeting } from '../meeting/AddToMeeting';
import { goToCompare, goToSurvey, profileStore, useProfileSubject } from '../stores';
import { DistrictWorks } from '../../works/DistrictWorks';
import { ProfileChartPanel } from './ProfileChartPanel';
import { useProfileView } from './use-profile-view';
import type { TFunction } from 'i18next';

/** The profile of a district or a municipality, in a drawer any area can open. */
export function ProfileDrawer() {
  const { t } = useTranslation('territories');
  const ref = useProfileSubject();
  return (
    <Drawer
      opened={ref !== null}
      onClose={() => profileStore.set(null)}
      position="right"
      size="86%"
      title={<Text fw={600}>{t('profile.title')}</Text>}
      data-testid="profile-drawer"
    >
      {ref && <ProfileContent key={`${ref.kind}-${ref.id}`} />}
    </Drawer>
  );
}

function Figure({
  row,
  kind,
  locale,
  t,
}: {
  row: FactRow;
  kind: Profile['subject']['ref']['kind'];
  locale: Locale;
  t: TFunction<'territories'>;
}) {
  const value = row.values[0] ?? null;
  const peer = row.values[1] ?? null;
  const source = row.valueSources[0] ?? row.source;
  return (
    <Paper withBorder p="xs" radius="sm" data-testid={`profile-figure-${row.key}`} data-value={value ?? ''}>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {rowLabel(row, kind, locale, t)}
      </Text>
      <Text fw={700} size="lg" className={row.illustrative[0] ? 'arranjo-illustrative' : undefined}>
        {formatFact(value, row.unit, locale, t)}
        {row.illustrative[0] ? ` (${t('common.illustrative')})` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        {[
          row.period && t('compare.period', { period: row.period }),
          peer !== null && t('profile.peerValue', { value: formatFact(peer, row.unit, locale, t) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {source && (
        <Text size="xs" c="dimmed" lineClamp={2} title={source}>
          {t('profile.source', { source })}
        </Text>
      )}
    </Paper>
  );
}

function ProfileContent() {
  const { t } = useTranslation('territories');
  const { t: tCore, locale } = useLocale();
  const ref = useProfileSubject();
  const view = useProfileView(ref);
  const [seriesKey, setSeriesKey] = useState<string | null>(null);
  const profile = view.profile;

  if (view.error !== null) {
    return (
      <Alert color="red" title={translateError(view.error).title}>
        {translateError(view.error).message}
      </Alert>
    );
  }
  if (!profile || !ref) {
    return (
      <Center h={300}>
        <Loader size="sm" />
      </Center>
    );
  }

  const subject = profile.subject;
  const isSite = subject.ref.kind === 'site';
  const figures = profile.rows.filter((r) => r.group !== 'survey' && r.values[0] !== null);
  // The site's record is often empty (the demo's districts: nothing published): one line, not empty cards.
  const notRecorded = profile.rows.filter((r) => r.group === 'site' && r.values[0] === null).map((r) => trilingual(r.label, locale));
  const survey = profile.rows.filter((r) => r.group === 'survey');
  const series = view.series(seriesKey);
  const activeSeries = profile.series.find((s) => s.key === seriesKey) ?? profile.series[0];

  return (
    <Stack gap="sm" data-testid="profile-content" data-subject={`${subject.ref.kind}:${subject.ref.id}`}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={3} data-testid="profile-name">
            {subject.name}
          </Title>
          <Group gap={6}>
            <Badge variant="light">
              {isSite ? tCore(`sites.kinds.${subject.siteKind ?? 'industrial-district'}`) : t('profile.municipality')}
            </Badge>
            {isSite && subject.municipalityName && <Text size="sm">{subject.municipalityName}</Text>}
            <Text size="xs" c="dimmed">
              {t('profile.peersAre', { peers: view.peerLabel })}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="light" onClick={() => goToCompare(subject.ref.kind, [subject.ref.id])} data-testid="profile-compare">
            {t('profile.compare')}
          </Button>
          {isSite && (
            <Button size="xs" variant="light" onClick={() => goToSurvey(subject.ref.id)}>
              {t('profile.editSurvey')}
            </Button>
          )}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 2, md: 4, xl: 6 }} spacing="xs" data-testid="profile-figures">
        {figures.map((r) => (
          <Figure key={r.key} row={r} kind={subject.ref.kind} locale={locale} t={t} />
        ))}
      </SimpleGrid>
      {notRecorded.length > 0 && (
        <Text size="xs" c="dimmed" data-testid="profile-not-recorded">
          {t('profile.notRecorded', { fields: notRecorded.join(', ') })}
        </Text>
      )}

      {isSite &&
        (profile.surveyScored === 0 ? (
          <Alert color="yellow" data-testid="profile-no-survey" title={t('profile.surveyTitle')}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Text size="sm" style={{ flex: 1, minWidth: 300 }}>
                {t('profile.noSurvey')}
              </Text>
              <Button size="compact-xs" variant="light" onClick={() => goToSurvey(subject.ref.id)}>
                {t('compare.enterSurvey')}
              </Button>
            </Group>
          </Alert>
        ) : (
          <Paper withBorder p="xs" radius="sm" data-testid="profile-survey">
            <Text fw={600} size="sm" mb={4}>
              {t('profile.surveyScored', { scored: profile.surveyScored, total: profile.surveyItems })}
            </Text>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing={4}>
              {survey.map((r) => (
                <Text key={r.key} size="xs" className={r.illustrative[0] ? 'arranjo-illustrative' : undefined}>
                  {trilingual(r.label, locale)}: <b>{formatFact(r.values[0] ?? null, r.unit, locale, t)}</b>
                  {r.period ? ` (${r.period})` : ''}
                </Text>
              ))}
            </SimpleGrid>
          </Paper>
        ))}

      <Grid gap="xs">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ProfileChartPanel
            title={t('profile.radar')}
            chart={view.radar}
            empty={t('compare.radarTooFew')}
            testId="profile-radar"
            actions={
              view.radar && (
                <AddToMeeting
                  view={{ kind: 'profile', title: view.radar.title, spec: { ref, chart: 'radar', series: null } }}
                  testId="profile-radar-add"
                />
              )
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ProfileChartPanel
            title={t('profile.sectors')}
            chart={view.sectors}
            empty={t('profile.noSectors')}
            testId="profile-sectors"
            actions={
              view.sectors && (
                <AddToMeeting
                  view={{ kind: 'profile', title: view.sectors.title, spec: { ref, chart: 'sectors', series: null } }}
                  testId="profile-sectors-add"
                />
              )
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ProfileChartPanel
            title={t('profile.series')}
            chart={series}
            empty={t('profile.noSeries')}
            testId="profile-series"
            actions={
              <>
                <Select
                  size="xs"
                  data={profile.series.map((s) => ({ value: s.key, label: trilingual(s.label, locale) }))}
                  value={activeSeries?.key ?? null}
                  onChange={setSeriesKey}
                  allowDeselect={false}
                  w={260}
                  aria-label={t('profile.series')}
                  comboboxProps={{ withinPortal: true }}
                />
                {series && (
                  <AddToMeeting
                    view={{ kind: 'profile', title: series.title, spec: { ref, chart: 'series', series: activeSeries?.key ?? null } }}
                    testId="profile-series-add"
                  />
                )}
              </>
            }
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ProfileChartPanel
            title={t('profile.location')}
            chart={view.location}
            empty={t('profile.noLocation')}
            // Its source line is the location note (the municipal seat's coordinates, not the district's).
            testId="profile-location"
          />
        </Grid.Col>
      </Grid>

      {isSite && <DistrictWorks siteId={subject.ref.id} />}
      {isSite && (
        <Paper withBorder p="xs" radius="sm" data-testid="profile-related">
          <Text fw={600} size="sm">
            {t('profile.related')}
          </Text>
          <Text size="sm" c="dimmed">
            {profile.related.projects + profile.related.lots + profile.related.prospects === 0
              ? t('profile.relatedNone')
              : t('profile.relatedCounts', {
                  works: t('profile.relatedWorks', { count: profile.related.projects }),
                  lots: t('profile.relatedLots', { count: profile.related.lots }),
                  prospects: t('profile.relatedProspects', { count: profile.related.prospects }),
                })}
          </Text>
        </Paper>
      )}
    </Stack>
  );
}
