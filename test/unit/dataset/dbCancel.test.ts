// cancellable(): an abort while a statement runs asks the session to cancel it, again until the
// statement ends, and the run rejects with CancelledError; without an abort nothing is asked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancelledError, cancellable } from '../../../src/node/db/cancel.js';

/** A statement the fake server ends only when cancelled `needed` times (`ok`: ends normally, as MariaDB's SLEEP). */
function fakeServer(needed: number, ends: 'error' | 'ok' = 'error') {
  let end: (() => void) | undefined;
  const server = {
    cancels: 0,
    statement: (): Promise<string> =>
      new Promise<string>((resolve, reject) => {
        end = () => {
          if (ends === 'ok') resolve('1');
          else reject(new Error('canceling statement due to user request'));
        };
      }),
    cancel: (): Promise<void> => {
      server.cancels++;
      if (server.cancels >= needed) end?.();
      return Promise.resolve();
    },
  };
  return server;
}

test('without an abort the statement result passes through and nothing is cancelled', async () => {
  const session = {
    cancels: 0,
    cancel: (): Promise<void> => {
      session.cancels++;
      return Promise.resolve();
    },
  };
  const signal = new AbortController().signal;
  assert.equal(await cancellable(session, signal, () => Promise.resolve(42)), 42);
  assert.equal(await cancellable(session, undefined, () => Promise.resolve(7)), 7);
  assert.equal(session.cancels, 0);
});

test("a statement's own failure is not turned into a cancel", async () => {
  const session = { cancel: () => Promise.resolve() };
  await assert.rejects(
    cancellable(session, new AbortController().signal, () => Promise.reject(new Error('no such table'))),
    /no such table/,
  );
});

test('an abort while the statement runs cancels it on the server and rejects with CancelledError', async () => {
  const server = fakeServer(1);
  const abort = new AbortController();
  const run = cancellable(server, abort.signal, server.statement);
  abort.abort();
  await assert.rejects(run, CancelledError);
  assert.equal(server.cancels, 1);
});

test('a cancel that found nothing to stop is repeated until the statement ends', async () => {
  const server = fakeServer(2);
  const abort = new AbortController();
  const run = cancellable(server, abort.signal, server.statement);
  abort.abort();
  await assert.rejects(run, CancelledError);
  assert.equal(server.cancels, 2);
});

test('a killed statement that still returns a row (MariaDB SLEEP) is reported as cancelled', async () => {
  const server = fakeServer(1, 'ok');
  const abort = new AbortController();
  const run = cancellable(server, abort.signal, server.statement);
  abort.abort();
  await assert.rejects(run, CancelledError);
});

test('after an abort no further statement starts', async () => {
  const abort = new AbortController();
  abort.abort();
  let started = false;
  await assert.rejects(
    cancellable({ cancel: () => Promise.resolve() }, abort.signal, () => {
      started = true;
      return Promise.resolve(1);
    }),
    CancelledError,
  );
  assert.equal(started, false);
});
