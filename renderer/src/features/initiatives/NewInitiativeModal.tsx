import { Alert, Anchor, Group, List, Modal, MultiSelect, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { freeInitiativeCode, sameNamed } from '../../../../shared/features/initiatives/names';
import type { InitiativeProfile, InitiativeSummary } from '../../../../shared/features/initiatives/types';
import { INITIATIVE_KINDS, type InitiativeInput, type InitiativeKind } from '../../../../shared/features/initiatives/schemas';
import { DateField } from '../../components/DateField';
import { FormActions } from '../../components/FormActions';
import { notADate } from '../../i18n/format';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { formFieldRefusal, notifyError } from '../../notifications/notify-error';
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

/** The form's fields as typed (dates as DateField answers them: YYYY-MM-DD, '' or the text typed). */
interface Fields {
  name: string;
  kind: InitiativeKind;
  route: string;
  members: string[];
  sectors: string[];
  notes: string;
  startedOn: string;
  endedOn: string;
}

type FieldErrors = Partial<Record<'name' | 'members' | 'startedOn' | 'endedOn', string>>;

const DATE_FIELDS = ['startedOn', 'endedOn'] as const;

const EMPTY: Fields = { name: '', kind: 'apl', route: '', members: [], sectors: [], notes: '', startedOn: '', endedOn: '' };

/** What the form shows of an initiative being edited. */
function fieldsOf(p: InitiativeProfile): Fields {
  return {
    name: p.name,
    kind: p.kind,
    route: p.route ?? '',
    members: p.municipalityList.map((m) => String(m.code)),
    sectors: p.sectors,
    notes: p.notes ?? '',
    startedOn: p.startedOn ?? '',
    endedOn: p.endedOn ?? '',
  };
}

/** The whole initiative to save: the form's fields over the edited one's (its governance, source, place kept). */
function inputOf(code: string, f: Fields, editing: InitiativeProfile | null): InitiativeInput {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  const kept = editing
    ? {
        country: editing.country,
        lat: editing.lat,
        lon: editing.lon,
        region: editing.region,
        source: editing.source,
        managingBody: editing.managingBody,
        maturity: editing.maturity,
        committee: editing.committee,
        members: editing.members,
        contacts: editing.contacts,
      }
    : {};
  return {
    ...kept,
    code,
    name: f.name.trim(),
    kind: f.kind,
    route: orNull(f.route),
    notes: orNull(f.notes),
    startedOn: orNull(f.startedOn),
    endedOn: orNull(f.endedOn),
    municipalities: f.members.map(Number),
    sectors: f.sectors,
  };
}

/**
 * A new initiative entered by hand (an APL, a CEPAL initiative, a community arrangement the planner
 * follows): its name, kind, route or chain, municipalities (any state), dates, CNAE sectors and notes.
 * The registry was filled only by imports before; governance, methodologies, events and links are then
 * added in its profile, as for an imported one. One undo step.
 */
export function NewInitiativeModal({ opened, onClose, ...props }: Props) {
  const { t } = useTranslation('initiatives');
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      {opened && <InitiativeForm onClose={onClose} editing={null} {...props} />}
    </Modal>
  );
}

/**
 * An initiative's name, kind, route, municipalities, dates, sectors and notes changed (a municipality
 * joins or leaves a polo, the initiative ends): the same form, filled, its code kept. One undo step.
 */
export function EditInitiativeModal({
  profile,
  onClose,
  existing,
  onOpen,
}: {
  /** The initiative edited; null: the modal is closed. */
  profile: InitiativeProfile | null;
  onClose: () => void;
} & Pick<Props, 'existing' | 'onOpen'>) {
  const { t } = useTranslation('initiatives');
  return (
    <Modal opened={profile !== null} onClose={onClose} title={t('edit.title', { name: profile?.name ?? '' })} size="lg">
      {profile && <InitiativeForm onClose={onClose} editing={profile} existing={existing} onOpen={onOpen} />}
    </Modal>
  );
}

