import { Modal, Paper, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkIn } from '../../../../shared/features/programmes/demo-text';
import type { Indicator } from '../../../../shared/features/programmes/types';
import { useLocale } from '../../i18n';
import { useEngineData } from '../../workspace/use-engine-data';
import { IndicatorForm } from './IndicatorForm';
import { IndicatorTargets } from './IndicatorTargets';
import { ObjectivesEditor } from './ObjectivesEditor';
import { useProgrammeEdit } from './use-programme-edit';

/** The results framework: objectives → results → indicators, each indicator's targets by period. */
export function FrameworkPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation('programmes');
  const edit = useProgrammeEdit();
  const fw = useEngineData((e) => e.programmeFramework(programmeId), [programmeId]);
  const [editing, setEditing] = useState<Indicator | null>(null);
  const { locale } = useLocale();
  // The demo's objective and results (stored in Portuguese) in the language in use; a planner's as written.
  const data = useMemo(() => fw.data && frameworkIn(fw.data, locale), [fw.data, locale]);
  const resultTitle = (id: number | null) => {
    const r = data?.results.find((x) => x.id === id);
    const o = r ? data?.objectives.find((x) => x.id === r.objectiveId) : undefined;
    return r ? `${o ? `${o.code} › ` : ''}${r.code} ${r.title}` : t('framework.noResult');
  };
  return (
    <Stack gap="sm" data-testid="programme-framework" data-loaded={fw.loading ? 'false' : 'true'}>
      {data && <ObjectivesEditor framework={data} />}
      {data && (
        <Paper withBorder p="xs">
          <Text fw={600} mb={4}>
            {t('addIndicator')}
          </Text>
          <IndicatorForm key={fw.version} framework={data} />
        </Paper>
      )}
      {data?.indicators.map((i) => (
        <IndicatorTargets
          key={`${i.id}-${fw.version}`}
          indicator={i}
          result={resultTitle(i.resultId)}
          targets={data.targets.filter((x) => x.indicatorId === i.id)}
          parts={data.parts.filter((x) => x.indicatorId === i.id)}
          onSave={(targets) => edit((e) => e.setProgrammeTargets({ indicatorId: i.id, targets }))}
          onEdit={() => setEditing(i)}
          onDelete={() => void edit((e) => e.deleteProgrammeIndicator(i.id))}
        />
      ))}
      <Modal opened={editing !== null} onClose={() => setEditing(null)} title={t('editIndicator')} size="xl">
        {data && editing && <IndicatorForm framework={data} initial={editing} onSaved={() => setEditing(null)} testId="indicator-edit" />}
      </Modal>
    </Stack>
  );
}
