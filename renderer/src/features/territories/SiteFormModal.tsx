import { Modal, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SITE_KINDS, type Municipality, type Site, type SiteKind } from '../../../../shared/domain/types';
import type { SiteInput } from '../../../../shared/domain/schemas';
import { ENTERED_BY_USER } from '../../../../shared/text/entered-by-user';
import { SEAT_LOCATION_NOTE } from '../../../../shared/demo/location-note';
import { useLocale } from '../../i18n';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { notifyError, translateError } from '../../notifications/notify-error';
import { useEngine, useWorkspaceController } from '../../workspace/workspace-context';
import { siteKindLabel } from './site-columns';
import { FormActions } from '../../components/FormActions';

interface Props {
  opened: boolean;
  existingCount: number;
  /** The site to edit; a new site when absent. */
  site?: Site | null;
  onClose: () => void;
}

interface FormState {
  code: string;
  kind: SiteKind;
  name: string;
  municipalityCode: string | null;
  managingBody: string;
  status: string;
  areaHa: number | string;
  lotsTotal: number | string;
  lotsOccupied: number | string;
  lotsAvailable: number | string;
  firms: number | string;
  jobs: number | string;
  notes: string;
}

const numberOrNull = (value: number | string): number | null =>
  typeof value === 'number' ? value : value.trim() === '' ? null : Number(value);
const textOrNull = (value: string): string | null => value.trim() || null;

/** A new site, or an existing one edited as a whole. The engine validates; its message appears at the field it names. */
export function SiteFormModal({ opened, existingCount, site, onClose }: Props) {
  const { t } = useLocale();
  const { t: tc } = useTranslation('territories');
  return (
    <Modal opened={opened} onClose={onClose} title={site ? tc('sites.editTitle', { name: site.name }) : t('sites.newTitle')} size="lg">
      {/* The modal unmounts its content when closed: each opening starts from the site or an empty form. */}
      <SiteForm existingCount={existingCount} site={site ?? null} onClose={onClose} />
    </Modal>
  );
}

function initialState(site: Site | null, existingCount: number): FormState {
  const n = (v: number | null) => (v === null ? '' : v);
  return {
    code: site?.code ?? `S-${existingCount + 1}`,
    kind: site?.kind ?? 'industrial-district',
    name: site?.name ?? '',
    municipalityCode: site?.municipalityCode !== null && site?.municipalityCode !== undefined ? String(site.municipalityCode) : null,
    managingBody: site?.managingBody ?? '',
    status: site?.status ?? '',
    areaHa: n(site?.areaHa ?? null),
    lotsTotal: n(site?.lotsTotal ?? null),
    lotsOccupied: n(site?.lotsOccupied ?? null),
    lotsAvailable: n(site?.lotsAvailable ?? null),
    firms: n(site?.firms ?? null),
    jobs: n(site?.jobs ?? null),
    notes: site?.notes ?? '',
  };
}

