import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, StateOrigin } from '../../../../shared/import/api';
import { useEngineData } from '../../workspace/use-engine-data';

interface Props {
  mapping: ImportMapping;
  origin: StateOrigin | null;
  onChange: (mapping: ImportMapping) => void;
}

/** Whether the mapping reads municipalities that a state can settle: by name, with no state column. */
export function needsNameState(mapping: ImportMapping): boolean {
  const roles = mapping.columns.map((c) => c.role.role);
  return mapping.subject !== 'state' && roles.includes('territory') && !roles.includes('state');
}

/**
 * The state in which municipalities given by name only are looked up (the CLI's `--state`): proposed
 * from the file name or the workspace's focus, said where it came from, changed or cleared by the user.
 */
export function NameStateChoice({ mapping, origin, onChange }: Props) {
  const { t } = useTranslation('importer');
  const states = useEngineData(
    async (engine) => (await engine.listStates()).map((s) => ({ value: s.abbr, label: `${s.name} (${s.abbr})` })),
    [],
  );
  const proposed = origin !== null && mapping.state !== undefined;
  return (
    <Select
      label={t('mapping.nameState')}
      description={proposed ? t(`mapping.nameStateFrom.${origin}`, { state: mapping.state }) : t('mapping.nameStateHint')}
      data={states.data ?? []}
      value={mapping.state ?? null}
      onChange={(v) => {
        const { state: _old, ...rest } = mapping;
        onChange(v ? { ...rest, state: v } : rest);
      }}
      searchable
      clearable
      placeholder={t('mapping.nameStateNone')}
      w={320}
      data-testid="mapping-name-state"
      data-origin={proposed ? origin : ''}
      inputWrapperOrder={['label', 'input', 'description']}
    />
  );
}
