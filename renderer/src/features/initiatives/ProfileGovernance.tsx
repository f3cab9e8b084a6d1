import { ActionIcon, Anchor, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeInput } from '../../../../shared/features/initiatives/schemas';
import type { InitiativeProfile } from '../../../../shared/features/initiatives/types';
import { useLocale } from '../../i18n';
import { notADate, shortDate } from '../../i18n/format';
import { notifyError } from '../../notifications/notify-error';
import type { Engine } from '../../workspace/workspace-controller';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { DateField } from '../../components/DateField';
import { SectorsSelect } from './SectorsSelect';

type GovernanceField = 'managingBody' | 'maturity' | 'committee' | 'members' | 'contacts' | 'notes';
const FIELDS: readonly GovernanceField[] = ['managingBody', 'maturity', 'committee', 'members', 'contacts', 'notes'];

/** The small red "×" that removes one event or link. */
function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon size="xs" variant="subtle" color="red" aria-label={label} onClick={onClick}>
      ×
    </ActionIcon>
  );
}

/** The governance fields as edited, and the sectors. */
type Editing = Record<GovernanceField, string> & { sectors: string[] };

/** The profile as a whole input to save, with its governance fields and sectors replaced. */
function asInput(p: InitiativeProfile, governance: Editing): InitiativeInput {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    code: p.code,
    name: p.name,
    kind: p.kind,
    route: p.route,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    region: p.region,
    sectors: governance.sectors,
    startedOn: p.startedOn,
    endedOn: p.endedOn,
    source: p.source,
    municipalities: p.municipalityList.map((m) => m.code),
    managingBody: orNull(governance.managingBody),
    maturity: orNull(governance.maturity),
    committee: orNull(governance.committee),
    members: orNull(governance.members),
    contacts: orNull(governance.contacts),
    notes: orNull(governance.notes),
  };
}

/**
 * An initiative's governance (managing body, committee, members, contacts), the methodologies it uses,
 * its events and its links to other initiatives — each edit one undo step.
 */
