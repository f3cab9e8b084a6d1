import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { toErrorPayload, type ErrorPayload } from '../../shared/errors';
import { IPC_CHANNELS, ipcInputs, type IpcChannel, type IpcInput, type IpcOutput, type IpcResult } from '../../shared/ipc/contract';
import { isAppUrl } from './app-origin';

/** One typed handler per channel; the compiler refuses a map that misses one. */
export type IpcHandlers = { [C in IpcChannel]: (input: IpcInput<C>) => Promise<IpcOutput<C>> };
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Registers every channel of the contract through the same gate: trusted sender, schema-valid
 * input, errors turned into payloads. Returns a function that unregisters them all.
 */
export function registerHandlers(handlers: IpcHandlers, isTrustedSender: SenderCheck): () => void {
  for (const channel of IPC_CHANNELS) registerOne(channel, handlers, isTrustedSender);
  return () => {
    for (const channel of IPC_CHANNELS) ipcMain.removeHandler(channel);
  };
}

function registerOne<C extends IpcChannel>(channel: C, handlers: IpcHandlers, isTrustedSender: SenderCheck): void {
  const handler = handlers[channel];
  const schema = ipcInputs[channel];
  ipcMain.handle(channel, async (event, raw: unknown): Promise<IpcResult<IpcOutput<C>>> => {
    if (!isTrustedSender(event)) {
      console.warn(`[ipc] refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
      return {
        ok: false,
        error: failure('INTERNAL', 'Request refused: it did not come from the Arranjo window.', { channel, reason: 'untrusted-sender' }),
      };
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
      return { ok: false, error: failure('INVALID_INPUT', `Invalid input for ${channel}: ${detail}`, { channel }) };
    }
    try {
      // The schema of channel C yields IpcInput<C>; TypeScript cannot correlate the two through the
      // generic index, hence the assertion.
      return { ok: true, value: await handler(parsed.data as IpcInput<C>) };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  });
}

function failure(code: ErrorPayload['code'], message: string, params: Record<string, string>): ErrorPayload {
  return { code, message, location: {}, params };
}

/**
 * Accepts only the top frame of the current main window, showing our own page: not an iframe, not
 * another window, not the same window after it was somehow navigated elsewhere.
 */
export function createSenderCheck(getWindow: () => BrowserWindow | null, devUrl: string | undefined): SenderCheck {
  return (event) => {
    const window = getWindow();
    const frame = event.senderFrame;
    if (!window || window.isDestroyed() || !frame) return false;
    if (event.sender !== window.webContents) return false;
    const top = window.webContents.mainFrame;
    if (frame.parent !== null || frame.processId !== top.processId || frame.routingId !== top.routingId) return false;
    return isAppUrl(frame.url, devUrl);
  };
}
