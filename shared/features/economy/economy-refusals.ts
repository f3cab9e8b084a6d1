import type { EconomyRefusal, EconomyRefusalValues } from './types';
import { ArranjoError, type ErrorCode } from '../../errors';

/**
 * An economic analysis refused: the English message for the CLI and logs, and `params` with the
 * reason and its values, from which the UI says the same in the user's language.
 */
export function economyRefusal<K extends EconomyRefusal>(
  reason: K,
  values: EconomyRefusalValues[K],
  message: string,
  code: ErrorCode = 'INVALID_INPUT',
): ArranjoError {
  return new ArranjoError(code, message, {}, { reason, ...values });
}
