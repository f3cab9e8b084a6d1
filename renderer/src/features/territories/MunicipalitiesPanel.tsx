import type { ColDef } from 'ag-grid-community';
import { useMemo } from 'react';
import type { Municipality } from '../../../../shared/domain/types';
import { FOCUS_STATE_CODE } from '../../app/areas';
import { DataGrid } from '../../components/DataGrid';
import { useLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useEngineData } from '../../workspace/use-engine-data';

const municipalityRowId = (m: Municipality) => String(m.code);

/** The reference municipalities of the focus state (read-only: they come from IBGE). */
export function MunicipalitiesPanel() {
  const { t, locale } = useLocale();
  const municipalities = useEngineData((engine) => engine.listMunicipalities({ stateCode: FOCUS_STATE_CODE }), []);

  const columns = useMemo<ColDef<Municipality>[]>(() => {
    const coordinate = (p: { value: unknown }) => (typeof p.value === 'number' ? formatNumber(p.value, locale, 4) : '');
    return [
      { field: 'code', headerName: t('municipalities.code'), width: 110, filter: 'agTextColumnFilter' },
      { field: 'name', headerName: t('municipalities.name'), width: 220 },
      { field: 'stateAbbr', headerName: t('municipalities.state'), width: 70 },
      { field: 'immediateRegion', headerName: t('municipalities.immediateRegion'), width: 220 },
      { field: 'intermediateRegion', headerName: t('municipalities.intermediateRegion'), width: 220 },
      { field: 'isCapital', headerName: t('municipalities.capital'), width: 90, valueFormatter: (p) => (p.value ? t('common.yes') : '') },
      { field: 'lat', headerName: t('municipalities.lat'), width: 110, type: 'rightAligned', valueFormatter: coordinate },
      { field: 'lon', headerName: t('municipalities.lon'), width: 110, type: 'rightAligned', valueFormatter: coordinate },
    ];
  }, [t, locale]);

  return (
    <DataGrid<Municipality>
      rowData={municipalities.data}
      columnDefs={columns}
      getRowId={municipalityRowId}
      testId="municipalities-grid"
      height="calc(100vh - 150px)"
      exportName={t('municipalities.exportName')}
    />
  );
}
