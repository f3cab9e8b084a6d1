import { Modal, MultiSelect, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerritorySet } from '../../../../shared/features/territories/types';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { fieldErrorMessage } from './field-error';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { useMunicipalityOptions } from '../../workspace/use-municipality-options';
import { FormActions } from '../../components/FormActions';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The territory to edit; a new one when absent. */
  set?: TerritorySet | null;
  initialMembers?: number[];
}

/** A custom territory: a name, a description and its municipalities (any state). */
export function TerritorySetModal({ opened, onClose, set, initialMembers }: Props) {
  const { t } = useTranslation('territories');
  return (
    <Modal opened={opened} onClose={onClose} title={set ? t('territories.editSet', { name: set.name }) : t('territories.newSet')} size="lg">
      <SetForm set={set ?? null} initialMembers={initialMembers ?? []} onClose={onClose} />
    </Modal>
  );
}

function SetForm({ set, initialMembers, onClose }: { set: TerritorySet | null; initialMembers: number[]; onClose: () => void }) {
  const { t } = useTranslation('territories');
  const controller = useWorkspaceController();
  const [name, setName] = useState(set?.name ?? '');
  const [description, setDescription] = useState(set?.description ?? '');
  const [members, setMembers] = useState<string[]>((set?.members ?? initialMembers).map(String));
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const options = useMunicipalityOptions();
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);

  const submit = async () => {
    setSaving(true);
    try {
      const saved = await controller.mutate((e) => e.saveTerritorySet({ id: set?.id, name, description, members: members.map(Number) }));
      notify({
        kind: 'success',
        title: (lng) => t('territories.setSaved', { lng }),
        message: (lng) => t('territories.setSummary', { lng, name: saved.name, count: saved.members.length }),
      });
      onClose();
    } catch (e) {
      const field = toEngineError(e).params.field;
      if (typeof field === 'string') setError({ field, message: fieldErrorMessage(e, t) });
      else notifyError(e, (lng) => t('territories.setSaveFailed', { lng }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="territory-set-form"
    >
      <TextInput
        label={t('territories.setName')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errorFor('name')}
        data-autofocus
        data-testid="territory-set-name"
      />
      <Textarea
        label={t('territories.setDescription')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
        minRows={2}
        mt="xs"
      />
      <MultiSelect
        label={t('territories.setMembers', { count: members.length })}
        data={options}
        value={members}
        onChange={setMembers}
        searchable
        limit={50}
        clearable
        mt="xs"
        maxDropdownHeight={260}
        error={errorFor('members')}
        nothingFoundMessage={t('compare.nothingFound')}
        data-testid="territory-set-members"
        comboboxProps={{ withinPortal: true }}
      />
      <FormActions submitLabel={t('grid.save')} onCancel={onClose} busy={saving} testId="territory-set-submit" />
    </form>
  );
}
