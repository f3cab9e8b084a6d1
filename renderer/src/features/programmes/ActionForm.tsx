import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { NumberField } from '../../components/NumberField';
import { DateField } from '../../components/DateField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_TYPES, type Action } from '../../../../shared/features/programmes/types';
import { FOCUS_STATE_CODE } from '../../../../shared/domain/focus-state';
import { notADate } from '../../i18n/format';
import { fieldRefusalText, formFieldRefusal } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useProgrammeEdit } from './use-programme-edit';

type Draft = Omit<Action, 'id' | 'programmeId' | 'municipalityName'>;
const COUNTS = ['participants', 'women', 'youth', 'enterprisesFormed', 'enterprisesLegalized'] as const;
const COUNT_LABEL = {
  participants: 'cols.participants',
  women: 'cols.women',
  youth: 'cols.youth',
  enterprisesFormed: 'cols.formed',
  enterprisesLegalized: 'cols.legalized',
} as const satisfies Record<(typeof COUNTS)[number], string>;

function draftOf(action: Action | null): Draft {
  if (!action) {
    return {
      code: '',
      type: 'field-training',
      municipalityCode: 0,
      startDate: '',
      endDate: null,
      partner: '',
      participants: 0,
      women: 0,
      youth: 0,
      enterprisesFormed: 0,
      enterprisesLegalized: 0,
      notes: '',
      siteId: null,
      initiativeCode: null,
    };
  }
  const { id: _id, programmeId: _p, municipalityName: _m, ...draft } = action;
  return draft;
}

const DRAFT_FIELDS = Object.keys(draftOf(null)) as (keyof Draft)[];

/**
 * Creates (no action) or edits an action: every field, the initiative it serves from the registry.
 * A value the engine refuses is said at its field, and stays said until that field changes.
 */
export function ActionForm({ programmeId, action, onClose }: { programmeId: number; action: Action | null; onClose: () => void }) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(action));
  const [refused, setRefused] = useState<Partial<Record<keyof Draft, string>>>({});
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    const left = Object.fromEntries(Object.entries(refused).filter(([field]) => !(field in patch)));
    if (Object.keys(left).length !== Object.keys(refused).length) setRefused(left);
  };
  const errorOf = (field: keyof Draft) => refused[field];
  const places = useEngineData((e) => e.listMunicipalities({ stateCode: FOCUS_STATE_CODE }), []);
  const initiatives = useEngineData((e) => e.listInitiatives({}), []);
  const sites = useEngineData((e) => e.listSites(), []);
  const save = async () => {
    // What is missing or no date, said at every such field at once (the engine answers one refusal at
    // a time, and an empty municipality as "at least 1000000").
    const missing = missingFields(draft);
    if (Object.keys(missing).length > 0) {
      setRefused(missing);
      return;
    }
    const saved = await edit(
      (e) => e.saveProgrammeAction({ ...draft, programmeId, id: action?.id }),
      (error) => {
        const atField = formFieldRefusal(error, DRAFT_FIELDS);
        setRefused(atField ? { [atField.field]: atField.reason } : {});
        return atField !== null;
      },
    );
    if (saved) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={action ? t('actionForm.edit', { code: action.code }) : t('actionForm.new')} size="xl">
      <Stack gap="xs" data-testid="action-form">
        <SimpleGrid cols={3}>
          <TextInput
            label={t('cols.code')}
            value={draft.code}
            onChange={(e) => set({ code: e.currentTarget.value })}
            error={errorOf('code')}
            data-testid="action-code"
          />
          <Select
            label={t('cols.type')}
            data={ACTION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))}
            value={draft.type}
            onChange={(v) => v && set({ type: v })}
            allowDeselect={false}
            error={errorOf('type')}
            data-testid="action-type"
          />
          <Select
            label={t('cols.municipality')}
            data={(places.data ?? []).map((m) => ({ value: String(m.code), label: m.name }))}
            value={draft.municipalityCode ? String(draft.municipalityCode) : null}
            onChange={(v) => set({ municipalityCode: v ? Number(v) : 0 })}
            searchable
            limit={50}
            error={errorOf('municipalityCode')}
            data-testid="action-municipality"
          />
          <DateField
            label={t('cols.startDate')}
            value={draft.startDate}
            onChange={(v) => set({ startDate: v })}
            error={errorOf('startDate')}
            data-testid="action-start"
          />
          <DateField
            label={t('cols.endDate')}
            value={draft.endDate ?? ''}
            onChange={(v) => set({ endDate: v || null })}
            error={errorOf('endDate')}
            data-testid="action-end"
          />
          <TextInput
            label={t('cols.partner')}
            value={draft.partner}
            onChange={(e) => set({ partner: e.currentTarget.value })}
            error={errorOf('partner')}
          />
          {COUNTS.map((c) => (
            <NumberField
              clampBehavior="none"
              key={c}
              label={t(COUNT_LABEL[c])}
              value={draft[c]}
              min={0}
              allowDecimal={false}
              onChange={(v) => set({ [c]: Number(v) || 0 })}
              error={errorOf(c)}
              data-testid={`action-${c}`}
            />
          ))}
          <Select
            label={t('cols.site')}
            data={(sites.data ?? []).map((s) => ({
              value: String(s.id),
              label: s.municipalityName ? `${s.name} (${s.municipalityName})` : s.name,
            }))}
            value={draft.siteId === null ? null : String(draft.siteId)}
            onChange={(v) => {
              const site = v ? sites.data?.find((s) => s.id === Number(v)) : undefined;
              // A district places the action: its municipality fills an empty municipality field.
              set({
                siteId: site ? site.id : null,
                ...(site?.municipalityCode && !draft.municipalityCode ? { municipalityCode: site.municipalityCode } : {}),
              });
            }}
            placeholder={t('actionForm.noSite')}
            searchable
            clearable
            limit={50}
            error={errorOf('siteId')}
            data-testid="action-site"
          />
          <Select
            label={t('cols.initiative')}
            data={(initiatives.data ?? []).map((i) => ({ value: i.code, label: `${i.name} (${i.code})` }))}
            value={draft.initiativeCode}
            onChange={(v) => set({ initiativeCode: v })}
            placeholder={t('actionForm.noInitiative')}
            searchable
            clearable
            limit={50}
            error={errorOf('initiativeCode')}
            data-testid="action-initiative"
          />
        </SimpleGrid>
        <Textarea
          label={t('cols.notes')}
          value={draft.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          autosize
          minRows={2}
          error={errorOf('notes')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()} data-testid="action-save">
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The draft's required fields left empty, and its dates that are no day, with what each lacks. */
function missingFields(draft: Draft): Partial<Record<keyof Draft, string>> {
  const missing: Partial<Record<keyof Draft, string>> = {};
  if (draft.code.trim() === '') missing.code = fieldRefusalText({ reason: 'required' }, '');
  if (!draft.municipalityCode) missing.municipalityCode = fieldRefusalText({ reason: 'required' }, '');
  if (draft.startDate.trim() === '') missing.startDate = fieldRefusalText({ reason: 'required' }, '');
  else if (notADate(draft.startDate)) missing.startDate = fieldRefusalText({ reason: 'not-a-date' }, '');
  if (draft.endDate && notADate(draft.endDate)) missing.endDate = fieldRefusalText({ reason: 'not-a-date' }, '');
  return missing;
}
