import { useEffect, useMemo, useState } from 'react';
import type { Municipality } from '../../../shared/domain/types';
import { notifyError } from '../notifications/notify-error';
import { useEngine } from './workspace-context';

/**
 * Every municipality of the workspace as an option of a multi-select ("Divinópolis – MG", valued by
 * its code): the members of a custom territory or of an initiative, from any state.
 */
export function useMunicipalityOptions(): { value: string; label: string }[] {
  const engine = useEngine();
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  useEffect(() => {
    engine.listMunicipalities({}).then(setMunicipalities, (e: unknown) => notifyError(e));
  }, [engine]);
  return useMemo(() => municipalities.map((m) => ({ value: String(m.code), label: `${m.name} – ${m.stateAbbr}` })), [municipalities]);
}
