import { Button, Group, List, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { checkCnpj } from '../../../../shared/features/attraction/cnpj';
import type { Lot, ProspectView } from '../../../../shared/features/attraction/types';
import { notADate, shortDate } from '../../i18n/format';
import { prospectChanges, prospectForm, type ProspectForm } from './prospect-changes';
import { useAttraction } from './use-attraction';
import { DateField } from '../../components/DateField';
import { localDay } from '../../../../shared/text/local-day';

/**
 * Edits a prospect after creation (one undoable step): every field but the stage, which moves on
 * the board so that each change lands in the history shown below; and the district's lot it takes
 * (no screen set it: a company's land, and its discount in the incentives, came from imports only,
 * and a lot two companies held could not be given back to one). The engine refuses a lot another
 * company holds, naming it.
 */
export function ProspectEditor({ prospect, lots, onClose }: { prospect: ProspectView; lots: readonly Lot[]; onClose: () => void }) {
  const { t, locale, act } = useAttraction();
  const [form, setForm] = useState<ProspectForm>(() => prospectForm(prospect));
  const cnpj = form.text.cnpj.trim();
  const cnpjCheck = cnpj === '' ? null : checkCnpj(cnpj);
  const cnpjError = cnpjCheck && !cnpjCheck.ok ? t(`edit.cnpj.${cnpjCheck.reason}`, { expected: cnpjCheck.expected ?? '' }) : null;
  const changes = prospectChanges(prospect, form);
  const changed = Object.keys(changes).length > 0;
  const field = (k: keyof ProspectForm['text']) => ({
    value: form.text[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setForm({ ...form, text: { ...form.text, [k]: e.currentTarget.value } }),
    'data-testid': `prospect-edit-${k}`,
  });
  const numberField = (k: keyof ProspectForm['numbers']) => ({
    value: form.numbers[k],
    onChange: (v: number | string) => setForm({ ...form, numbers: { ...form.numbers, [k]: v } }),
    min: 0,
    // A negative typed is refused by the engine with its message, never changed to 0 on blur.
    clampBehavior: 'none' as const,
    'data-testid': `prospect-edit-${k}`,
  });
  const save = async () => {
    const saved = await act((e) => e.updateProspect(prospect.id, changes));
    if (saved) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('edit.title', { company: prospect.company })} size="lg" data-testid="prospect-editor">
      <Stack gap="xs">
        <SimpleGrid cols={2} spacing="xs">
          <TextInput
            label={t('prospects.company')}
            {...field('company')}
            error={form.text.company.trim() === '' ? t('edit.required') : null}
          />
          <TextInput label={t('prospects.cnpj')} {...field('cnpj')} error={cnpjError} />
          <TextInput label={t('prospects.cnae')} {...field('cnae')} />
          <TextInput label={t('prospects.contact')} {...field('contact')} />
          <NumberField label={t('prospects.investment')} {...numberField('investment')} />
          <NumberField label={t('prospects.jobs')} allowDecimal={false} {...numberField('jobs')} />
          <NumberField label={t('prospects.areaNeeded')} {...numberField('areaNeededM2')} />
          <DateField
            label={t('prospects.nextDate')}
            value={form.text.nextActionDate}
            onChange={(nextActionDate) => setForm({ ...form, text: { ...form.text, nextActionDate } })}
            data-testid="prospect-edit-nextActionDate"
          />
        </SimpleGrid>
        <Select
          label={t('edit.lot')}
          placeholder={t('edit.noLot')}
          description={prospect.matchingLots.length > 0 ? t('edit.fittingLots', { lots: prospect.matchingLots.join(', ') }) : undefined}
          data={lots.map((l) => ({ value: String(l.id), label: `${l.code} — ${t(`status.${l.status}`)}` }))}
          value={form.lotId === null ? null : String(form.lotId)}
          onChange={(v) => setForm({ ...form, lotId: v === null ? null : Number(v) })}
          clearable
          searchable
          nothingFoundMessage={t('edit.noLotFound')}
          data-testid="prospect-edit-lot"
        />
        <TextInput label={t('prospects.nextAction')} {...field('nextAction')} />
        <Textarea label={t('edit.notes')} autosize minRows={2} {...field('notes')} />
        <Text size="sm" fw={600}>
          {t('prospects.history')}
        </Text>
        <List size="xs" data-testid="prospect-history">
          {prospect.history.map((h) => (
            <List.Item key={h.id}>
              {shortDate(localDay(new Date(h.changedAt)), locale)}: {h.fromStage ? `${t(`stage.${h.fromStage}`)} → ` : ''}
              {t(`stage.${h.toStage}`)}
              {h.note ? ` (${h.note})` : ''}
            </List.Item>
          ))}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            onClick={() => void save()}
            disabled={!changed || cnpjError !== null || form.text.company.trim() === '' || notADate(form.text.nextActionDate)}
            data-testid="prospect-edit-save"
          >
            {t('edit.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
