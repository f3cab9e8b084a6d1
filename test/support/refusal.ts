import { ArranjoError } from '../../shared/errors';

/** The ArranjoError a call refuses with; fails when it is accepted or throws anything else. */
export function refusal(run: () => unknown): ArranjoError {
  try {
    run();
  } catch (error) {
    if (error instanceof ArranjoError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
