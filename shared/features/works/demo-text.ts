import { demoNote, demoNoteIn, demoTextIn, type DemoNote } from '../../domain/demo-note';
import type { Locale } from '../../domain/locales';
import type { Milestone, Risk, Work, WorkDocument } from './types';

/**
 * The demo works' own words, stored in Portuguese as the demo is built, each written in the three
 * languages (see `demoNoteIn`: shown in the language in use; a text the planner changed stays as
 * written). On the English and Spanish screens the paralysed work's reason and risk, the milestones
 * ("Ordem de serviço", "Recebimento provisório", also on the Gantt's diamonds), the contracts'
 * documents and the baseline's name read Portuguese. The works' titles, contractors and agencies are
 * names, and stay as the planner sees them.
 */

/**
 * Where the demo's works come from (the workspace's data, in Portuguese). Only the frame is public —
 * the districts (Codemig's announcement of 29/03/2016) and the kind of works; no public source lists
 * Codemig's contracts.
 */
export const DEMO_WORKS_SOURCE =
  'ILUSTRATIVO: distritos e tipos de obra do eixo "infraestrutura e logística" do programa de revitalização dos distritos industriais da Codemig (anúncio de 29/03/2016); obras, valores, datas, empresas e medições inventados para demonstração (nenhuma fonte pública lista os contratos).';

/** The note in each language; its lead is "ILUSTRATIVO:". */
const DEMO_WORKS_NOTE: DemoNote = {
  text: {
    'pt-BR': DEMO_WORKS_SOURCE,
    en: 'ILLUSTRATIVE: districts and kinds of works of the "infrastructure and logistics" axis of Codemig\'s industrial districts revitalization programme (announced 29/03/2016); works, amounts, dates, companies and measurements made up for the demo (no public source lists the contracts).',
    es: 'ILUSTRATIVO: distritos y tipos de obra del eje "infraestructura y logística" del programa de revitalización de los distritos industriales de Codemig (anuncio del 29/03/2016); obras, montos, fechas, empresas y mediciones inventados para la demostración (ninguna fuente pública lista los contratos).',
  },
  leadEnd: ':',
};

/** The works' note and the paralysed work's reason; the milestones; the contracts' title; the risks and their mitigations. */
export const DEMO_WORK_TEXTS = {
  workNote: demoNote('Obra ILUSTRATIVA da demonstração.', 'ILLUSTRATIVE work of the demo.', 'Obra ILUSTRATIVA de la demostración.'),
  paralysisReason: demoNote(
    'Rescisão do contrato: a empresa abandonou o canteiro (exemplo ilustrativo); nova licitação em preparo.',
    'Contract terminated: the company abandoned the site (illustrative example); a new tender is being prepared.',
    'Rescisión del contrato: la empresa abandonó la obra (ejemplo ilustrativo); nueva licitación en preparación.',
  ),
  serviceOrder: demoNote('Ordem de serviço', 'Notice to proceed', 'Orden de inicio'),
  provisionalAcceptance: demoNote('Recebimento provisório', 'Provisional acceptance', 'Recepción provisional'),
  contract: demoNote('Contrato (exemplo ilustrativo)', 'Contract (illustrative example)', 'Contrato (ejemplo ilustrativo)'),
  retenderDelay: demoNote(
    'Atraso da nova licitação após a rescisão',
    'New tender delayed after the termination',
    'Retraso de la nueva licitación tras la rescisión',
  ),
  retenderRemainder: demoNote(
    'Licitar o saldo remanescente da obra',
    'Put the rest of the work out to tender',
    'Licitar el saldo pendiente de la obra',
  ),
  fittingsShortage: demoNote(
    'Falta de luminárias no mercado',
    'Shortage of light fittings on the market',
    'Falta de luminarias en el mercado',
  ),
  timeExtension: demoNote('Aditivo de prazo assinado', 'Time extension signed', 'Adenda de plazo firmada'),
} as const;

const WORK_TEXTS: readonly DemoNote[] = Object.values(DEMO_WORK_TEXTS);

/** A demo contract's number, by the work's place in the demo ("ILUSTR-004"). */
export function demoContractNumber(n: number): string {
  return `ILUSTR-${String(n).padStart(3, '0')}`;
}

/** A demo contract's document reference, by the contract's number. */
export function demoDocumentReference(contract: string): DemoNote {
  return demoNote(
    `Processo ${contract} — documento fictício`,
    `File ${contract} — fictitious document`,
    `Expediente ${contract} — documento ficticio`,
  );
}

/** The demo's baseline's name, by the month it was frozen in ("2025-07"). */
export function demoBaselineName(month: string): DemoNote {
  return demoNote(`Linha de base ilustrativa ${month}`, `Illustrative baseline ${month}`, `Línea de base ilustrativa ${month}`);
}

/** A work's source note in `locale` (see `demoNoteIn`): the demo's own note in the language in use. */
export function worksSourceIn(source: string, locale: Locale): string {
  return demoNoteIn(DEMO_WORKS_NOTE, source, locale);
}

/** A work with the demo's paralysis reason and note in `locale`; a planner's as written. */
export function workIn<W extends Pick<Work, 'paralysisReason' | 'notes'>>(work: W, locale: Locale): W {
  return {
    ...work,
    paralysisReason: demoTextIn(WORK_TEXTS, work.paralysisReason, locale),
    notes: demoTextIn(WORK_TEXTS, work.notes, locale),
  };
}

/** A milestone with the demo's name in `locale` (the side panel, the Gantt's diamonds); a planner's as written. */
export function milestoneIn<M extends Pick<Milestone, 'name'>>(milestone: M, locale: Locale): M {
  return { ...milestone, name: demoTextIn(WORK_TEXTS, milestone.name, locale) };
}

/** A risk with the demo's description and mitigation in `locale`; a planner's as written. */
export function riskIn<R extends Pick<Risk, 'description' | 'mitigation'>>(risk: R, locale: Locale): R {
  return {
    ...risk,
    description: demoTextIn(WORK_TEXTS, risk.description, locale),
    mitigation: demoTextIn(WORK_TEXTS, risk.mitigation, locale),
  };
}

/** A document with the demo's title and reference in `locale`; a planner's as written. */
export function documentIn<D extends Pick<WorkDocument, 'title' | 'reference'>>(document: D, locale: Locale): D {
  const contract = /ILUSTR-\d+/.exec(document.reference)?.[0];
  const reference = contract === undefined ? document.reference : demoNoteIn(demoDocumentReference(contract), document.reference, locale);
  return { ...document, title: demoTextIn(WORK_TEXTS, document.title, locale), reference };
}

/** A baseline's name in `locale`: the demo's (for the month it was frozen in) in the language in use; a planner's as written. */
export function baselineNameIn(name: string, locale: Locale): string {
  const month = /\d{4}-\d{2}$/.exec(name)?.[0];
  return month === undefined ? name : demoNoteIn(demoBaselineName(month), name, locale);
}
