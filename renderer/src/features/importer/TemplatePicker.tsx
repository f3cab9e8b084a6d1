import { Badge, Group, Select, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS, type ImportTarget, type TemplateMatch } from '../../../../shared/import/api';
import { useEngineData } from '../../workspace/use-engine-data';
import { templateDescription, templateLabel } from './template-text';

const NONE = '__none__';
const AUTO = '__auto__';

interface Props {
  /** The templates the engine found fitting this sheet. */
  matches: TemplateMatch[];
  template: string | null;
  target: ImportTarget | null;
  onTemplate: (id: string | null) => void;
  onTarget: (target: ImportTarget | null) => void;
}

/**
 * Saved mappings ("templates"): the ones that fit this sheet first, with how sure the engine is;
 * then every other built-in and saved one; or none, and the mapping is suggested from the headers
 * for the kind of data the user names (or the engine guesses).
 */
export function TemplatePicker({ matches, template, target, onTemplate, onTarget }: Props) {
  const { t } = useTranslation('importer');
  const all = useEngineData((engine) => engine.importTemplates(), []);

  const data = useMemo(() => {
    const matched = new Set(matches.map((m) => m.templateId));
    const others = (all.data ?? []).filter((tpl) => !matched.has(tpl.id));
    return [
      { group: t('sheet.templatesNone'), items: [{ value: NONE, label: t('sheet.noTemplate') }] },
      ...(matches.length > 0
        ? [
            {
              group: t('sheet.templatesMatched'),
              items: matches.map((m) => ({
                value: m.templateId,
                label: `${templateLabel(t, { id: m.templateId, label: m.label })} — ${t(`sheet.confidence.${m.confidence}`)}`,
              })),
            },
          ]
        : []),
      ...(others.length > 0
        ? [
            {
              group: t('sheet.templatesOther'),
              items: others.map((tpl) => ({
                value: tpl.id,
                label: tpl.builtIn ? templateLabel(t, tpl) : `${tpl.label} (${t('templates.saved')})`,
              })),
            },
          ]
        : []),
    ];
  }, [matches, all.data, t]);

  const match = matches.find((m) => m.templateId === template);
  const info = (all.data ?? []).find((tpl) => tpl.id === template);

  return (
    <Stack gap="xs">
      <Select
        label={t('sheet.template')}
        description={t('sheet.templateHint')}
        data={data}
        value={template ?? NONE}
        onChange={(value) => onTemplate(value === null || value === NONE ? null : value)}
        allowDeselect={false}
        searchable
        maw={640}
        data-testid="import-template"
        comboboxProps={{ withinPortal: true }}
      />
      {template && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {match && (
            <Badge color={match.confidence === 'certain' ? 'green' : 'yellow'} variant="light" data-testid="import-template-confidence">
              {t(`sheet.confidence.${match.confidence}`)}
            </Badge>
          )}
          <Text size="xs" c="dimmed" maw={760}>
            {match?.confidence === 'possible' ? t('sheet.possibleHint') : info ? templateDescription(t, info) : ''}
          </Text>
        </Group>
      )}
      {!template && (
        <Select
          label={t('sheet.target')}
          description={t('sheet.targetHint')}
          data={[
            { value: AUTO, label: t('sheet.targetAuto') },
            ...IMPORT_TARGETS.map((value) => ({ value, label: t(`targets.${value}`) })),
          ]}
          value={target ?? AUTO}
          onChange={(value) => onTarget(value === null || value === AUTO ? null : value)}
          allowDeselect={false}
          maw={420}
          data-testid="import-target"
        />
      )}
    </Stack>
  );
}
