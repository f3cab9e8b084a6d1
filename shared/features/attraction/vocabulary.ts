import { headerKey } from '../../import/values/text';

/** Pipeline stages in order; `installed` and `lost` end it (DESIGN.md §3 attraction plan). */
export const PROSPECT_STAGES = ['lead', 'contact', 'visit', 'proposal', 'negotiation', 'installed', 'lost'] as const;
export type ProspectStage = (typeof PROSPECT_STAGES)[number];

export const LOT_STATUSES = ['available', 'reserved', 'sold', 'occupied'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

export const INCENTIVE_KINDS = ['land-discount', 'tax', 'fee', 'other'] as const;
export type IncentiveKind = (typeof INCENTIVE_KINDS)[number];

export const CRITERION_SOURCES = ['jobs', 'investment', 'jobs-per-m2', 'investment-per-m2', 'sector-fit', 'manual'] as const;
export type CriterionSource = (typeof CRITERION_SOURCES)[number];

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const TARGET_ORIGINS = ['specialized', 'growing', 'potential', 'custom'] as const;
export type TargetOrigin = (typeof TARGET_ORIGINS)[number];
export const TARGET_STATES = ['proposed', 'accepted', 'removed'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

// Names agencies write in pt-BR and es (accent- and case-insensitive, via headerKey).
const STAGE_NAMES: Record<string, ProspectStage> = {
  lead: 'lead',
  prospeccao: 'lead',
  // The Spanish workbook's "Prospección" (it was refused as no stage).
  prospeccion: 'lead',
  prospecto: 'lead',
  contato: 'contact',
  contact: 'contact',
  contacto: 'contact',
  visita: 'visit',
  visit: 'visit',
  proposta: 'proposal',
  propuesta: 'proposal',
  proposal: 'proposal',
  negociacao: 'negotiation',
  negociacion: 'negotiation',
  negotiation: 'negotiation',
  instalada: 'installed',
  instalado: 'installed',
  installed: 'installed',
  implantada: 'installed',
  perdida: 'lost',
  perdido: 'lost',
  lost: 'lost',
  desistiu: 'lost',
};

const STATUS_NAMES: Record<string, LotStatus> = {
  available: 'available',
  disponivel: 'available',
  // The Spanish workbook's "Disponible" (it was refused as no status).
  disponible: 'available',
  livre: 'available',
  reserved: 'reserved',
  reservado: 'reserved',
  reservada: 'reserved',
  sold: 'sold',
  vendido: 'sold',
  vendida: 'sold',
  alienado: 'sold',
  occupied: 'occupied',
  ocupado: 'occupied',
  ocupada: 'occupied',
};

/**
 * A stage said as the state a company is in: "Em negociação", "Em contato" (pt-BR), "En negociación"
 * (es), "In negotiation" (en). Agency sheets write it so, and "Em negociação" was refused as no stage.
 */
const STATE_WORD = /^(em|en|in) /;

/** "Negociação" or "Em negociação" → negotiation; null when the text names no stage. */
export function parseStage(text: string): ProspectStage | null {
  const key = headerKey(text);
  return STAGE_NAMES[key] ?? STAGE_NAMES[key.replace(STATE_WORD, '')] ?? null;
}

/** "Disponível" → available; null when the text names no status. */
export function parseLotStatus(text: string): LotStatus | null {
  return STATUS_NAMES[headerKey(text)] ?? null;
}

/** How a plan's sales-criteria weights were set (as a prioritization scenario's, without the objective methods). */
export const SALES_WEIGHT_ORIGINS = ['direct', 'ahp'] as const;
export type SalesWeightOrigin = (typeof SALES_WEIGHT_ORIGINS)[number];
