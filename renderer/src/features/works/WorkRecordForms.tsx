import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Work } from '../../../../shared/features/works/types';
import type { Engine } from '../../workspace/workspace-controller';
import { useLocale } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { notifyError } from '../../notifications/notify-error';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { parseShortDate, shortDate } from '../../i18n/format';

const LEVELS = ['low', 'medium', 'high'] as const;
type Level = (typeof LEVELS)[number];

/** Saves through the workspace (one undoable step each); a refusal is shown in the UI's words. Returns whether it saved. */
function useSave(): (change: (engine: Engine) => Promise<unknown>) => Promise<boolean> {
  const { t } = useTranslation('works');
  const controller = useWorkspaceController();
  return async (change) => {
    try {
      await controller.mutate(change);
      return true;
    } catch (error) {
      notifyError(error, (lng) => t('messages.editFailed', { lng }));
      return false;
    }
  };
}

/** A date typed in the UI's short form (or ISO), as ISO; empty → null; anything else goes as typed (the engine refuses it). */
export const isoOrNull = (text: string, locale: Locale): string | null =>
  text.trim() === '' ? null : (parseShortDate(text, locale) ?? text.trim());

function DateInput({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId: string }) {
  const { locale } = useLocale();
  return (
    <TextInput
      size="xs"
      label={label}
      placeholder={shortDate('2025-06-30', locale)}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      w={150}
      data-testid={testId}
    />
  );
}

export function MilestoneForm({ workId }: { workId: number }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const save = useSave();
  const [name, setName] = useState('');
  const [planned, setPlanned] = useState('');
  const [actual, setActual] = useState('');
  const add = async () => {
    if (
      await save((e) =>
        e.addMilestone({ workId, name, plannedDate: isoOrNull(planned, locale) ?? '', actualDate: isoOrNull(actual, locale) }),
      )
    )
      setName('');
  };
  return (
    <Group gap="xs" align="flex-end" mt="sm">
      <TextInput
        size="xs"
        label={t('forms.milestone')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        w={220}
        data-testid="work-milestone-name"
      />
      <DateInput label={t('forms.plannedDate')} value={planned} onChange={setPlanned} testId="work-milestone-planned" />
      <DateInput label={t('forms.actualDate')} value={actual} onChange={setActual} testId="work-milestone-actual" />
      <Button size="xs" onClick={() => void add()} data-testid="work-milestone-add">
        {t('forms.add')}
      </Button>
    </Group>
  );
}

export function RiskForm({ workId }: { workId: number }) {
  const { t } = useTranslation('works');
  const save = useSave();
  const [description, setDescription] = useState('');
  const [probability, setProbability] = useState<Level>('medium');
  const [impact, setImpact] = useState<Level>('medium');
  const [mitigation, setMitigation] = useState('');
  const levels = LEVELS.map((l) => ({ value: l, label: t(`risk.${l}`) }));
  // 'Impacto' is masculine in Portuguese: its levels have their own words.
  const impactLevels = LEVELS.map((l) => ({ value: l, label: t(`risk.impactLevel.${l}`) }));
  const add = async () => {
    if (await save((e) => e.addRisk({ workId, description, probability, impact, mitigation: mitigation.trim() || null }))) {
      setDescription('');
      setMitigation('');
    }
  };
  return (
    <Group gap="xs" align="flex-end" mt="sm">
      <TextInput
        size="xs"
        label={t('forms.risk')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        w={220}
        data-testid="work-risk-description"
      />
      <Select
        size="xs"
        label={t('risk.probability')}
        data={levels}
        value={probability}
        onChange={(v) => setProbability(v ?? 'medium')}
        allowDeselect={false}
        w={100}
      />
      <Select
        size="xs"
        label={t('risk.impact')}
        data={impactLevels}
        value={impact}
        onChange={(v) => setImpact(v ?? 'medium')}
        allowDeselect={false}
        w={100}
      />
      <TextInput size="xs" label={t('risk.mitigation')} value={mitigation} onChange={(e) => setMitigation(e.currentTarget.value)} w={200} />
      <Button size="xs" onClick={() => void add()} data-testid="work-risk-add">
        {t('forms.add')}
      </Button>
    </Group>
  );
}

export function DocumentForm({ workId }: { workId: number }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const save = useSave();
  const [title, setTitle] = useState('');
  const [reference, setReference] = useState('');
  const [dated, setDated] = useState('');
  const add = async () => {
    if (await save((e) => e.addWorkDocument({ workId, title, reference, dated: isoOrNull(dated, locale) }))) {
      setTitle('');
      setReference('');
    }
  };
  return (
    <Group gap="xs" align="flex-end" mt="sm">
      <TextInput
        size="xs"
        label={t('forms.documentTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        w={200}
        data-testid="work-document-title"
      />
      <TextInput
        size="xs"
        label={t('forms.reference')}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        w={220}
        data-testid="work-document-reference"
      />
      <DateInput label={t('work.date')} value={dated} onChange={setDated} testId="work-document-date" />
      <Button size="xs" onClick={() => void add()} data-testid="work-document-add">
        {t('forms.add')}
      </Button>
    </Group>
  );
}

/** The paralysis record: stopping a work sets its status to paralysed with reason and date; a restart date puts it back in progress. */
export function ParalysisForm({ work }: { work: Work }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const save = useSave();
  const [reason, setReason] = useState(work.paralysisReason ?? '');
  const [date, setDate] = useState(work.paralysisDate ? shortDate(work.paralysisDate, locale) : '');
  const [restart, setRestart] = useState(work.restartDate ? shortDate(work.restartDate, locale) : '');
  const record = () => {
    const restartDate = isoOrNull(restart, locale);
    return save((e) =>
      e.updateWork(work.id, {
        paralysisReason: reason.trim() || null,
        paralysisDate: isoOrNull(date, locale),
        restartDate,
        status: restartDate ? 'in-progress' : 'paralysed',
      }),
    );
  };
  return (
    <Group gap="xs" align="flex-end" mt="sm" data-testid="work-paralysis-form">
      <TextInput
        size="xs"
        label={t('work.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        w={260}
        data-testid="work-paralysis-reason"
      />
      <DateInput label={t('work.paralysisDate')} value={date} onChange={setDate} testId="work-paralysis-date" />
      <DateInput label={t('work.restartDate')} value={restart} onChange={setRestart} testId="work-paralysis-restart" />
      <Button size="xs" color="orange" onClick={() => void record()} data-testid="work-paralysis-save">
        {t('forms.recordParalysis')}
      </Button>
    </Group>
  );
}
