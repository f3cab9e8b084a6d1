import { economyMeetingSpecSchema, type EconomyMeetingSpec } from '../../../../shared/features/economy/meeting-spec';

/**
 * A saved diagnosis chart of a meeting sequence (its spec), checked as the engine checks it when the
 * sequence is saved; null when it is not one. A module of its own: the check is zod's, which loads
 * with the meeting's slides that read specs, not with the Economia area that only writes them (its
 * first open evaluated zod and built the schema, issue 16).
 */
export function economySpecOf(raw: Record<string, unknown>): EconomyMeetingSpec | null {
  const parsed = economyMeetingSpecSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
