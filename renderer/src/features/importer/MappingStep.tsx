import { Alert, Button, Group, List, Paper, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_TARGETS } from '../../../../shared/import/api';
import { columnLetter } from './batch-mapping';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportErrorAlert } from './ImportErrorAlert';
import { templateLabel } from './template-text';
import { translateImportError } from './import-errors';
import { mappingProblems, unpivotInfo, type MappingProblem } from './mapping-edit';
import { MappingOptions } from './MappingOptions';
import type { ImportWizard } from './use-import-wizard';

function useProblemText() {
  const { t } = useTranslation('importer');
  return (p: MappingProblem): string => {
    if (p.kind === 'badSectorCode' || p.kind === 'badIndicatorCode') return t(`problems.${p.kind}`, { column: columnLetter(p.column) });
    // The columns still to map, by the names the Detail list gives them.
    if (p.kind === 'missingFields') {
      const names = p.missing.map((f) => t(`${p.fields}.${f}`, { defaultValue: f }));
      return t('problems.missingFields', { fields: names.join(', ') });
    }
    return t(`problems.${p.kind}`);
  };
}

/** Step 3: what each column means for the chosen target, with the engine's suggestion to start from. */
export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('importer');
  const problemText = useProblemText();
  const { mapping, layout, mappingError, template, opened, savedTemplates } = wizard.state;
  const templateName =
    template === null
      ? null
      : (savedTemplates[template] ??
        templateLabel(t, { id: template, label: opened?.templates.find((m) => m.templateId === template)?.label ?? template }));
  const problems = mapping ? mappingProblems(mapping, layout) : [];
  const wide = mapping ? unpivotInfo(mapping) : null;
  const mismatch = mappingError !== null && translateImportError(mappingError, t).reason === 'template-mismatch';

  return (
    <Stack gap="sm" data-testid="import-step-mapping">
      {mappingError !== null && (
        <ImportErrorAlert error={mappingError} testId="mapping-error" color="orange">
          {mismatch && (
            <Group>
              <Button
                size="xs"
                variant="default"
                onClick={() => {
                  wizard.selectTemplate(null);
                  void wizard.suggest(true);
                }}
                data-testid="mapping-without-template"
              >
                {t('mapping.withoutTemplate')}
              </Button>
            </Group>
          )}
        </ImportErrorAlert>
      )}
      {mapping && layout && (
        <>
          <Paper withBorder p="xs" radius="sm">
            <Stack gap="xs">
              <Group gap="md" align="flex-end">
                <Select
                  label={t('mapping.target')}
                  data={IMPORT_TARGETS.map((value) => ({ value, label: t(`targets.${value}`) }))}
                  value={mapping.target}
                  onChange={(v) => v && v !== mapping.target && void wizard.changeTarget(v)}
                  allowDeselect={false}
                  w={280}
                  data-testid="mapping-target"
                />
                <Text size="xs" c="dimmed" maw={620} mb={6} data-testid="mapping-origin">
                  {template ? t('mapping.fromTemplate', { template: templateName ?? '' }) : t('mapping.fromHeaders')}{' '}
                  {t(`targetHints.${mapping.target}`)}
                </Text>
              </Group>
              <MappingOptions layout={layout} mapping={mapping} onChange={wizard.setMapping} stateOrigin={wizard.state.stateOrigin} />
            </Stack>
          </Paper>
          {wide && (
            <Text size="sm" data-testid="mapping-unpivot" data-by={wide.by} data-columns={wide.columns}>
              {t(`mapping.unpivot.${wide.by}`, { columns: wide.columns })}
            </Text>
          )}
          {problems.length > 0 && (
            <Alert color="yellow" title={t('problems.title')} data-testid="mapping-problems" data-count={problems.length}>
              <List size="sm" spacing={2}>
                {problems.map((p, i) => (
                  <List.Item key={i}>{problemText(p)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
          <ColumnMappingTable layout={layout} mapping={mapping} onChange={wizard.setMapping} />
        </>
      )}
    </Stack>
  );
}
