import { Alert, Anchor, List, Modal, MultiSelect, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { freeInitiativeCode, sameNamed } from '../../../../shared/features/initiatives/names';
import type { InitiativeSummary } from '../../../../shared/features/initiatives/types';
import { INITIATIVE_KINDS, type InitiativeKind } from '../../../../shared/features/initiatives/schemas';
import { FormActions } from '../../components/FormActions';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { useMunicipalityOptions } from '../../workspace/use-municipality-options';
import { SectorsSelect } from './SectorsSelect';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** The codes the workspace's initiatives have: a new one never takes one (saving would update it). */
  taken: ReadonlySet<string>;
  /** Told the new initiative's code once it is saved (the area opens its profile). */
  onCreated: (code: string) => void;
  /** The registry: a name it already has is said before creating (not refused: two states may share one). */
  existing: readonly Pick<InitiativeSummary, 'code' | 'name' | 'route' | 'states'>[];
  /** Opens an existing initiative's profile (the same-name warning's links). */
  onOpen: (code: string) => void;
}

/**
 * A new initiative entered by hand (an APL, a CEPAL initiative, a community arrangement the planner
 * follows): its name, kind, route or chain, municipalities (any state), CNAE sectors and notes. The
 * registry was filled only by imports before; governance, methodologies, events and links are then
 * added in its profile, as for an imported one. One undo step.
 */
export function NewInitiativeModal({ opened, onClose, ...props }: Props) {
  const { t } = useTranslation('initiatives');
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      {opened && <NewInitiativeForm onClose={onClose} {...props} />}
    </Modal>
  );
}

function NewInitiativeForm({ taken, onClose, onCreated, existing, onOpen }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('initiatives');
  const controller = useWorkspaceController();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<InitiativeKind>('apl');
  const [route, setRoute] = useState('');
  const [members, setMembers] = useState<string[]>([]);
  const [sectors, setSectors] = useState<string[]>([]);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<{ name?: string; members?: string }>({});
  const [saving, setSaving] = useState(false);

  const options = useMunicipalityOptions();
  const code = name.trim() === '' ? '' : freeInitiativeCode(name, taken);
  const same = sameNamed(name, existing);

  const submit = async () => {
    const missing = {
      ...(name.trim() === '' ? { name: t('create.required') } : {}),
      ...(members.length === 0 ? { members: t('create.needMunicipalities') } : {}),
    };
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setSaving(true);
    try {
      const saved = await controller.mutate((e) =>
        e.saveInitiative({
          code,
          name: name.trim(),
          kind,
          route: route.trim() === '' ? null : route.trim(),
          notes: notes.trim() === '' ? null : notes.trim(),
          municipalities: members.map(Number),
          sectors,
        }),
      );
      notify({ kind: 'success', title: t('create.saved'), message: t('create.summary', { name: saved.name, count: members.length }) });
      onCreated(saved.code);
      onClose();
    } catch (e) {
      const field = toEngineError(e).params.field;
      if (field === 'name' || field === 'municipalities') setErrors({ [field === 'name' ? 'name' : 'members']: t('create.refused') });
      notifyError(e, (lng) => t('create.failed', { lng }));
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
      data-testid="initiative-new-form"
    >
      <TextInput
        label={t('create.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
        maxLength={300}
        data-autofocus
        data-testid="initiative-new-name"
      />
      {code && (
        <Text size="xs" c="dimmed" mt={4} data-testid="initiative-new-code">
          {t('create.code', { code })}
        </Text>
      )}
      {same.length > 0 && (
        <Alert
          color="yellow"
          variant="light"
          p="xs"
          mt={6}
          title={t('create.sameName', { count: same.length })}
          data-testid="initiative-new-same-name"
        >
          <List size="sm" spacing={2}>
            {same.map((i) => (
              <List.Item key={i.code}>
                <Anchor
                  size="sm"
                  onClick={() => {
                    onOpen(i.code);
                    onClose();
                  }}
                >
                  {i.name}
                </Anchor>{' '}
                <Text span size="xs" c="dimmed">
                  ({[i.route, i.states.join(', '), i.code].filter((x) => x).join(' · ')})
                </Text>
              </List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            {t('create.sameNameHint')}
          </Text>
        </Alert>
      )}
      <Select
        label={t('grid.kind')}
        data={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        value={kind}
        onChange={(v) => v && setKind(v)}
        allowDeselect={false}
        mt="xs"
        comboboxProps={{ withinPortal: true }}
        data-testid="initiative-new-kind"
      />
      <TextInput
        label={t('grid.route')}
        value={route}
        onChange={(e) => setRoute(e.currentTarget.value)}
        maxLength={200}
        mt="xs"
        data-testid="initiative-new-route"
      />
      <MultiSelect
        label={t('create.municipalities', { count: members.length })}
        description={t('create.municipalitiesHint')}
        data={options}
        value={members}
        onChange={setMembers}
        searchable
        limit={50}
        clearable
        mt="xs"
        maxDropdownHeight={260}
        error={errors.members}
        nothingFoundMessage={t('create.nothingFound')}
        comboboxProps={{ withinPortal: true }}
        data-testid="initiative-new-municipalities"
      />
      <SectorsSelect value={sectors} onChange={setSectors} />
      <Textarea
        label={t('profile.fields.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={10_000}
        mt="xs"
      />
      <FormActions submitLabel={t('create.submit')} onCancel={onClose} busy={saving} testId="initiative-new-submit" />
    </form>
  );
}