export function ProfileGovernance({
  profile: p,
  others,
  onOpen,
}: {
  profile: InitiativeProfile;
  others: readonly { code: string; name: string }[];
  onOpen: (code: string) => void;
}) {
  const { t } = useTranslation('initiatives');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [event, setEvent] = useState({ date: '', title: '' });
  const [link, setLink] = useState<{ to: string | null; relation: string }>({ to: null, relation: '' });
  const run = (change: (engine: Engine) => Promise<unknown>, after?: () => void) =>
    controller
      .mutate(change)
      .then(() => after?.())
      .catch((e: unknown) => notifyError(e, (lng) => t('profile.saveFailed', { lng })));
  const open = () =>
    setEditing({ ...(Object.fromEntries(FIELDS.map((f) => [f, p[f] ?? ''])) as Record<GovernanceField, string>), sectors: p.sectors });

  return (
    <Stack gap={4} data-testid="initiative-governance">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          {t('profile.governance')}
        </Text>
        <Button size="compact-xs" variant="default" onClick={open} data-testid="governance-edit">
          {t('profile.edit')}
        </Button>
      </Group>
      <Table fz="xs" withRowBorders={false}>
        <Table.Tbody>
          {FIELDS.map((f) => (
            <Table.Tr key={f}>
              <Table.Td c="dimmed" w={130}>
                {t(`profile.fields.${f}`)}
              </Table.Td>
              <Table.Td data-testid={`governance-${f}`} style={{ whiteSpace: 'pre-wrap' }}>
                {p[f] ?? '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fw={600} size="sm">
        {t('profile.methodologies')}
      </Text>
      <Text size="xs" data-testid="initiative-methodologies">
        {p.methodologies.map((m) => `${m.title} (${t(`themes.${m.theme}`)})`).join('; ') || t('profile.noMethodologies')}
      </Text>
      <Text fw={600} size="sm">
        {t('profile.events')}
      </Text>
      {p.events.map((e) => (
        <Group key={e.id} gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            {shortDate(e.date, locale)}
          </Text>
          <Text size="xs">{e.title}</Text>
          <RemoveButton label={t('profile.remove')} onClick={() => void run((engine) => engine.deleteInitiativeEvent(e.id))} />
        </Group>
      ))}
      {/* The title on a line of its own: in the profile's narrow column, beside the date, it cut its placeholder. */}
      <TextInput
        size="xs"
        placeholder={t('profile.eventTitle')}
        aria-label={t('profile.eventTitle')}
        value={event.title}
        onChange={(e) => setEvent({ ...event, title: e.currentTarget.value })}
      />
      <Group gap={4} wrap="nowrap">
        <DateField
          size="xs"
          w={140}
          aria-label={t('profile.eventDate')}
          value={event.date}
          onChange={(date) => setEvent({ ...event, date })}
        />
        <Button
          size="xs"
          variant="default"
          // A day that does not exist (31/02) keeps Add off; the field says why.
          disabled={event.date === '' || notADate(event.date) || event.title.trim() === ''}
          onClick={() =>
            void run(
              (engine) => engine.addInitiativeEvent({ initiative: p.code, ...event }),
              () => setEvent({ date: '', title: '' }),
            )
          }
        >
          {t('profile.add')}
        </Button>
      </Group>
      <Text fw={600} size="sm">
        {t('profile.links')}
      </Text>
      {p.links.map((l) => (
        <Group key={l.code} gap={6} wrap="nowrap">
          <Anchor size="xs" onClick={() => onOpen(l.code)}>
            {l.name}
          </Anchor>
          <Text size="xs" c="dimmed">
            {l.relation}
          </Text>
          <RemoveButton label={t('profile.remove')} onClick={() => void run((engine) => engine.deleteInitiativeLink(p.code, l.code))} />
        </Group>
      ))}
      <Select
        size="xs"
        placeholder={t('profile.linkTo')}
        aria-label={t('profile.linkTo')}
        data={others.filter((o) => o.code !== p.code).map((o) => ({ value: o.code, label: o.name }))}
        value={link.to}
        onChange={(to) => setLink({ ...link, to })}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Group gap={4} wrap="nowrap">
        <TextInput
          size="xs"
          style={{ flex: 1 }}
          placeholder={t('profile.relation')}
          aria-label={t('profile.relation')}
          value={link.relation}
          onChange={(e) => setLink({ ...link, relation: e.currentTarget.value })}
        />
        <Button
          size="xs"
          variant="default"
          disabled={link.to === null}
          onClick={() =>
            link.to &&
            void run(
              (engine) => engine.saveInitiativeLink({ from: p.code, to: link.to ?? '', relation: link.relation }),
              () => setLink({ to: null, relation: '' }),
            )
          }
        >
          {t('profile.add')}
        </Button>
      </Group>
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('profile.governanceOf', { name: p.name })} size="lg">
        {editing && (
          <Stack gap="xs">
            {FIELDS.map((f) => (
              <Textarea
                key={f}
                size="xs"
                autosize
                minRows={f === 'members' || f === 'notes' ? 2 : 1}
                label={t(`profile.fields.${f}`)}
                value={editing[f]}
                onChange={(e) => setEditing({ ...editing, [f]: e.currentTarget.value })}
                data-testid={`governance-input-${f}`}
              />
            ))}
            <SectorsSelect value={editing.sectors} onChange={(sectors) => setEditing({ ...editing, sectors })} />
            <Group justify="flex-end">
              <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                {t('profile.cancel')}
              </Button>
              <Button
                size="xs"
                onClick={() =>
                  void run(
                    (engine) => engine.saveInitiative(asInput(p, editing)),
                    () => setEditing(null),
                  )
                }
                data-testid="governance-save"
              >
                {t('profile.save')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