function InitiativeForm({
  taken = new Set<string>(),
  onClose,
  onCreated,
  existing,
  onOpen,
  editing,
}: Partial<Pick<Props, 'taken' | 'onCreated'>> & Pick<Props, 'onClose' | 'existing' | 'onOpen'> & { editing: InitiativeProfile | null }) {
  const { t } = useTranslation('initiatives');
  const controller = useWorkspaceController();
  const [fields, setFields] = useState<Fields>(() => (editing ? fieldsOf(editing) : EMPTY));
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => setFields((f) => ({ ...f, [key]: value }));
  const { name, kind, route, members, sectors, notes, startedOn, endedOn } = fields;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saving, setSaving] = useState(false);

  const options = useMunicipalityOptions();
  const code = editing ? editing.code : name.trim() === '' ? '' : freeInitiativeCode(name, taken);
  const same = sameNamed(
    name,
    existing.filter((i) => i.code !== editing?.code),
  );

  const submit = async () => {
    const missing: FieldErrors = {
      ...(name.trim() === '' ? { name: t('create.required') } : {}),
      ...(members.length === 0 ? { members: t('create.needMunicipalities') } : {}),
    };
    setErrors(missing);
    // A date that is no day (31/02) is said by its field itself.
    if (Object.keys(missing).length > 0 || notADate(startedOn) || notADate(endedOn)) return;
    setSaving(true);
    try {
      const saved = await controller.mutate((e) => e.saveInitiative(inputOf(code, fields, editing)));
      const count = members.length;
      notify({
        kind: 'success',
        title: (lng) => t(editing ? 'edit.saved' : 'create.saved', { lng }),
        message: (lng) => t('create.summary', { lng, name: saved.name, count }),
      });
      onCreated?.(saved.code);
      onClose();
    } catch (e) {
      // A date refused (an end before the start) is said at its field; the name and members are marked too.
      const dates = formFieldRefusal(e, DATE_FIELDS);
      const field = toEngineError(e).params.field;
      if (dates) setErrors({ [dates.field]: dates.reason });
      else if (field === 'name' || field === 'municipalities') setErrors({ [field === 'name' ? 'name' : 'members']: t('create.refused') });
      if (!dates) notifyError(e, (lng) => (editing ? t('edit.failed', { lng }) : t('create.failed', { lng })));
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
        onChange={(e) => set('name', e.currentTarget.value)}
        error={errors.name}
        maxLength={300}
        data-autofocus
        data-testid="initiative-new-name"
      />
      {code && !editing && (
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
        onChange={(v) => v && set('kind', v)}
        allowDeselect={false}
        mt="xs"
        comboboxProps={{ withinPortal: true }}
        data-testid="initiative-new-kind"
      />
      <TextInput
        label={t('grid.route')}
        value={route}
        onChange={(e) => set('route', e.currentTarget.value)}
        maxLength={200}
        mt="xs"
        data-testid="initiative-new-route"
      />
      <MultiSelect
        label={t('create.municipalities', { count: members.length })}
        description={t('create.municipalitiesHint')}
        data={options}
        value={members}
        onChange={(v) => set('members', v)}
        searchable
        limit={50}
        clearable
        mt="xs"
        // Below the field, as tall as the window leaves: with many members the field is tall, and the list
        // flipped above it, over the name, the kind and the route.
        floatingHeight="viewport"
        // A polo of a hundred municipalities scrolls its own list rather than pushing Save off the dialog.
        styles={{ input: { maxHeight: 200, overflowY: 'auto' } }}
        error={errors.members}
        nothingFoundMessage={t('create.nothingFound')}
        comboboxProps={{ withinPortal: true }}
        data-testid="initiative-new-municipalities"
      />
      <Group grow mt="xs" align="flex-start">
        <DateField
          label={t('merge.fields.startedOn')}
          value={startedOn}
          onChange={(v) => set('startedOn', v)}
          error={errors.startedOn}
          data-testid="initiative-form-started"
        />
        <DateField
          label={t('merge.fields.endedOn')}
          value={endedOn}
          onChange={(v) => set('endedOn', v)}
          error={errors.endedOn}
          data-testid="initiative-form-ended"
        />
      </Group>
      <SectorsSelect value={sectors} onChange={(v) => set('sectors', v)} />
      <Textarea
        label={t('profile.fields.notes')}
        value={notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={10_000}
        mt="xs"
      />
      <FormActions
        submitLabel={editing ? t('edit.submit') : t('create.submit')}
        onCancel={onClose}
        busy={saving}
        testId="initiative-new-submit"
      />
    </form>
  );
}
