import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNCLASSIFIED_SECTOR } from '../../../../shared/domain/cnae-levels';
import { CLASSIFICATIONS, type Classification } from '../../../../shared/domain/types';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';
import type { ImportWizard } from './use-import-wizard';

const CHOICES = ['error', 'unclassified', 'skip', 'code'] as const;
type Choice = (typeof CHOICES)[number];
/** The check's issues that name a code outside the classification (in `value`). */
const CODES = ['unknown-sector', 'sector-mapped', 'sector-skipped'] as const;

function choiceOf(answer: string | null | undefined): Choice {
  if (answer === undefined) return 'error';
  if (answer === null) return 'skip';
  return answer === UNCLASSIFIED_SECTOR ? 'unclassified' : 'code';
}

/** The classification's sectors as picker options ("2910701 — Fabricação de automóveis…"), "NC" left out (it has its own choice). */
function useSectorOptions(classification: Classification | null, wanted: boolean): { value: string; label: string }[] | null {
  const engine = useEngine();
  const { t } = useTranslation('importer');
  const [options, setOptions] = useState<{ value: string; label: string }[] | null>(null);
  useEffect(() => {
    if (!wanted || classification === null) return;
    let cancelled = false;
    engine.listSectors(classification).then(
      (sectors) =>
        !cancelled &&
        setOptions(sectors.filter((s) => s.code !== UNCLASSIFIED_SECTOR).map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))),
      (error: unknown) => !cancelled && notifyError(error, (lng) => t('unmapped.sectorsFailed', { lng })),
    );
    return () => {
      cancelled = true;
    };
  }, [engine, classification, wanted, t]);
  return options;
}

/** One code outside the classification: its rows and what to do with them. */
function CodeRow({
  wizard,
  text,
  rows,
  classification,
}: {
  wizard: ImportWizard;
  text: string;
  rows: number | undefined;
  classification: Classification | null;
}) {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const answer = wizard.state.mapping?.sectorMap?.[text];
  const choice = choiceOf(answer);
  const busy = wizard.state.busy !== null;
  const [editing, setEditing] = useState(false);
  const mode: Choice = editing ? 'code' : choice;
  const options = useSectorOptions(classification, mode === 'code');
  const choose = (next: Choice) => {
    setEditing(next === 'code');
    if (next !== 'code') void wizard.chooseSectorCode(text, next === 'error' ? undefined : next === 'skip' ? null : UNCLASSIFIED_SECTOR);
  };
  return (
    <Table.Tr data-testid="unmapped-code" data-code={text}>
      <Table.Td ff="monospace">{text}</Table.Td>
      <Table.Td ta="right">{rows === undefined ? '—' : formatInteger(rows, locale)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          <Select
            size="xs"
            w={230}
            value={mode}
            disabled={busy}
            allowDeselect={false}
            aria-label={t('unmapped.choice', { code: text })}
            data-testid="unmapped-choice"
            data={CHOICES.map((c) => ({ value: c, label: t(`unmapped.choices.${c}`) }))}
            onChange={(v) => choose(CHOICES.find((c) => c === v) ?? 'error')}
          />
          {mode === 'code' && (
            <Select
              size="xs"
              w={360}
              searchable
              limit={200}
              value={choice === 'code' ? (answer ?? null) : null}
              data={options ?? []}
              disabled={busy || options === null}
              placeholder={t('unmapped.codePlaceholder')}
              nothingFoundMessage={t('unmapped.noSector')}
              aria-label={t('unmapped.codeLabel', { code: text })}
              data-testid="unmapped-code-picker"
              comboboxProps={{ withinPortal: true }}
              onChange={(code) => {
                if (code === null) return;
                setEditing(false);
                void wizard.chooseSectorCode(text, code);
              }}
            />
          )}
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Sector codes the classification lacks ("7000000", "outros"), from the check's unknown-sector errors,
 * its warnings for the codes answered, and the answers in the mapping: each can go to a code of the classification, to "não classificado",
 * or have its rows skipped (the check then counts them in a warning). Answers live in the mapping, so
 * a saved template keeps them.
 */
export function UnmappedCodes({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('importer');
  const engine = useEngine();
  const { opened, previewKey, mapping } = wizard.state;
  // Rows per code: one per error while unanswered, then the count of the warning its answer gives.
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  // The classification each code was read in (the check says it), for the picker of codes.
  const [schemes, setSchemes] = useState<ReadonlyMap<string, Classification>>(new Map());

  useEffect(() => {
    if (!opened || !previewKey) return;
    let cancelled = false;
    const id = opened.sessionId;
    void Promise.all(CODES.map((code) => engine.importIssues(id, { code, limit: 5_000 }))).then(
      (pages) => {
        if (cancelled) return;
        const fresh = new Map<string, number>();
        const read = new Map<string, Classification>();
        for (const i of pages.flatMap((p) => p.issues)) {
          if (i.value === undefined) continue;
          const rows = i.code === 'unknown-sector' ? 1 : typeof i.params?.count === 'number' ? i.params.count : 0;
          fresh.set(i.value, (fresh.get(i.value) ?? 0) + rows);
          const scheme = CLASSIFICATIONS.find((c) => c === i.params?.classification);
          if (scheme && !read.has(i.value)) read.set(i.value, scheme);
        }
        setCounts(fresh);
        setSchemes(read);
      },
      (error: unknown) => !cancelled && notifyError(error, (lng) => t('issues.loadFailed', { lng })),
    );
    return () => {
      cancelled = true;
    };
  }, [engine, opened, previewKey, t]);

  const all = [...new Set([...counts.keys(), ...Object.keys(mapping?.sectorMap ?? {})])].sort();
  if (all.length === 0) return null;
  return (
    <Stack gap={4} data-testid="preview-unmapped">
      <Text size="sm" fw={600}>
        {t('unmapped.title', { count: all.length })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('unmapped.hint')}
      </Text>
      <Table withTableBorder withColumnBorders verticalSpacing={4} w="auto" maw={960}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('unmapped.code')}</Table.Th>
            <Table.Th ta="right">{t('unmapped.rows')}</Table.Th>
            <Table.Th>{t('unmapped.what')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {all.map((text) => (
            <CodeRow key={text} wizard={wizard} text={text} rows={counts.get(text)} classification={schemes.get(text) ?? null} />
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
