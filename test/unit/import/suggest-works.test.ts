import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../shared/import/layout/detect-layout';
import { suggestMapping } from '../../../shared/import/mapping/suggest';
import { CsvSource } from '../../../shared/import/read/csv-source';

const layoutOf = (text: string) => detectLayout(CsvSource.open(new TextEncoder().encode(text), 'agencia.csv'), 'agencia');
const fields = (mapping: ReturnType<typeof suggestMapping>) => mapping.columns.map((c) => ('field' in c.role ? c.role.field : c.role.role));

describe('wizard suggestions for agency works sheets (Portuguese headers)', () => {
  it('recognizes a works portfolio and maps its columns to arranjo-obras fields', () => {
    const layout = layoutOf(
      'Distrito;Código da obra;Descrição da obra;Tipo de obra;Orçamento previsto (R$);Início previsto;Término previsto;Situação;Fonte de recursos;Empresa contratada\n' +
        'DI-BETIM;OB-1;Pavimentação;paving;"R$ 1.000.000,00";01/01/2025;31/12/2025;in-progress;own-budget;Construtora X\n',
    );
    const mapping = suggestMapping(layout);
    expect(mapping.target).toBe('works');
    expect(fields(mapping)).toEqual([
      'siteCode',
      'code',
      'title',
      'category',
      'budgetPlanned',
      'plannedStart',
      'plannedEnd',
      'status',
      'fundingSource',
      'contractor',
    ]);
  });

  it('reads a lone "Data de início" and "Data de término" as the planned dates every work needs, and "Fonte de recurso" as the funding', () => {
    // They went to the actual start and to nothing: the mapping then lacked both required dates.
    const portfolio = suggestMapping(
      layoutOf(
        'Distrito;Nº da obra;Descrição da obra;Tipo;Valor previsto (R$);Data de início;Data de término;Situação;Fonte de recurso\n' +
          'DI-BETIM;OB-1;Pavimentação;Pavimentação;1000000;15/01/2025;30/09/2025;Em execução;Convênio\n',
      ),
    );
    expect(portfolio.target).toBe('works');
    expect(fields(portfolio)).toEqual([
      'siteCode',
      'code',
      'title',
      'category',
      'budgetPlanned',
      'plannedStart',
      'plannedEnd',
      'status',
      'fundingSource',
    ]);
    // Beside named planned dates (even to their right), the same headers are the actual ones.
    const both = suggestMapping(
      layoutOf(
        'Obra;Distrito;Descrição;Tipo;Orçamento;Data de início;Término;Início previsto;Término previsto\n' +
          'OB-1;DI-BETIM;Drenagem;Drenagem;500000;01/02/2025;20/12/2025;01/01/2025;31/12/2025\n',
      ),
      'works',
    );
    expect(fields(both)).toEqual([
      'code',
      'siteCode',
      'title',
      'category',
      'budgetPlanned',
      'actualStart',
      'actualEnd',
      'plannedStart',
      'plannedEnd',
    ]);
  });

  it('recognizes a measurement sheet and maps its columns to arranjo-medicoes fields', () => {
    const layout = layoutOf(
      'Obra;Data da medição;Avanço físico acumulado (%);Empenhado (R$);Pago acumulado (R$)\nOB-1;30/06/2025;40;600000;450000\n',
    );
    const mapping = suggestMapping(layout);
    expect(mapping.target).toBe('measurements');
    expect(fields(mapping)).toEqual(['workCode', 'date', 'physicalProgress', 'committed', 'disbursed']);
  });
});

describe('wizard suggestions for agency works sheets (Spanish headers)', () => {
  it('recognizes a works portfolio written in Spanish and maps its columns', () => {
    // It was taken for a sites list ("Categoría" as the site kind) and nothing was mapped to a work.
    const mapping = suggestMapping(
      layoutOf(
        'Distrito;Código de obra;Descripción;Categoría;Presupuesto previsto (R$);Fecha de inicio prevista;Fecha de término prevista;Estado;Fuente de financiamiento;Contratista\n' +
          'DI-BETIM;OB-1;Pavimentación;Pavimentación;"R$ 1.000.000,00";01/01/2025;31/12/2025;En ejecución;Préstamo;Constructora X\n',
      ),
    );
    expect(mapping.target).toBe('works');
    expect(fields(mapping)).toEqual([
      'siteCode',
      'code',
      'title',
      'category',
      'budgetPlanned',
      'plannedStart',
      'plannedEnd',
      'status',
      'fundingSource',
      'contractor',
    ]);
  });

  it('recognizes a measurements sheet written in Spanish, as one in Portuguese', () => {
    const portuguese = suggestMapping(
      layoutOf('Código da obra;Data da medição;Avanço físico (%);Empenhado (R$);Desembolsado (R$)\nOB-1;31/01/2025;45%;1000;500\n'),
    );
    expect(portuguese.target).toBe('measurements');
    expect(fields(portuguese)).toEqual(['workCode', 'date', 'physicalProgress', 'committed', 'disbursed']);
    const mapping = suggestMapping(
      layoutOf('Código de obra;Fecha;Avance físico (%);Comprometido (R$);Desembolsado (R$)\nOB-1;31/01/2025;45 %;1000;500\n'),
    );
    expect(mapping.target).toBe('measurements');
    expect(fields(mapping)).toEqual(['workCode', 'date', 'physicalProgress', 'committed', 'disbursed']);
  });
});

describe('wizard suggestions under a two-row header', () => {
  it('names a field by the lower row of a merged header ("Prazo" over "Início previsto"), never by one word alone', () => {
    const mapping = suggestMapping(
      layoutOf(
        'Distrito;Código da obra;Descrição;Categoria;Orçamento previsto (R$);Prazo Início previsto;Prazo Término previsto;Valor da obra\n' +
          'DI-BETIM;OB-1;Pavimentação;paving;1000000;01/01/2025;31/12/2025;1000000\n',
      ),
      'works',
    );
    expect(fields(mapping)).toEqual(['siteCode', 'code', 'title', 'category', 'budgetPlanned', 'plannedStart', 'plannedEnd']);
  });
});
