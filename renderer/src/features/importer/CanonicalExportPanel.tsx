import { Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CANONICAL_LAYOUTS, isSiteKeyed, type CanonicalLayoutName } from '../../../../shared/export/canonical-layouts';
import { useLocale } from '../../i18n';
import { formatInteger } from '../../i18n/format';
import { isLocale } from '../../i18n/locales';
import { downloadBlob, safeFileName } from '../../lib/download';
import { notify } from '../../notifications/store';
import { notifyError } from '../../notifications/notify-error';
import { useEngineData } from '../../workspace/use-engine-data';
import { useEngine } from '../../workspace/workspace-context';

/**
 * The workspace's works, measurements, lots, companies, polos, actions and targets as the canonical
 * CSVs of DESIGN.md §10 (the files `arranjo export --csv` writes): to edit in a spreadsheet and bring
 * back through the import, where each row updates the record of its code. A grid's own CSV export
 * writes what the screen shows, in the UI's language and notation, and does not import back.
 */
export function CanonicalExportPanel() {
  const { t } = useTranslation('importer');
  const { locale } = useLocale();
  const engine = useEngine();
  const sites = useEngineData((e) => e.listSites(), []);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [busy, setBusy] = useState<CanonicalLayoutName | null>(null);
  const siteOptions = useMemo(() => (sites.data ?? []).map((s) => ({ value: String(s.id), label: `${s.name} (${s.code})` })), [sites.data]);
  const site = (sites.data ?? []).find((s) => String(s.id) === siteId) ?? null;

  const exportLayout = async (layout: CanonicalLayoutName) => {
    setBusy(layout);
    try {
      const oneSite = site && isSiteKeyed(layout) ? site : null;
      const written = await engine.exportCanonicalCsv(layout, oneSite?.id);
      const name = `${safeFileName(oneSite ? `${layout}-${oneSite.code}` : layout)}.csv`;
      downloadBlob(new Blob([written.csv], { type: 'text/csv;charset=utf-8' }), name);
      notify({
        kind: 'success',
        title: (lng) => t('canonical.exported', { lng }),
        message: (lng) =>
          t('canonical.exportedMessage', {
            lng,
            count: written.rows,
            n: formatInteger(written.rows, isLocale(lng) ? lng : locale),
            file: name,
          }),
      });
    } catch (error) {
      notifyError(error, (lng) => t('canonical.failed', { lng }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs" data-testid="canonical-export" data-ready={!sites.loading}>
      <Text size="sm">{t('canonical.intro')}</Text>
      <Select
        label={t('canonical.site')}
        placeholder={t('canonical.allSites')}
        data={siteOptions}
        value={siteId}
        onChange={setSiteId}
        clearable
        allowDeselect={false}
        searchable
        maw={480}
        data-testid="canonical-site"
      />
      <Table striped withTableBorder verticalSpacing={4} data-testid="canonical-layouts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('canonical.what')}</Table.Th>
            <Table.Th>{t('canonical.file')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {CANONICAL_LAYOUTS.map((layout) => (
            <Table.Tr key={layout}>
              <Table.Td>
                <Text size="sm">{t(`canonical.layouts.${layout}`)}</Text>
                <Text size="xs" c="dimmed">
                  {isSiteKeyed(layout) && site ? t('canonical.ofSite', { site: site.name }) : t('canonical.whole')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="xs" ff="monospace">
                  {layout}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Group justify="flex-end">
                  <Button
                    size="xs"
                    variant="light"
                    loading={busy === layout}
                    // The districts are read again after each change: until then a chosen one is not known yet.
                    disabled={(busy !== null && busy !== layout) || sites.loading}
                    onClick={() => void exportLayout(layout)}
                    data-testid={`canonical-export-${layout}`}
                  >
                    {t('canonical.export')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="xs" c="dimmed">
        {t('canonical.note')}
      </Text>
    </Stack>
  );
}
