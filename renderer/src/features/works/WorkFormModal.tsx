import { Modal, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORK_REQUIRED_FIELDS } from '../../../../shared/import/api';
import type { WorkInput } from '../../../../shared/features/works/schemas';
import {
  FUNDING_SOURCES,
  WORK_CATEGORIES,
  WORK_STATUSES,
  type FundingSource,
  type WorkCategory,
  type WorkStatus,
} from '../../../../shared/features/works/types';
import { useLocale } from '../../i18n';
import { notify } from '../../notifications/store';
import { formFieldRefusal, notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { isoOrNull } from './WorkRecordForms';
import { ENTERED_BY_USER } from '../../../../shared/text/entered-by-user';
import { shortDate } from '../../i18n/format';
import { FormActions } from '../../components/FormActions';

interface FormState {
  siteId: string | null;
  code: string;
  title: string;
  category: WorkCategory;
  status: WorkStatus;
  fundingSource: FundingSource | null;
  agency: string;
  contractor: string;
  contractNumber: string;
  contractValue: number | string;
  budgetPlanned: number | string;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string;
  notes: string;
}

const EMPTY: FormState = {
  siteId: null,
  code: '',
  title: '',
  category: 'paving',
  status: 'planned',
  fundingSource: null,
  agency: '',
  contractor: '',
  contractNumber: '',
  contractValue: '',
  budgetPlanned: '',
  plannedStart: '',
  plannedEnd: '',
  actualStart: '',
  actualEnd: '',
  notes: '',
};
const FORM_FIELDS = Object.keys(EMPTY) as (keyof FormState)[];

/**
 * What every work needs (the import's list; the form picks the district by id), checked here so that
 * each empty one is said at once, in the UI language. A field the list gains that the form lacks
 * fails the type check.
 */
const REQUIRED: readonly (keyof FormState)[] = WORK_REQUIRED_FIELDS.map((field) => (field === 'siteCode' ? 'siteId' : field));

const textOrNull = (v: string): string | null => v.trim() || null;
/** An empty number box is "not given"; anything else goes to the engine as typed (it refuses what is not a number). */
const numberOrNull = (v: number | string): number | null => (typeof v === 'number' ? v : v.trim() === '' ? null : Number(v));

/** A new work with every field of DESIGN §3 "work": the engine validates it; a refusal appears at the field it names. One undoable step. */
export function WorkFormModal({
  opened,
  onClose,
  onCreated,
  siteId = null,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: number) => void;
  /** The district a new work starts in (the one the area was opened on), or none. */
  siteId?: number | null;
}) {
  const { t } = useTranslation('works');
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="xl">
      {/* Unmounted when closed: each opening starts from an empty form. */}
      <WorkForm onClose={onClose} onCreated={onCreated} siteId={siteId} />
    </Modal>
  );
}

