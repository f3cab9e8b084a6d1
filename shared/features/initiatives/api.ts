import type { InitiativePopulation } from './population-basis';
import type { EventInput, ExchangeInput, InitiativeFilter, InitiativeInput, LinkInput, MethodologyInput, SuggestionQuery } from './schemas';
import type {
  Exchange,
  ExchangeSuggestion,
  InitiativeMergeResult,
  InitiativeProfile,
  InitiativeSummary,
  Methodology,
  NamePair,
} from './types';

/**
 * Polos e iniciativas (DESIGN §3 initiative): the registry, profiles, exchange suggestions, the
 * methodology library. Every edit is validated, all-or-nothing, change-logged and undoable. An
 * initiative's municipalities are its territory set (`territorySetId`): the economic diagnosis,
 * comparison and prioritization take it as they take any custom territory.
 */
export interface InitiativesApi {
  listInitiatives(filter?: InitiativeFilter): Promise<InitiativeSummary[]>;
  /**
   * Each municipality of a state that belongs to an initiative, with those initiatives' names by
   * name (the dashboard map outlines the polos; one small query instead of the registry's summaries).
   */
  initiativesByMunicipality(stateCode: number): Promise<{ code: number; initiatives: string[] }[]>;
  /**
   * Every initiative's members and each member's population, with the period and source of those
   * figures: the registry's totals count a municipality in several initiatives once.
   */
  initiativePopulation(): Promise<InitiativePopulation>;
  initiativeProfile(code: string): Promise<InitiativeProfile>;
  saveInitiative(input: InitiativeInput): Promise<InitiativeProfile>;
  deleteInitiative(code: string): Promise<void>;
  /**
   * Merges two spellings of one initiative (the planner's decision, never the import's): the kept one
   * takes what it lacks from the merged one; `notKept` lists the merged one's values that differed.
   */
  mergeInitiatives(keptCode: string, mergedCode: string): Promise<InitiativeMergeResult>;
  /** Initiatives of the same name (any route) and of near names (one route): the planner merges or not. */
  initiativeNearDuplicates(): Promise<NamePair[]>;
  exchangeSuggestions(query: SuggestionQuery): Promise<{ year: number | null; subject: string; suggestions: ExchangeSuggestion[] }>;
  methodologies(): Promise<Methodology[]>;
  saveMethodology(input: MethodologyInput): Promise<Methodology[]>;
  deleteMethodology(id: number): Promise<void>;
  initiativeExchanges(code?: string): Promise<Exchange[]>;
  saveExchange(input: ExchangeInput): Promise<Exchange[]>;
  deleteExchange(id: number): Promise<void>;
  addInitiativeEvent(input: EventInput): Promise<void>;
  deleteInitiativeEvent(id: number): Promise<void>;
  saveInitiativeLink(input: LinkInput): Promise<void>;
  deleteInitiativeLink(from: string, to: string): Promise<void>;
}
