import { Button, Fieldset, Group, MultiSelect, SegmentedControl, Select, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { AlternativeRef, SubjectKind } from '../../../../shared/features/prioritization/types';
import type { SiteKind } from '../../../../shared/domain/types';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { useEngineData } from '../../workspace/use-engine-data';
import type { Draft } from './draft';
import { usePrioritization } from './use-prioritization';

interface Props {
  draft: Draft;
  update: (change: (d: Draft) => Draft) => void;
  frozen: boolean;
}

/** What is ranked: sites (by hand, or all of them) or municipalities (by hand, or a whole region). */
export function AlternativesEditor({ draft, update, frozen }: Props) {
  const { t, common } = usePrioritization();
  const places = useEngineData(async (engine) => {
    const [sites, municipalities] = await Promise.all([engine.listSites(), engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE })]);
    return { sites, municipalities };
  }, []);
  const kind: SubjectKind = draft.alternatives[0]?.kind ?? 'site';
  const codes = draft.alternatives.filter((a) => a.kind === kind).map((a) => a.code);

  const options = useMemo(() => {
    const data = places.data;
    if (!data) return { site: [], municipality: [], regions: [] as string[], kinds: [] as { kind: SiteKind; count: number }[] };
    const kinds = new Map<SiteKind, number>();
    for (const s of data.sites) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    return {
      kinds: [...kinds].map(([k, count]) => ({ kind: k, count })),
      site: data.sites.map((s) => ({ value: String(s.id), label: s.municipalityName ? `${s.name} (${s.municipalityName})` : s.name })),
      municipality: data.municipalities.map((m) => ({ value: String(m.code), label: m.name })),
      regions: [...new Set(data.municipalities.map((m) => m.intermediateRegion).filter((r): r is string => !!r))].sort(),
    };
  }, [places.data]);

  const setRefs = (refs: AlternativeRef[]) => update((d) => ({ ...d, alternatives: refs }));
  const setCodes = (k: SubjectKind, values: string[]) => setRefs(values.map((code) => ({ kind: k, code })));
  const addKind = (siteKind: string | null) => {
    if (!siteKind || !places.data) return;
    const add = places.data.sites.filter((s) => s.kind === siteKind).map((s) => String(s.id));
    setCodes('site', [...new Set([...codes, ...add])]);
  };
  const addRegion = (region: string | null) => {
    if (!region || !places.data) return;
    const add = places.data.municipalities.filter((m) => m.intermediateRegion === region).map((m) => String(m.code));
    setCodes('municipality', [...new Set([...codes, ...add])]);
  };

  return (
    <Fieldset legend={t('alternatives.title', { count: draft.alternatives.length })} p="xs" data-testid="alternatives-editor">
      <Group gap="xs" mb={6}>
        <SegmentedControl
          size="xs"
          disabled={frozen}
          value={kind}
          onChange={(v) => v !== kind && setCodes(v, [])}
          data={[
            { value: 'site', label: t('alternatives.sites') },
            { value: 'municipality', label: t('alternatives.municipalities') },
          ]}
          data-testid="alternatives-kind"
        />
        {kind === 'site' ? (
          <Select
            size="xs"
            w={260}
            disabled={frozen}
            placeholder={t('alternatives.addKind')}
            data={options.kinds.map((k) => ({ value: k.kind, label: `${common(`sites.kinds.${k.kind}`)} (${k.count})` }))}
            value={null}
            onChange={addKind}
            comboboxProps={{ withinPortal: true }}
            data-testid="alternatives-add-kind"
          />
        ) : (
          <Select
            size="xs"
            w={260}
            disabled={frozen}
            placeholder={t('alternatives.addRegion')}
            data={options.regions}
            value={null}
            onChange={addRegion}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
        )}
        <Button size="xs" variant="default" disabled={frozen || codes.length === 0} onClick={() => setCodes(kind, [])}>
          {t('alternatives.clear')}
        </Button>
      </Group>
      <MultiSelect
        size="xs"
        disabled={frozen}
        data={options[kind]}
        value={codes}
        onChange={(values) => setCodes(kind, values)}
        searchable
        clearable={false}
        placeholder={t('alternatives.pick')}
        aria-label={t('alternatives.pick')}
        maxDropdownHeight={260}
        comboboxProps={{ withinPortal: true }}
        data-testid="alternatives-select"
      />
      <Text size="xs" c="dimmed" mt={4}>
        {kind === 'site' ? t('alternatives.siteValuesNote') : t('alternatives.municipalityNote')}
      </Text>
    </Fieldset>
  );
}
