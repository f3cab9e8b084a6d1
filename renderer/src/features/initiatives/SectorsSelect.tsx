import { MultiSelect } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../../shared/domain/types';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';

/**
 * An initiative's sectors, picked among the CNAE divisions ("25 — Fabricação de produtos de metal…").
 * Codes of other levels it already has (an imported "1071" class) stay listed by code, so an edit
 * never drops them. Their similarity drives the profile's suggestions of initiatives to learn from.
 */
export function SectorsSelect({ value, onChange }: { value: string[]; onChange: (codes: string[]) => void }) {
  const { t } = useTranslation('initiatives');
  const engine = useEngine();
  const [divisions, setDivisions] = useState<Sector[]>([]);
  useEffect(() => {
    engine.listSectors('cnae-division').then(setDivisions, (e: unknown) => notifyError(e));
  }, [engine]);
  const options = useMemo(() => {
    const known = new Set(divisions.map((d) => d.code));
    return [
      ...divisions.map((d) => ({ value: d.code, label: `${d.code} — ${d.name}` })),
      ...value.filter((code) => !known.has(code)).map((code) => ({ value: code, label: code })),
    ];
  }, [divisions, value]);
  return (
    <MultiSelect
      label={t('profile.sectors')}
      description={t('profile.sectorsHint')}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      clearable
      mt="xs"
      maxDropdownHeight={260}
      comboboxProps={{ withinPortal: true }}
      data-testid="initiative-sectors"
    />
  );
}
