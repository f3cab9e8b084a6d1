import { Badge, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES, type Action, type ActionType } from '../../../../shared/features/programmes/types';
import { useLocale } from '../../i18n';
import { dateFormat } from '../../i18n/format';
import { actionMonths, monthWeeks } from './calendar';

export const TYPE_COLOR: Record<ActionType, string> = {
  'field-training': 'teal',
  'multiplier-training': 'indigo',
  'management-workshop': 'grape',
  committee: 'orange',
  'technical-assistance': 'cyan',
  other: 'gray',
};

/** The actions on a month's calendar, filtered by type and municipality; a click opens one. */
export function ActionCalendar({ actions, onOpen }: { actions: readonly Action[]; onOpen: (action: Action) => void }) {
  const { t } = useTranslation('programmes');
  const { locale } = useLocale();
  const [types, setTypes] = useState<string[]>([]);
  const [place, setPlace] = useState<string | null>(null);
  const months = useMemo(() => actionMonths(actions), [actions]);
  const [picked, setPicked] = useState<string | null>(null);
  const month = picked && months.includes(picked) ? picked : (months[0] ?? null);
  const shown = actions.filter(
    (a) => (types.length === 0 || types.includes(a.type)) && (place === null || String(a.municipalityCode) === place),
  );
  const places = [...new Map(actions.map((a) => [a.municipalityCode, a.municipalityName ?? String(a.municipalityCode)]))].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const monthName = dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const weekday = dateFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const step = (delta: number) => {
    const i = month ? months.indexOf(month) + delta : -1;
    const next = months[i];
    if (next) setPicked(next);
  };
  if (!month) return <Text c="dimmed">{t('noActions')}</Text>;
  const weeks = monthWeeks(month, shown);
  const inMonth = shown.filter((a) => a.startDate.slice(0, 7) <= month && (a.endDate ?? a.startDate).slice(0, 7) >= month).length;
  return (
    <Stack gap="xs" data-testid="programme-calendar" data-month={month} data-actions={inMonth}>
      <Group align="flex-end" gap="xs">
        <Button
          variant="default"
          size="xs"
          onClick={() => step(-1)}
          disabled={months.indexOf(month) <= 0}
          aria-label={t('calendar.previous')}
        >
          ‹
        </Button>
        <Select
          size="xs"
          label={t('calendar.month')}
          data={months.map((m) => ({ value: m, label: monthName.format(new Date(`${m}-01T00:00:00Z`)) }))}
          value={month}
          onChange={(v) => v && setPicked(v)}
          allowDeselect={false}
          w={200}
          data-testid="calendar-month"
        />
        <Button
          variant="default"
          size="xs"
          onClick={() => step(1)}
          disabled={months.indexOf(month) >= months.length - 1}
          aria-label={t('calendar.next')}
        >
          ›
        </Button>
        <MultiSelect
          size="xs"
          label={t('cols.type')}
          data={ACTION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
          value={types}
          onChange={setTypes}
          placeholder={t('calendar.allTypes')}
          clearable
          w={320}
          data-testid="calendar-types"
        />
        <Select
          size="xs"
          label={t('cols.municipality')}
          data={places.map(([code, name]) => ({ value: String(code), label: name }))}
          value={place}
          onChange={setPlace}
          placeholder={t('calendar.allPlaces')}
          clearable
          searchable
          w={220}
          data-testid="calendar-place"
        />
        <Text size="xs" c="dimmed" mb={6}>
          {t('calendar.count', { count: inMonth })}
        </Text>
      </Group>
      <SimpleGrid cols={7} spacing={4} verticalSpacing={4}>
        {weeks[0]?.map((_, i) => (
          <Text key={i} size="xs" fw={600} ta="center" c="dimmed">
            {/* 2023-01-01 was a Sunday. */}
            {weekday.format(new Date(Date.UTC(2023, 0, 1 + i)))}
          </Text>
        ))}
        {weeks.flat().map((day, i) => (
          <Paper
            key={day.date ?? `blank-${i}`}
            withBorder={day.date !== null}
            p={4}
            mih={72}
            data-testid={day.date ? `calendar-day-${day.date}` : undefined}
          >
            {day.date && (
              <Stack gap={2}>
                <Text size="xs" c="dimmed">
                  {Number(day.date.slice(8))}
                </Text>
                {day.actions.map((a) => (
                  <Badge
                    key={a.id}
                    size="xs"
                    color={TYPE_COLOR[a.type]}
                    variant="light"
                    style={{ cursor: 'pointer', textTransform: 'none' }}
                    title={`${a.code} — ${t(`types.${a.type}`)} — ${a.municipalityName ?? ''} — ${a.participants} ${t('cols.participants').toLowerCase()}`}
                    onClick={() => onOpen(a)}
                    data-testid={`calendar-action-${a.code}`}
                  >
                    {a.code} · {a.municipalityName}
                  </Badge>
                ))}
              </Stack>
            )}
          </Paper>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
