import { Badge, Button, Group, Modal, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { DateField } from '../../components/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEngineData } from '../../workspace/use-engine-data';
import { ActionsPanel } from './ActionsPanel';
import { FrameworkPanel } from './FrameworkPanel';
import { MonitorPanel } from './MonitorPanel';
import { useProgrammeEdit } from './use-programme-edit';

/** Programas (issue 12): programmes, their results framework, actions and monitoring. */
export function ProgrammesArea({ onOpenInitiative }: { onOpenInitiative: (code: string) => void }) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
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
      <NewProgrammeModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreate={async (input) => {
          const created = await edit((engine) => engine.saveProgramme(input));
          if (!created) return;
          setPicked(created.id);
          setCreating(false);
        }}
      />
    </Stack>
  );
}

function NewProgrammeModal({
  opened,
  onClose,
  onCreate,
}: {
  opened: boolean;
  onClose: () => void;
  onCreate: (input: { name: string; startDate: string | null; endDate: string | null }) => Promise<void>;
}) {
  const { t } = useTranslation('programmes');
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('new')}>
      <Stack gap="xs">
        <TextInput label={t('name')} value={name} onChange={(e) => setName(e.currentTarget.value)} data-testid="programme-name" />
        <Group grow>
          <DateField label={t('start')} value={start} onChange={setStart} data-testid="programme-start" />
          <DateField label={t('end')} value={end} onChange={setEnd} data-testid="programme-end" />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button
            disabled={name.trim() === ''}
            onClick={() => void onCreate({ name: name.trim(), startDate: start.trim() || null, endDate: end.trim() || null })}
            data-testid="programme-create"
          >
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
