import { Checkbox, Modal, Select, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../../shared/features/territories/types';
import { KNOWN_UNITS } from '../../../../shared/features/territories/units';
import { toEngineError } from '../../lib/engine-error';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useWorkspaceController } from '../../workspace/workspace-context';
import { unitLabel } from './format';
import { fieldErrorMessage } from './field-error';
import { FormActions } from '../../components/FormActions';

/** A new indicator of the catalog: code, names in the three languages, unit, direction, category, scale. */
export function IndicatorModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('territories');
  return (
    <Modal opened={opened} onClose={onClose} title={t('indicators.newTitle')} size="lg">
      <IndicatorForm onClose={onClose} />
    </Modal>
  );
}

function IndicatorForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('territories');
  const controller = useWorkspaceController();
  const [form, setForm] = useState({
    code: '',
    pt: '',
    en: '',
    es: '',
    unit: '',
    direction: 'higher-better' as Direction,
    category: 'economy',
    source: '',
    description: '',
    valueMin: '' as number | string,
    valueMax: '' as number | string,
    wholeNumbers: false,
  });
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (field: string) => (error?.field === field ? error.message : undefined);
  const num = (v: number | string) => (typeof v === 'number' ? v : null);

  const submit = async () => {
    try {
      const saved = await controller.mutate((engine) =>
        engine.saveIndicator({
          code: form.code,
          name: { pt: form.pt, en: form.en || form.pt, es: form.es || form.pt },
          unit: form.unit,
          direction: form.direction,
          category: form.category,
          source: form.source,
          description: form.description,
          valueMin: num(form.valueMin),
          valueMax: num(form.valueMax),
          wholeNumbers: form.wholeNumbers,
        }),
      );
      notify({ kind: 'success', title: (lng) => t('indicators.created', { lng }), message: () => saved.code });
      onClose();
    } catch (e) {
      const field = toEngineError(e).params.field;
      if (typeof field === 'string') setError({ field, message: fieldErrorMessage(e, t) });
      else notifyError(e, (lng) => t('indicators.createFailed', { lng }));
    }
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      data-testid="indicator-form"
    >
      <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
        <TextInput
          label={t('indicators.fields.code')}
          required
          value={form.code}
          onChange={(e) => set('code', e.currentTarget.value)}
          error={errorFor('code')}
          data-autofocus
        />
        <Select
          label={t('indicators.fields.unit')}
          data={KNOWN_UNITS.map((u) => ({ value: u, label: u === '' ? t('indicators.noUnit') : `${u} (${unitLabel(t, u)})` }))}
          value={form.unit}
          onChange={(v) => set('unit', v ?? '')}
          allowDeselect={false}
          searchable
          error={errorFor('unit')}
        />
        <TextInput
          label={t('indicators.fields.namePt')}
          required
          value={form.pt}
          onChange={(e) => set('pt', e.currentTarget.value)}
          error={errorFor('name.pt')}
        />
        <TextInput
          label={t('indicators.fields.nameEn')}
          value={form.en}
          onChange={(e) => set('en', e.currentTarget.value)}
          error={errorFor('name.en')}
        />
        <TextInput
          label={t('indicators.fields.nameEs')}
          value={form.es}
          onChange={(e) => set('es', e.currentTarget.value)}
          error={errorFor('name.es')}
        />
        <Select
          label={t('indicators.fields.direction')}
          data={(['higher-better', 'lower-better', 'neutral'] as const).map((d) => ({ value: d, label: t(`directions.${d}`) }))}
          value={form.direction}
          onChange={(v) => v && set('direction', v)}
          allowDeselect={false}
        />
        <TextInput
          label={t('indicators.fields.category')}
          required
          value={form.category}
          onChange={(e) => set('category', e.currentTarget.value)}
          error={errorFor('category')}
        />
        <TextInput label={t('indicators.fields.source')} value={form.source} onChange={(e) => set('source', e.currentTarget.value)} />
        <NumberField
          label={t('indicators.fields.valueMin')}
          value={form.valueMin}
          onChange={(v) => set('valueMin', v)}
          error={errorFor('valueMin')}
        />
        <NumberField
          label={t('indicators.fields.valueMax')}
          value={form.valueMax}
          onChange={(v) => set('valueMax', v)}
          error={errorFor('valueMax')}
        />
      </SimpleGrid>
      <Checkbox
        mt="xs"
        label={t('indicators.fields.wholeNumbers')}
        checked={form.wholeNumbers}
        onChange={(e) => set('wholeNumbers', e.currentTarget.checked)}
      />
      <Textarea
        label={t('indicators.fields.description')}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        autosize
        minRows={2}
        mt="xs"
      />
      <FormActions submitLabel={t('indicators.create')} onCancel={onClose} testId="indicator-submit" />
    </form>
  );
}
