import { Group, Select, type ComboboxParsedItem, type OptionsFilter } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  municipalityValue,
  siteValue,
  territorySetValue,
  type EconomyBase,
  type EconomyPicks,
  type EconomySelection,
  type ReferenceKind,
} from './economy-selection';
import { foldAccents } from '../../../../shared/text/fold';

const fold = (text: string) => foldAccents(text).toLowerCase();

/** "sao joao" finds "São João del-Rei": planners type without accents. */
const accentInsensitive: OptionsFilter = ({ options, search }) => {
  const wanted = fold(search.trim());
  if (!wanted) return options;
  return options.flatMap((o): ComboboxParsedItem[] => {
    if ('group' in o) {
      const items = o.items.filter((i) => fold(i.label).includes(wanted));
      return items.length > 0 ? [{ ...o, items }] : [];
    }
    return fold(o.label).includes(wanted) ? [o] : [];
  });
};

interface Props {
  base: EconomyBase;
  selection: EconomySelection;
  onChange: (patch: Partial<EconomyPicks>) => void;
}

/**
 * Territory (a custom territory, a district or pole through its municipality, or a municipality),
 * level, measure, reference and period of the diagnosis.
 */
export function EconomyControls({ base, selection, onChange }: Props) {
  const { t } = useTranslation('economy');
  const territoryData = useMemo(() => {
    const sites = base.sites
      .filter((s) => s.municipalityCode !== null && s.municipalityName)
      .map((s) => ({ value: siteValue(s.id), label: `${s.name} → ${s.municipalityName ?? ''}` }));
    const municipalities = base.municipalities.map((m) => ({ value: municipalityValue(m.code), label: m.name }));
    const sets = base.sets.map((set) => ({
      value: territorySetValue(set.id),
      label: t('controls.setOption', { name: set.name, count: set.members.length }),
    }));
    return [
      ...(sets.length > 0 ? [{ group: t('controls.customGroup'), items: sets }] : []),
      ...(sites.length > 0 ? [{ group: t('controls.sitesGroup'), items: sites }] : []),
      { group: t('controls.municipalitiesGroup'), items: municipalities },
    ];
  }, [base, t]);
  // The typed search while the list is open; otherwise the chosen territory's name (choosing the
  // territory already selected would otherwise leave the typed text in the box).
  const [search, setSearch] = useState<string | null>(null);
  const chosen = territoryData.flatMap((g) => g.items).find((i) => i.value === selection.territoryValue);
  const chosenLabel = chosen?.label ?? '';
  // The ~900 territories are handed to the list only while it is open: closed, Mantine would still
  // render every option (the area's first open drew 1,068 hidden options, issue 16).
  const [listOpen, setListOpen] = useState(false);

  return (
    <Group gap="xs" align="flex-end" wrap="wrap" data-print-hide>
      <Select
        label={t('controls.territory')}
        data={listOpen ? territoryData : chosen ? [chosen] : []}
        value={selection.territoryValue}
        onChange={(value) => value && onChange({ territory: value })}
        searchable
        searchValue={search ?? chosenLabel}
        onSearchChange={setSearch}
        onDropdownOpen={() => setListOpen(true)}
        onDropdownClose={() => {
          setListOpen(false);
          setSearch(null);
        }}
        filter={accentInsensitive}
        allowDeselect={false}
        nothingFoundMessage={t('controls.nothingFound')}
        w={340}
        maxDropdownHeight={360}
        data-testid="economy-territory"
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('controls.classification')}
        data={selection.classifications.map((c) => ({ value: c.value, label: t(`classification.${c.value}`) }))}
        value={selection.classification}
        onChange={(value) => value && onChange({ classification: value })}
        allowDeselect={false}
        w={180}
        data-testid="economy-classification"
      />
      <Select
        label={t('controls.measure')}
        data={selection.measures.map((m) => ({
          value: m.value,
          label: m.hasData ? t(`measure.${m.value}`) : t('controls.measureNoData', { measure: t(`measure.${m.value}`) }),
          disabled: !m.hasData,
        }))}
        value={selection.measure}
        onChange={(value) => value && onChange({ measure: value })}
        allowDeselect={false}
        w={150}
        data-testid="economy-measure"
      />
      <Select
        label={t('controls.reference')}
        data={[
          { value: 'state', label: t('controls.referenceState', { state: selection.stateAbbr }) },
          { value: 'country', label: t('controls.referenceCountry') },
          ...(base.sets.length > 0
            ? [{ group: t('controls.setsGroup'), items: base.sets.map((set) => ({ value: `set:${set.id}`, label: set.name })) }]
            : []),
        ]}
        value={selection.referenceKind}
        onChange={(value) => value && onChange({ reference: value as ReferenceKind })}
        allowDeselect={false}
        w={180}
        data-testid="economy-reference"
      />
      <Select
        label={t('controls.year')}
        data={selection.years.map((y) => ({ value: String(y), label: String(y) }))}
        value={selection.year === null ? null : String(selection.year)}
        onChange={(value) => value && onChange({ year: Number(value) })}
        allowDeselect={false}
        disabled={selection.years.length === 0}
        w={90}
        data-testid="economy-year"
      />
      <Select
        label={t('controls.from')}
        data={selection.fromYears.map((y) => ({ value: String(y), label: String(y) }))}
        value={selection.from === null ? null : String(selection.from)}
        onChange={(value) => value && onChange({ from: Number(value) })}
        allowDeselect={false}
        disabled={selection.fromYears.length === 0}
        placeholder={t('controls.fromNone')}
        w={110}
        data-testid="economy-from"
      />
    </Group>
  );
}