function WorkForm({ onClose, onCreated, siteId }: { onClose: () => void; onCreated: (id: number) => void; siteId: number | null }) {
  const { t } = useTranslation('works');
  const { locale } = useLocale();
  const controller = useWorkspaceController();
  const sites = useEngineData((e) => e.listSites(), []);
  const [form, setForm] = useState<FormState>(() => ({ ...EMPTY, siteId: siteId === null ? null : String(siteId) }));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof FormState, string>>>({});
  const [saving, setSaving] = useState(false);
  const siteOptions = useMemo(() => (sites.data ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.code})` })), [sites.data]);
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (field: keyof FormState) => fieldErrors[field];
  const datePlaceholder = shortDate('2025-06-30', locale);

  const submit = async () => {
    // An empty required field is named here, all of them at once: the engine, asked first, named
    // only the first, and an empty district in its own English ("must be more than 0").
    const missing = REQUIRED.filter((key) => {
      const value = form[key];
      return value === null || (typeof value === 'string' && value.trim() === '');
    });
    if (missing.length > 0) {
      setFieldErrors(Object.fromEntries(missing.map((key) => [key, t('create.required')])));
      return;
    }
    setFieldErrors({});
    const budget = numberOrNull(form.budgetPlanned);
    const input = {
      siteId: form.siteId === null ? 0 : Number(form.siteId),
      code: form.code,
      title: form.title,
      category: form.category,
      status: form.status,
      fundingSource: form.fundingSource,
      agency: textOrNull(form.agency),
      contractor: textOrNull(form.contractor),
      contractNumber: textOrNull(form.contractNumber),
      contractValue: numberOrNull(form.contractValue),
      budgetPlanned: budget ?? Number.NaN,
      plannedStart: isoOrNull(form.plannedStart, locale) ?? '',
      plannedEnd: isoOrNull(form.plannedEnd, locale) ?? '',
      actualStart: isoOrNull(form.actualStart, locale),
      actualEnd: isoOrNull(form.actualEnd, locale),
      notes: textOrNull(form.notes),
      source: ENTERED_BY_USER[locale],
    } satisfies WorkInput;
    setSaving(true);
    try {
      const created = await controller.mutate((e) => e.createWork(input));
      notify({ kind: 'success', title: (lng) => t('create.created', { lng }), message: () => `${created.code} · ${created.title}` });
      onCreated(created.id);
      onClose();
    } catch (error) {
      const refused = formFieldRefusal(error, FORM_FIELDS);
      if (refused) setFieldErrors({ [refused.field]: refused.reason });
      else notifyError(error, (lng) => t('messages.editFailed', { lng }));
    } finally {
      setSaving(false);
    }
  };

  const text = (key: 'code' | 'title' | 'agency' | 'contractor' | 'contractNumber', label: string, required = false) => (
    <TextInput
      label={label}
      required={required}
      value={form[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errorFor(key)}
      data-testid={`work-form-${key}`}
    />
  );
  const date = (key: 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd', label: string, required = false) => (
    <TextInput
      label={label}
      required={required}
      placeholder={datePlaceholder}
      value={form[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errorFor(key)}
      data-testid={`work-form-${key}`}
    />
  );
  const amount = (key: 'budgetPlanned' | 'contractValue', label: string, required = false) => (
    <NumberField
      clampBehavior="none"
      label={label}
      required={required}
      value={form[key]}
      onChange={(v) => set(key, v)}
      min={0}
      decimalScale={2}
      error={errorFor(key)}
      data-testid={`work-form-${key}`}
    />
  );

  return (
    <form
      noValidate
      data-testid="work-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <Select
          label={t('columns.site')}
          required
          data={siteOptions}
          value={form.siteId}
          onChange={(v) => set('siteId', v)}
          searchable
          error={errorFor('siteId')}
          data-testid="work-form-site"
        />
        {text('code', t('columns.code'), true)}
        {text('title', t('columns.title'), true)}
        <Select
          label={t('columns.category')}
          data={WORK_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          value={form.category}
          onChange={(v) => v && set('category', v)}
          allowDeselect={false}
          data-testid="work-form-category"
        />
        <Select
          label={t('columns.status')}
          data={WORK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={form.status}
          onChange={(v) => v && set('status', v)}
          allowDeselect={false}
          data-testid="work-form-status"
        />
        <Select
          label={t('columns.funding')}
          data={FUNDING_SOURCES.map((f) => ({ value: f, label: t(`funding.${f}`) }))}
          value={form.fundingSource}
          onChange={(v) => set('fundingSource', v)}
          clearable
          data-testid="work-form-funding"
        />
        {amount('budgetPlanned', t('columns.budget'), true)}
        {text('agency', t('work.agency'))}
        {date('plannedStart', t('columns.plannedStart'), true)}
        {date('plannedEnd', t('columns.plannedEnd'), true)}
        {date('actualStart', t('create.actualStart'))}
        {date('actualEnd', t('create.actualEnd'))}
        {text('contractor', t('work.contractor'))}
        {text('contractNumber', t('create.contractNumber'))}
        {amount('contractValue', t('create.contractValue'))}
      </SimpleGrid>
      <Textarea
        label={t('create.notes')}
        value={form.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        autosize
        minRows={2}
        mt="xs"
        error={errorFor('notes')}
      />
      <FormActions submitLabel={t('create.submit')} onCancel={onClose} busy={saving} testId="work-form-submit" />
    </form>
  );
}
