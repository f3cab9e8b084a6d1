import { Badge, Button, Group, Modal, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { DateField } from '../../components/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notADate } from '../../i18n/format';
import { formFieldRefusal } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { ActionsPanel } from './ActionsPanel';
import { FrameworkPanel } from './FrameworkPanel';
import { MonitorPanel } from './MonitorPanel';
import { useProgrammeEdit } from './use-programme-edit';

/** Programas (issue 12): programmes, their results framework, actions and monitoring. */
export function ProgrammesArea({ onOpenInitiative }: { onOpenInitiative: (code: string) => void }) {
  const { t } = useTranslation('programmes');
  const list = useEngineData((engine) => engine.listProgrammes(), []);
  const [picked, setPicked] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const programmes = list.data ?? [];
  const current = programmes.find((p) => p.id === picked) ?? programmes[0] ?? null;

  return (
    <Stack gap="sm" data-testid="programmes-area" data-loaded={list.loading ? 'false' : 'true'}>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Title order={3}>{t('title')}</Title>
          <Select
            label={t('programme')}
            data={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
            value={current ? String(current.id) : null}
            onChange={(v) => v && setPicked(Number(v))}
            allowDeselect={false}
            w={360}
            data-testid="programme-select"
          />
          {current?.illustrative && (
            <Badge color="orange" variant="light" data-testid="programme-illustrative">
              {t('illustrative')}
            </Badge>
          )}
        </Group>
        <Button variant="light" onClick={() => setCreating(true)} data-testid="programme-new">
          {t('new')}
        </Button>
      </Group>
      {current?.illustrative && (
        <Text size="xs" c="orange">
          {t('illustrativeNote')} {current.source}
        </Text>
      )}
      {!list.loading && !current && (
        <Text c="dimmed" data-testid="programmes-empty">
          {t('none')}
        </Text>
      )}
      {current && (
        <Tabs defaultValue="monitor" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="monitor" data-testid="programme-tab-monitor">
              {t('tabs.monitor')}
            </Tabs.Tab>
            <Tabs.Tab value="actions" data-testid="programme-tab-actions">
              {t('tabs.actions')}
            </Tabs.Tab>
            <Tabs.Tab value="framework" data-testid="programme-tab-framework">
              {t('tabs.framework')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="monitor" pt="sm">
            <MonitorPanel programme={current} />
          </Tabs.Panel>
          <Tabs.Panel value="actions" pt="sm">
            <ActionsPanel
              programmeId={current.id}
              source={current.illustrative ? `${current.name} — ${t('illustrativeNote')}` : current.name}
              onOpenInitiative={onOpenInitiative}
            />
          </Tabs.Panel>
          <Tabs.Panel value="framework" pt="sm">
            <FrameworkPanel programmeId={current.id} />
          </Tabs.Panel>
        </Tabs>
      )}
      {/* Mounted while open: each new programme starts from an empty form (it kept the last one's name and dates). */}
      {creating && (
        <NewProgrammeModal
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setPicked(id);
            setCreating(false);
          }}
        />
      )}
    </Stack>
  );
}

const NEW_FIELDS = ['name', 'startDate', 'endDate'] as const;
type NewField = (typeof NEW_FIELDS)[number];

/**
 * A new programme: its name and period. A day that does not exist keeps Create off (the field says
 * why); a value the engine refuses (an end before the start) is said at its field.
 */
function NewProgrammeModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [refused, setRefused] = useState<{ field: NewField; reason: string } | null>(null);
  const errorOf = (field: NewField) => (refused?.field === field ? refused.reason : undefined);
  const change = (field: NewField, set: (v: string) => void) => (v: string) => {
    set(v);
    if (refused?.field === field) setRefused(null);
  };
  const create = async () => {
    const created = await edit(
      (engine) => engine.saveProgramme({ name: name.trim(), startDate: start.trim() || null, endDate: end.trim() || null }),
      (error) => {
        const atField = formFieldRefusal(error, NEW_FIELDS);
        setRefused(atField);
        return atField !== null;
      },
    );
    if (created) onCreated(created.id);
  };
  return (
    <Modal opened onClose={onClose} title={t('new')}>
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
            onClick={() => void create()}
            data-testid="programme-create"
          >
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
