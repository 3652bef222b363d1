/**
 * Cancelling a statement where it runs. Closing the connection is not enough: PostgreSQL and
 * MariaDB keep executing a statement whose client has gone until the statement next writes to
 * the socket, which a counting query does only at its end. So an abort asks the server to stop
 * the statement (`pg_cancel_backend`, `KILL QUERY`) and waits for it to end before the
 * connection is closed.
 */
import { CancelledError, throwIfAborted } from '../dataset/input.js';

export { CancelledError } from '../dataset/input.js';

/** What a session can do to stop its own running statement. */
export interface Cancellable {
  /** Asks the server to stop the statement running now on this session (none running: no effect). */
  cancel(): Promise<void>;
}

/** How long to wait for a cancelled statement to end before asking the server again. */
export const CANCEL_RETRY_MS = 1000;

/**
 * Runs one statement of `session`; when `signal` aborts while it runs, asks the server to
 * cancel it (again every CANCEL_RETRY_MS, since a request that arrives between two statements
 * finds nothing to stop) until the statement ends, then rejects with CancelledError — also when
 * the statement ended normally (MariaDB's SLEEP returns 1 when killed).
 */
export async function cancellable<T>(
  session: Cancellable,
  signal: AbortSignal | undefined,
  statement: () => Promise<T>,
): Promise<T> {
  throwIfAborted(signal);
  const running = statement();
  if (signal === undefined) return running;
  let settled = false;
  const ended = running.then(
    () => undefined,
    () => undefined,
  );
  const stop = async (): Promise<void> => {
    while (!settled) {
      await session.cancel().catch(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([ended, new Promise((r) => (timer = setTimeout(r, CANCEL_RETRY_MS)))]);
      clearTimeout(timer);
    }
  };
  const onAbort = (): void => {
    void stop();
  };
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    const result = await running;
    throwIfAborted(signal);
    return result;
  } catch (e) {
    if (signal.aborted) throw new CancelledError();
    throw e;
  } finally {
    settled = true;
    signal.removeEventListener('abort', onAbort);
  }
}
