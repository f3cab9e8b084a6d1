import { Badge, Button, Group, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import type { Programme } from '../../../../shared/features/programmes/types';
import { programmeNameIn, programmeSourceAfterIllustrativeNote } from '../../../../shared/features/programmes/demo-text';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useLocale } from '../../i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEngineData } from '../../workspace/use-engine-data';
import { ActionsPanel } from './ActionsPanel';
import { FrameworkPanel } from './FrameworkPanel';
import { MonitorPanel } from './MonitorPanel';
import { ProgrammeModal } from './ProgrammeModal';
import { useProgrammeEdit } from './use-programme-edit';

/** Programas (issue 12): programmes, their results framework, actions and monitoring. */
export function ProgrammesArea({ onOpenInitiative }: { onOpenInitiative: (code: string) => void }) {
  const { t } = useTranslation('programmes');
  const { locale } = useLocale();
  const list = useEngineData((engine) => engine.listProgrammes(), []);
  const [picked, setPicked] = useState<number | null>(null);
  const edit = useProgrammeEdit();
  const [form, setForm] = useState<{ programme: Programme | null } | null>(null);
  const [deleting, setDeleting] = useState<Programme | null>(null);
  const programmes = list.data ?? [];
  const current = programmes.find((p) => p.id === picked) ?? programmes[0] ?? null;

  return (
    <Stack gap="sm" data-testid="programmes-area" data-loaded={list.loading ? 'false' : 'true'}>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <Title order={3}>{t('title')}</Title>
          <Select
            label={t('programme')}
            data={programmes.map((p) => ({ value: String(p.id), label: programmeNameIn(p.name, locale) }))}
            value={current ? String(current.id) : null}
            onChange={(v) => v && setPicked(Number(v))}
            allowDeselect={false}
            searchable
            w={360}
            data-testid="programme-select"
          />
          {current?.illustrative && (
            <Badge color="orange" variant="light" data-testid="programme-illustrative">
              {t('illustrative')}
            </Badge>
          )}
        </Group>
        <Group gap="xs">
          {current && (
            <>
              <Button variant="default" onClick={() => setForm({ programme: current })} data-testid="programme-edit">
                {t('editProgramme')}
              </Button>
              <Button variant="default" color="red" onClick={() => setDeleting(current)} data-testid="programme-delete">
                {t('delete')}
              </Button>
            </>
          )}
          <Button variant="light" onClick={() => setForm({ programme: null })} data-testid="programme-new">
            {t('new')}
          </Button>
        </Group>
      </Group>
      {current?.illustrative && (
        <Text size="xs" c="orange" data-testid="programme-illustrative-note">
          {t('illustrativeNote')} {programmeSourceAfterIllustrativeNote(current.source, locale)}
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
              source={current.illustrative ? `${programmeNameIn(current.name, locale)} — ${t('illustrativeNote')}` : current.name}
              onOpenInitiative={onOpenInitiative}
            />
          </Tabs.Panel>
          <Tabs.Panel value="framework" pt="sm">
            <FrameworkPanel programmeId={current.id} />
          </Tabs.Panel>
        </Tabs>
      )}
      {/* Mounted while open: each new programme starts from an empty form (it kept the last one's name and dates). */}
      {form && (
        <ProgrammeModal
          programme={form.programme}
          onClose={() => setForm(null)}
          onSaved={(id) => {
            setPicked(id);
            setForm(null);
          }}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('deleteTitle', { name: deleting ? programmeNameIn(deleting.name, locale) : '' })}
        message={t('deleteMessage')}
        confirmLabel={t('delete')}
        danger
        onConfirm={() => {
          const id = deleting?.id;
          setDeleting(null);
          if (id !== undefined) void edit((engine) => engine.deleteProgramme(id)).then(() => setPicked(null));
        }}
        onCancel={() => setDeleting(null)}
        testId="programme-delete-confirm"
      />
    </Stack>
  );
}
