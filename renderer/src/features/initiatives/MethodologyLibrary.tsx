import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  MultiSelect,
  ScrollArea,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METHODOLOGY_THEMES, type MethodologyTheme } from '../../../../shared/features/initiatives/schemas';
import type { Methodology } from '../../../../shared/features/initiatives/types';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';

interface Draft {
  id?: number;
  title: string;
  theme: MethodologyTheme;
  source: string;
  link: string;
  fileRef: string;
  usedBy: string[];
}

const EMPTY: Draft = { title: '', theme: 'market-access', source: '', link: '', fileRef: '', usedBy: [] };
const toDraft = (m: Methodology): Draft => ({
  id: m.id,
  title: m.title,
  theme: m.theme,
  source: m.source,
  link: m.link ?? '',
  fileRef: m.fileRef ?? '',
  usedBy: m.usedBy,
});

/**
 * The methodology library shared between initiatives: title, theme, source, a link or a reference to
 * an attached file, and which initiatives use it. Every save and delete is one undo step.
 */
export function MethodologyLibrary({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('initiatives');
  const controller = useWorkspaceController();
  // Asked when the library opens, not with the area (issue 16: it doubled the area's first queries).
  const data = useEngineData(
    async (engine) => {
      if (!opened) return null;
      const [methodologies, initiatives] = await Promise.all([engine.methodologies(), engine.listInitiatives({})]);
      return { methodologies, initiatives };
    },
    [opened],
  );
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const names = new Map((data.data?.initiatives ?? []).map((i) => [i.code, i.name]));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = () => {
    const input = { ...draft, link: draft.link.trim() || null, fileRef: draft.fileRef.trim() || null };
    controller
      .mutate((engine) => engine.saveMethodology(input))
      .then(() => setDraft(EMPTY))
      .catch((e: unknown) => notifyError(e, (lng) => t('library.failed', { lng })));
  };
  const remove = (id: number) => {
    controller
      .mutate((engine) => engine.deleteMethodology(id))
      .catch((e: unknown) => notifyError(e, (lng) => t('library.failed', { lng })));
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('library.title')} size="80rem" data-testid="methodology-library">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('library.hint')}
        </Text>
        <ScrollArea h={300}>
          <Table fz="xs" striped data-testid="methodology-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('library.titleField')}</Table.Th>
                <Table.Th>{t('library.theme')}</Table.Th>
                <Table.Th>{t('library.source')}</Table.Th>
                <Table.Th>{t('library.where')}</Table.Th>
                <Table.Th>{t('library.usedBy')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(data.data?.methodologies ?? []).map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>
                    <Anchor size="xs" onClick={() => setDraft(toDraft(m))}>
                      {m.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {/* The theme in full: an uppercase badge cut "Acesso a mercados" to "ACESSO A M…". */}
                    <Badge size="sm" variant="light" tt="none" styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}>
                      {t(`themes.${m.theme}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{m.source}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-all' }}>
                    {m.link && <div>{m.link}</div>}
                    {m.fileRef && <div>{m.fileRef}</div>}
                    {!m.link && !m.fileRef && '—'}
                  </Table.Td>
                  <Table.Td>{m.usedBy.length > 0 ? m.usedBy.map((c) => names.get(c) ?? c).join(', ') : '—'}</Table.Td>
                  <Table.Td>
                    <ActionIcon size="sm" variant="subtle" color="red" aria-label={t('library.delete')} onClick={() => remove(m.id)}>
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.data?.methodologies.length === 0 && (
            <Text size="xs" c="dimmed" ta="center" mt="md">
              {t('library.empty')}
            </Text>
          )}
        </ScrollArea>
        <Group grow align="flex-end">
          <TextInput
            size="xs"
            label={t('library.titleField')}
            value={draft.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            data-testid="methodology-title"
          />
          <Select
            size="xs"
            label={t('library.theme')}
            data={METHODOLOGY_THEMES.map((v) => ({ value: v, label: t(`themes.${v}`) }))}
            value={draft.theme}
            onChange={(v) => v && set('theme', v)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: true }}
            data-testid="methodology-theme"
          />
          <TextInput size="xs" label={t('library.source')} value={draft.source} onChange={(e) => set('source', e.currentTarget.value)} />
        </Group>
        <Group grow align="flex-end">
          <TextInput size="xs" label={t('library.link')} value={draft.link} onChange={(e) => set('link', e.currentTarget.value)} />
          <TextInput size="xs" label={t('library.fileRef')} value={draft.fileRef} onChange={(e) => set('fileRef', e.currentTarget.value)} />
          <MultiSelect
            size="xs"
            label={t('library.usedBy')}
            data={(data.data?.initiatives ?? []).map((i) => ({ value: i.code, label: i.name }))}
            value={draft.usedBy}
            onChange={(v) => set('usedBy', v)}
            searchable
            comboboxProps={{ withinPortal: true }}
            data-testid="methodology-used-by"
          />
        </Group>
        <Group justify="flex-end">
          {draft.id !== undefined && (
            <Button size="xs" variant="default" onClick={() => setDraft(EMPTY)}>
              {t('library.new')}
            </Button>
          )}
          <Button size="xs" disabled={draft.title.trim() === ''} onClick={save} data-testid="methodology-save">
            {draft.id === undefined ? t('library.add') : t('library.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
