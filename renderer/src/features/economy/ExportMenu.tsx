import { Button, Menu } from '@mantine/core';
import i18next from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { downloadBlob } from '../../lib/download';
import { notify } from '../../notifications/store';
import { useEngine } from '../../workspace/workspace-context';
import { translateEconomyError } from './economy-errors';
import { workbookFileName } from './economy-format';
import { economyQuery, type EconomySelection } from './economy-selection';

/**
 * The diagnosis as an xlsx workbook written by the engine (LQ, shift-share, diversification, the
 * potential sectors of the territory under study and a methods sheet with the sources): for the
 * territory under study — a municipality or a custom territory — or for every municipality as well.
 */
export function ExportMenu({ selection }: { selection: EconomySelection }) {
  const { t } = useTranslation('economy');
  const { locale } = useLocale();
  const engine = useEngine();
  const [busy, setBusy] = useState(false);
  const query = economyQuery(selection);
  const { year, from, subject, territoryName, stateAbbr } = selection;
  const disabled = !query || year === null || subject === null || busy;

  const run = async (scope: 'territory' | 'all') => {
    if (!query || year === null || subject === null) return;
    setBusy(true);
    try {
      const bytes = await engine.exportEconomyWorkbook({
        ...query,
        subject,
        scope: scope === 'territory' ? 'subject' : 'all',
        year,
        ...(from !== null ? { from } : {}),
        locale,
      });
      const name = workbookFileName(t('workbookFileStem'), scope === 'territory' ? territoryName : stateAbbr, year);
      // A copy into a plain ArrayBuffer: Blob does not take views over shared or transferred memory.
      const blob = new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
      downloadBlob(blob, name);
      notify({ kind: 'success', title: (lng) => t('export.done', { lng }), message: () => name });
    } catch (error) {
      // Worded at each render: in the language in use, also after a switch.
      const words = (lng: string) => translateEconomyError(error, i18next.getFixedT(lng, 'economy'));
      notify({
        kind: 'error',
        title: (lng) => `${t('export.failed', { lng })}: ${words(lng).title}`,
        message: (lng) => words(lng).message,
        details: (lng) => [words(lng).engineMessage],
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button loading={busy} disabled={disabled} data-testid="economy-export">
          {t('export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('territory')} data-testid="economy-export-territory">
          {t('export.territory', { territory: territoryName, year: year ?? '' })}
        </Menu.Item>
        <Menu.Item onClick={() => void run('all')} data-testid="economy-export-all">
          {t(subject?.kind === 'territory-set' ? 'export.allWithSet' : 'export.all', {
            state: stateAbbr,
            year: year ?? '',
            territory: territoryName,
          })}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