function SiteForm({ existingCount, site, onClose }: { existingCount: number; site: Site | null; onClose: () => void }) {
  const { t, locale } = useLocale();
  const { t: tc } = useTranslation('territories');
  const engine = useEngine();
  const controller = useWorkspaceController();
  const [municipalities, setMunicipalities] = useState<Municipality[]>([]);
  const [fieldError, setFieldError] = useState<{ field: string; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [form, setForm] = useState<FormState>(() => initialState(site, existingCount));

  useEffect(() => {
    engine.listMunicipalities({}).then(setMunicipalities, (error: unknown) => notifyError(error));
  }, [engine]);

  const municipalityOptions = useMemo(
    () => municipalities.map((m) => ({ value: String(m.code), label: `${m.name} – ${m.stateAbbr}` })),
    [municipalities],
  );
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (field: string) => (fieldError?.field === field ? fieldError.message : undefined);

  const submit = async () => {
    const municipality = municipalities.find((m) => String(m.code) === form.municipalityCode) ?? null;
    const movedTo = municipality && municipality.code !== site?.municipalityCode ? municipality : null;
    const input: SiteInput = {
      code: form.code,
      kind: form.kind,
      name: form.name,
      municipalityCode: municipality?.code ?? null,
      managingBody: textOrNull(form.managingBody),
      status: textOrNull(form.status),
      areaHa: numberOrNull(form.areaHa),
      lotsTotal: numberOrNull(form.lotsTotal),
      lotsOccupied: numberOrNull(form.lotsOccupied),
      lotsAvailable: numberOrNull(form.lotsAvailable),
      firms: numberOrNull(form.firms),
      jobs: numberOrNull(form.jobs),
      notes: textOrNull(form.notes),
    };
    if (!site || movedTo) {
      // Without a surveyed position, the municipal seat places the site on the map — and says so.
      input.lat = municipality?.lat ?? null;
      input.lon = municipality?.lon ?? null;
      input.locationNote = municipality?.lat != null ? SEAT_LOCATION_NOTE.text[locale] : null;
    }
    if (!site) input.source = ENTERED_BY_USER[locale];
    setSaving(true);
    try {
      const saved = await controller.mutate((e) => (site ? e.updateSite(site.id, input) : e.createSite(input)));
      notify({
        kind: 'success',
        title: (lng) => (site ? tc('sites.updated', { lng }) : t('sites.created', { lng })),
        message: () => saved.name,
      });
      onClose();
    } catch (error) {
      const e = toEngineError(error);
      const field = typeof e.params.field === 'string' ? e.params.field : null;
      if (field) setFieldError({ field, message: translateError(error).message });
      else notifyError(error, (lng) => t('sites.createFailed', { lng }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      noValidate
      data-testid="site-new-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <TextInput
          label={t('sites.fields.code')}
          required
          value={form.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={errorFor('code')}
          data-testid="site-form-code"
        />
        <Select
          label={t('sites.fields.kind')}
          data={SITE_KINDS.map((k) => ({ value: k, label: siteKindLabel(t, k) }))}
          value={form.kind}
          onChange={(value) => value && set('kind', value)}
          allowDeselect={false}
        />
        <TextInput
          label={t('sites.fields.name')}
          required
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errorFor('name')}
          data-autofocus
          data-testid="site-form-name"
        />
        <Select
          label={t('sites.fields.municipality')}
          data={municipalityOptions}
          value={form.municipalityCode}
          onChange={(value) => set('municipalityCode', value)}
          searchable
          clearable
          limit={50}
          nothingFoundMessage={t('sites.noMunicipality')}
          error={errorFor('municipalityCode')}
          data-testid="site-form-municipality"
        />
        <TextInput
          label={t('sites.fields.managingBody')}
          value={form.managingBody}
          onChange={(e) => set('managingBody', e.currentTarget.value)}
          error={errorFor('managingBody')}
        />
        <TextInput
          label={t('sites.fields.status')}
          value={form.status}
          onChange={(e) => set('status', e.currentTarget.value)}
          error={errorFor('status')}
        />
        <NumberField
          label={t('sites.fields.areaHa')}
          value={form.areaHa}
          onChange={(v) => set('areaHa', v)}
          error={errorFor('areaHa')}
          decimalScale={2}
          data-testid="site-form-area"
        />
        <NumberField
          label={t('sites.fields.lotsTotal')}
          value={form.lotsTotal}
          onChange={(v) => set('lotsTotal', v)}
          error={errorFor('lotsTotal')}
        />
        <NumberField
          label={t('sites.fields.lotsOccupied')}
          value={form.lotsOccupied}
          onChange={(v) => set('lotsOccupied', v)}
          error={errorFor('lotsOccupied')}
        />
        <NumberField
          label={t('sites.fields.lotsAvailable')}
          value={form.lotsAvailable}
          onChange={(v) => set('lotsAvailable', v)}
          error={errorFor('lotsAvailable')}
        />
        <NumberField label={t('sites.fields.firms')} value={form.firms} onChange={(v) => set('firms', v)} error={errorFor('firms')} />
        <NumberField label={t('sites.fields.jobs')} value={form.jobs} onChange={(v) => set('jobs', v)} error={errorFor('jobs')} />
      </SimpleGrid>
      <Textarea
        label={t('sites.fields.notes')}
        value={form.notes}
        onChange={(e) => set('notes', e.currentTarget.value)}
        autosize
        minRows={2}
        mt="xs"
        error={errorFor('notes')}
      />
      <FormActions submitLabel={site ? tc('sites.save') : t('sites.create')} onCancel={onClose} busy={saving} testId="site-form-submit" />
    </form>
  );
}
