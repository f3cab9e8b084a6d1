import { describe, expect, it } from 'vitest';
import { ArranjoError } from '../../shared/errors';
import { newEngine } from '../support/node-engine';

/**
 * Issue 9: input is validated in one place, at the interface, and always as an ArranjoError naming
 * the field (INVALID_INPUT) — never as a raw zod error that reaches the user as an "internal error".
 */
describe('input refused at the interface names its field', () => {
  async function refusal(call: () => Promise<unknown>): Promise<ArranjoError> {
    try {
      await call();
    } catch (error) {
      expect(error).toBeInstanceOf(ArranjoError);
      return error as ArranjoError;
    }
    throw new Error('the call was not refused');
  }

  it('a site id that is not a whole number (update and delete)', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    for (const call of [() => engine.updateSite(1.5, { name: 'x' }), () => engine.deleteSite(-1)]) {
      const e = await refusal(call);
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.params.field).toBe('id');
    }
  });

  it('an initiatives filter with a state that is not a UF', async () => {
    const engine = await newEngine();
    await engine.createWorkspace({ demo: false });
    const e = await refusal(() => engine.listInitiatives({ state: 'MGX' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/^state: /);
  });
});
