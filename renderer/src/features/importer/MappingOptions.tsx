import { Group, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useTranslation } from 'react-i18next';
import { CLASSIFICATIONS, MEASURES, SITE_KINDS } from '../../../../shared/domain/types';
import type { ImportLayout, ImportMapping, StateOrigin } from '../../../../shared/import/api';
import { useLocale } from '../../i18n';
import { columnLetter } from './batch-mapping';
import { fileYear, withYear, yearSource } from './mapping-edit';
import { NameStateChoice, needsNameState } from './NameStateChoice';

interface Props {
  layout: ImportLayout;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
  /** Where the state of names-only municipalities was proposed from (null: not proposed). */
  stateOrigin?: StateOrigin | null;
}

/** The year of the values: from a column, from per-year columns, from what the file states, or entered. */
function YearChoice({ layout, mapping, onChange }: Props) {
  const { t } = useTranslation('importer');
  const source = yearSource(mapping);
  const stated = fileYear(layout);
  if (source === 'column') {
    const column = mapping.columns.find((c) => c.role.role === 'year')?.column ?? 0;
    return (
      <Text size="sm" data-testid="mapping-year" data-source="column">
        {t('mapping.yearFromColumn', { column: columnLetter(column), header: layout.columns[column]?.header ?? '' })}
      </Text>
    );
  }
  if (source === 'columns') {
    return (
      <Text size="sm" data-testid="mapping-year" data-source="columns">
        {t('mapping.yearFromColumns')}
      </Text>
    );
  }
  const entered = mapping.year && 'value' in mapping.year ? mapping.year.value : null;
  return (
    <Group gap="xs" align="center" data-testid="mapping-year" data-source={source}>
      <SegmentedControl
        value={source === 'value' ? 'value' : source === 'file' ? 'file' : ''}
        onChange={(v) =>
          onChange(withYear(mapping, v === 'file' ? { fromFile: true } : { value: entered ?? stated ?? new Date().getFullYear() - 1 }))
        }
        data={[
          {
            value: 'file',
            label: stated === null ? t('mapping.yearFileNone') : t('mapping.yearFile', { year: stated }),
            disabled: stated === null,
          },
          { value: 'value', label: t('mapping.yearEnter') },
        ]}
        data-testid="mapping-year-source"
      />
      {source === 'value' && (
        <NumberField
          value={entered ?? ''}
          onChange={(v) =>
            typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2200 && onChange(withYear(mapping, { value: v }))
          }
          min={1900}
          max={2200}
          allowDecimal={false}
          grouped={false}
          w={100}
          aria-label={t('mapping.year')}
          data-testid="mapping-year-value"
        />
      )}
      {source === 'none' && (
        <Text size="xs" c="red">
          {t('mapping.yearMissing')}
        </Text>
      )}
    </Group>
  );
}

/** Everything of the mapping that is not a column: year, classification, measure, indicator, kind of site, number format. */
export function MappingOptions({ layout, mapping, onChange, stateOrigin = null }: Props) {
  const { t } = useTranslation('importer');
  const { t: tc } = useLocale();
  const set = (patch: Partial<ImportMapping>) => onChange({ ...mapping, ...patch });
  const has = (role: string) => mapping.columns.some((c) => c.role.role === role);
  const target = mapping.target;

  return (
    <Stack gap="xs">
      {(target === 'employment' || target === 'indicator-values' || target === 'population') && (
        <Group gap="xs" align="center">
          <Text size="sm" fw={600} w={150}>
            {t('mapping.yearLabel')}
          </Text>
          <YearChoice layout={layout} mapping={mapping} onChange={onChange} />
        </Group>
      )}
      <Group gap="md" align="flex-end" wrap="wrap">
        {target === 'employment' && (
          <Select
            label={t('mapping.classification')}
            data={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classifications.${c}`) }))}
            value={mapping.classification ?? null}
            onChange={(v) => set({ classification: v ?? undefined })}
            disabled={has('classification')}
            placeholder={has('classification') ? t('mapping.fromColumn') : t('mapping.choose')}
            w={220}
            data-testid="mapping-classification"
          />
        )}
        {target === 'employment' && (has('sector-value') || has('year-value')) && (
          <Select
            label={t('mapping.measureOfColumns')}
            data={MEASURES.map((m) => ({ value: m, label: t(`measures.${m}`) }))}
            value={mapping.measure ?? null}
            onChange={(v) => set({ measure: v ?? undefined })}
            w={280}
            data-testid="mapping-measure"
          />
        )}
        {target === 'employment' && !has('sector') && !has('sector-value') && (
          <TextInput
            label={t('mapping.wholeFileSector')}
            value={mapping.sectorCode ?? ''}
            onChange={(e) => set({ sectorCode: e.currentTarget.value.trim() || undefined })}
            w={180}
            data-testid="mapping-sector"
          />
        )}
        {target === 'indicator-values' && (
          <SegmentedControl
            value={mapping.subject}
            onChange={(v) => set({ subject: v })}
            data={[
              { value: 'municipality', label: t('mapping.subjectMunicipality') },
              { value: 'state', label: t('mapping.subjectState') },
            ]}
            data-testid="mapping-subject"
          />
        )}
        {target === 'indicator-values' && (has('value') || has('year-value')) && !has('indicator') && (
          <TextInput
            label={t('mapping.indicatorOfColumns')}
            value={mapping.indicator ?? ''}
            onChange={(e) => set({ indicator: e.currentTarget.value.trim() || undefined })}
            error={mapping.indicator !== undefined && !/^[A-Za-z0-9_.-]{1,64}$/.test(mapping.indicator)}
            w={200}
            data-testid="mapping-indicator"
          />
        )}
        {target === 'sites' && (
          <Select
            label={t('mapping.siteKind')}
            data={SITE_KINDS.map((k) => ({ value: k, label: tc(`sites.kinds.${k}`) }))}
            value={mapping.siteKind ?? null}
            onChange={(v) => set({ siteKind: v ?? undefined })}
            w={220}
            data-testid="mapping-site-kind"
          />
        )}
        {(target === 'programme-actions' || target === 'programme-targets') && (
          <TextInput
            label={t('mapping.programmeName')}
            value={mapping.programme ?? ''}
            onChange={(e) => set({ programme: e.currentTarget.value.trim() === '' ? undefined : e.currentTarget.value })}
            w={260}
            data-testid="mapping-programme"
          />
        )}
        {needsNameState(mapping) && <NameStateChoice mapping={mapping} origin={stateOrigin} onChange={onChange} />}
        {target !== 'sites' && (
          <Select
            label={t('mapping.decimal')}
            data={(['auto', 'comma', 'dot'] as const).map((d) => ({ value: d, label: t(`mapping.decimals.${d}`) }))}
            value={mapping.decimal}
            onChange={(v) => v && set({ decimal: v })}
            allowDeselect={false}
            w={200}
            data-testid="mapping-decimal"
          />
        )}
        {target !== 'sites' && (
          <Switch
            label={t('mapping.dashAsZero')}
            checked={mapping.dashAsZero}
            onChange={(e) => set({ dashAsZero: e.currentTarget.checked })}
            size="xs"
            mb={6}
            data-testid="mapping-dash-zero"
          />
        )}
        <TextInput
          label={t('mapping.source')}
          placeholder={t('mapping.sourcePlaceholder')}
          value={mapping.source ?? ''}
          onChange={(e) => set({ source: e.currentTarget.value || undefined })}
          w={480}
          data-testid="mapping-source"
        />
      </Group>
    </Stack>
  );
}
