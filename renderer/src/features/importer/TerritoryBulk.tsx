import { Button, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lookupAnswers, municipalityCodeOf, readLookup, type UnresolvedTerritory } from '../../../../shared/import/api';
import { notifyError } from '../../notifications/notify-error';
import { useEngine } from '../../workspace/workspace-context';
import { topSuggestionState, topSuggestionsIn } from './bulk-answers';
import type { ImportWizard } from './use-import-wizard';

/** Rows a lookup sheet may hold: every municipality of Brazil and a header. */
const LOOKUP_ROWS = 6_000;

/**
 * Answers in bulk for the territories left: every first suggestion in one state ("accept all top
 * suggestions in MG"), or the names another sheet of the same workbook gives codes for.
 */
export function TerritoryBulk({ wizard, pending }: { wizard: ImportWizard; pending: readonly UnresolvedTerritory[] }) {
  const { t } = useTranslation('importer');
  const engine = useEngine();
  const { opened, sheet, mapping } = wizard.state;
  const [lookupSheet, setLookupSheet] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ sheet: string; count: number } | null>(null);
  const [reading, setReading] = useState(false);
  const top = topSuggestionState(pending, mapping?.state);
  const sheets = (opened?.sheets ?? []).filter((s) => s.name !== sheet && !s.empty && !s.hidden).map((s) => s.name);

  const applyLookup = async () => {
    const id = wizard.sessionId;
    if (!lookupSheet || !id) return;
    setReading(true);
    try {
      const [rows, municipalities] = await Promise.all([
        engine.importRows(id, lookupSheet, 'head', LOOKUP_ROWS),
        engine.listMunicipalities({}),
      ]);
      const lookup = readLookup(rows, municipalityCodeOf(municipalities.map((m) => m.code)));
      const answers = lookup ? lookupAnswers(pending, lookup) : new Map<string, number>();
      wizard.answerMany(answers);
      setOutcome({ sheet: lookupSheet, count: answers.size });
    } catch (error) {
      notifyError(error, (lng) => t('territories.lookupFailed', { lng }));
    } finally {
      setReading(false);
    }
  };

  if (pending.length === 0) return null;
  return (
    <Group gap="md" align="flex-end" wrap="wrap" data-testid="territories-bulk">
      {top && (
        <Button
          size="xs"
          variant="light"
          onClick={() => wizard.answerMany(topSuggestionsIn(pending, top.state))}
          data-testid="territories-accept-top"
          data-state={top.state}
        >
          {t('territories.acceptTop', { state: top.state, count: top.count })}
        </Button>
      )}
      {sheets.length > 0 && (
        <>
          <Select
            label={t('territories.lookupSheet')}
            data={sheets}
            value={lookupSheet}
            onChange={setLookupSheet}
            placeholder={t('territories.lookupChoose')}
            w={260}
            size="xs"
            data-testid="territories-lookup-sheet"
          />
          <Button
            size="xs"
            variant="default"
            disabled={!lookupSheet}
            loading={reading}
            onClick={() => void applyLookup()}
            data-testid="territories-lookup-apply"
          >
            {t('territories.lookupApply')}
          </Button>
        </>
      )}
      {outcome && (
        <Text size="sm" data-testid="territories-lookup-outcome" data-count={outcome.count}>
          {t('territories.lookupOutcome', { count: outcome.count, sheet: outcome.sheet })}
        </Text>
      )}
    </Group>
  );
}
