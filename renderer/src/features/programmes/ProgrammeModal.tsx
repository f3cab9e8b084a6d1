import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/features/programmes/types';
import { DateField } from '../../components/DateField';
import { notADate } from '../../i18n/format';
import { formFieldRefusal } from '../../notifications/notify-error';
import { useProgrammeEdit } from './use-programme-edit';

const FIELDS = ['name', 'startDate', 'endDate'] as const;
type Field = (typeof FIELDS)[number];

/**
 * A new programme, or the one given renamed or given other dates (its thresholds, description and
 * source kept). A day that does not exist keeps the button off (the field says why); a value the
 * engine refuses (an end before the start, a name taken) is said at its field.
 */
export function ProgrammeModal({
  programme,
  onClose,
  onSaved,
}: {
  programme: Programme | null;
  onClose: () => void;
  onSaved: (id: number) => void;
}) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
  const [name, setName] = useState(programme?.name ?? '');
  const [start, setStart] = useState(programme?.startDate ?? '');
  const [end, setEnd] = useState(programme?.endDate ?? '');
  const [refused, setRefused] = useState<{ field: Field; reason: string } | null>(null);
  const errorOf = (field: Field) => (refused?.field === field ? refused.reason : undefined);
  const change = (field: Field, set: (v: string) => void) => (v: string) => {
    set(v);
    if (refused?.field === field) setRefused(null);
  };
  const save = async () => {
    const period = { name: name.trim(), startDate: start.trim() || null, endDate: end.trim() || null };
    const saved = await edit(
      // An edit keeps the programme's other fields (thresholds, description, source), as the monitor's threshold edit does.
      (engine) => engine.saveProgramme(programme ? { ...programme, ...period } : period),
      (error) => {
        const atField = formFieldRefusal(error, FIELDS);
        setRefused(atField);
        return atField !== null;
      },
    );
    if (saved) onSaved(saved.id);
  };
  return (
    <Modal opened onClose={onClose} title={programme ? t('editTitle', { name: programme.name }) : t('new')}>
      <Stack gap="xs">
        <TextInput
          label={t('name')}
          value={name}
          onChange={(e) => change('name', setName)(e.currentTarget.value)}
          error={errorOf('name')}
          data-testid="programme-name"
        />
        <Group grow align="flex-start">
          <DateField
            label={t('start')}
            value={start}
            onChange={change('startDate', setStart)}
            error={errorOf('startDate')}
            data-testid="programme-start"
          />
          <DateField
            label={t('end')}
            value={end}
            onChange={change('endDate', setEnd)}
            error={errorOf('endDate')}
            data-testid="programme-end"
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            disabled={name.trim() === '' || notADate(start) || notADate(end)}
            onClick={() => void save()}
            data-testid="programme-create"
          >
            {programme ? t('save') : t('create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
