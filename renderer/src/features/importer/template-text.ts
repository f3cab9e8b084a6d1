import type { TFunction } from 'i18next';

/** The built-in templates, whose names and descriptions the UI says in the user's language (saved ones keep their own text). */
export const BUILT_IN_TEMPLATE_IDS = [
  'rais-setor-vinculos',
  'rais-setor-remuneracao',
  'rais-setor-estabelecimentos',
  'arranjo-long',
  'arranjo-lotes',
  'arranjo-empresas',
  'ibge-censo2022-populacao',
  'ibge-populacao-tcu',
  'fjp-imrs',
  'atlas-idhm-municipios',
  'rotas-polos',
  'arranjo-polos',
  'arranjo-acoes',
  'arranjo-metas',
  'arranjo-obras',
  'arranjo-medicoes',
  'arranjo-cronograma',
] as const;
type BuiltInId = (typeof BUILT_IN_TEMPLATE_IDS)[number];

const isBuiltInId = (id: string): id is BuiltInId => (BUILT_IN_TEMPLATE_IDS as readonly string[]).includes(id);

/** What the engine writes as the description of a template saved from the wizard. */
const SAVED_FROM = /^Saved from an import of sheet "(.*)"\.$/;

/** A template's name: a built-in one's in the user's language, a saved one's as the planner wrote it. */
export function templateLabel(t: TFunction<'importer'>, template: { id: string; label: string }): string {
  return isBuiltInId(template.id) ? t(`templateLabels.${template.id}`) : template.label;
}

export function templateDescription(t: TFunction<'importer'>, template: { id: string; description: string }): string {
  if (isBuiltInId(template.id)) return t(`templateDescriptions.${template.id}`);
  const saved = SAVED_FROM.exec(template.description);
  return saved ? t('templates.savedFrom', { sheet: saved[1] ?? '' }) : template.description;
}
