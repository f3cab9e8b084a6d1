import type { Connection } from '../db/connection';
import { IBGE_SECTORS } from '../domain/ibge-sectors';
import { DEMO_LOCATION_NOTE } from './location-note';
import { prepareWithTemplate, writePrepared } from '../import/quick-import';
import { BatchRepository } from '../repositories/batch-repository';
import { ClassificationRepository } from '../repositories/classification-repository';
import { IndicatorRepository } from '../repositories/indicator-repository';
import { IndicatorValueRepository } from '../repositories/indicator-value-repository';
import { MetaRepository } from '../repositories/meta-repository';
import { SiteRepository } from '../repositories/site-repository';
import { TerritoryRepository } from '../repositories/territory-repository';
import { decodeText } from '../text/decode';
import { parseCsvRecords } from '../text/delimited';
import { fileNameOf, type DemoSources } from './demo-sources';
import { POPULATION_INDICATOR, populationValues } from './population';
import { parseCnae, parseMunicipalities, parseRegions, parseStates } from './reference-data';
import { slug } from '../text/fold';

/**
 * Reference data every workspace carries: the 27 states, IBGE's immediate and intermediate
 * regions, all 5,571 municipalities, the 8 IBGE sectors and the CNAE 2.x hierarchy.
 */
export async function loadReferenceData(conn: Connection, sources: DemoSources, now: string): Promise<void> {
  const regions = await parseRegions(sources.regions, fileNameOf('regions'));
  conn.transaction(() => {
    const territories = new TerritoryRepository(conn);
    territories.insertStates(parseStates(sources.states, fileNameOf('states')));
    territories.insertRegions(regions.regions);
    territories.insertMunicipalities(parseMunicipalities(sources.municipalities, fileNameOf('municipalities'), regions.byMunicipality));
    const classifications = new ClassificationRepository(conn);
    classifications.insert(IBGE_SECTORS);
    classifications.insert(parseCnae(sources.cnae));
    new MetaRepository(conn).set('reference_data_loaded_at', now);
  });
}

function importPopulation(conn: Connection, bytes: Uint8Array, fileName: string, now: string): void {
  const batches = new BatchRepository(conn);
  const batchId = batches.create({ sourceFile: fileName, target: 'indicator-values', importedAt: now });
  const indicators = new IndicatorRepository(conn);
  indicators.upsertDefinition(POPULATION_INDICATOR);
  const values = populationValues(bytes, fileName, batchId);
  const written = new IndicatorValueRepository(conn).upsertValues(values);
  batches.recordCounts(batchId, { read: values.length, imported: written, updated: 0, skipped: 0 });
}

/**
 * Codemig's 13 districts as sites. The published list gives names, municipalities and the seat's
 * coordinates only: areas, lots, firms and jobs stay empty rather than invented.
 */
function importDistricts(conn: Connection, bytes: Uint8Array, fileName: string, now: string): void {
  const batches = new BatchRepository(conn);
  const batchId = batches.create({ sourceFile: fileName, target: 'sites', importedAt: now });
  const sites = new SiteRepository(conn);
  const { records } = parseCsvRecords(decodeText(bytes).text);
  for (const r of records) {
    const name = r.distrito ?? '';
    const official = /Jatobá|Juventino Dias/.test(name);
    sites.insert(
      {
        code: `DI-${slug(name.replace(/^Distrito Industrial (de |do )?/, '')).toUpperCase()}`,
        kind: 'industrial-district',
        name,
        municipalityCode: Number(r.codigo_ibge),
        managingBody: 'Codemig',
        status: r.status_programa || null,
        lat: Number(r.latitude_sede_municipal),
        lon: Number(r.longitude_sede_municipal),
        locationNote: DEMO_LOCATION_NOTE.text['pt-BR'],
        notes: official ? null : 'Nome descritivo "Distrito Industrial de <município>", não o nome oficial.',
        source: `Codemig, anúncio de 29/03/2016 — ${r.fonte ?? ''}`,
      },
      batchId,
    );
  }
  batches.recordCounts(batchId, { read: records.length, imported: records.length, updated: 0, skipped: 0 });
}

/**
 * An illustrative part of the demo that a feature adds (a works portfolio, an attraction plan, a
 * programme): labelled illustrative in its own rows, run after the real data it draws on.
 */
export type DemoStep = (conn: Connection, now: string, day: string) => void | Promise<void>;

/**
 * The demo workspace: reference data plus RAIS jobs 2019–2020, IBGE population (estimates and the
 * Census 2022 workbook), Codemig's districts
 * and the Rotas polos (all real), then the features' illustrative steps in order.
 */
export async function buildDemoWorkspace(
  conn: Connection,
  sources: DemoSources,
  now: string,
  steps: readonly DemoStep[],
  /** The day the demo describes (its works, plan and prospects are dated from it): the planner's day of `now`. */
  day: string,
): Promise<void> {
  await loadReferenceData(conn, sources, now);
  // RAIS goes through the import pipeline with its built-in template, as a planner's file would.
  const rais = [
    {
      file: fileNameOf('raisJobs2019'),
      prepared: await prepareWithTemplate(conn, sources.raisJobs2019, fileNameOf('raisJobs2019'), 'rais-setor-vinculos'),
    },
    {
      file: fileNameOf('raisJobs2020'),
      prepared: await prepareWithTemplate(conn, sources.raisJobs2020, fileNameOf('raisJobs2020'), 'rais-setor-vinculos'),
    },
  ];
  // 2022 population from the Census workbook (the tidy table's POP22 is the TCU preview).
  const census = {
    file: fileNameOf('census2022'),
    prepared: await prepareWithTemplate(conn, sources.census2022, fileNameOf('census2022'), 'ibge-censo2022-populacao'),
  };
  // The real Rotas de Integração registry (MIDR), through its built-in template like RAIS.
  const rotas = {
    file: fileNameOf('initiatives'),
    prepared: await prepareWithTemplate(conn, sources.initiatives, fileNameOf('initiatives'), 'rotas-polos'),
  };
  conn.transaction(() => {
    for (const { file, prepared } of rais) writePrepared(conn, prepared, file, now);
    importPopulation(conn, sources.population, fileNameOf('population'), now);
    writePrepared(conn, census.prepared, census.file, now);
    importDistricts(conn, sources.districts, fileNameOf('districts'), now);
    writePrepared(conn, rotas.prepared, rotas.file, now);
    const meta = new MetaRepository(conn);
    meta.set('demo', 'Arranjo demo workspace (Minas Gerais)');
    // Its works, plan and prospects are dated from this day: read at it, they tell the story they were
    // made to tell (one work late, one paralysed …) on any later day too.
    meta.setDemoDay(day);
  });
  for (const step of steps) await step(conn, now, day);
}
