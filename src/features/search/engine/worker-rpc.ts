/**
 * Calls into a worker as async functions, and events out of it. A few lines instead of comlink (it weighed
 * on the first download, see docs/decisions/0007): the search worker needs plain request/response
 * with structured-cloneable arguments and one event stream, nothing of comlink's proxies or transfer.
 */

type Call = { id: number; method: string; args: unknown[] };
type Reply = { id: number; value: unknown } | { id: number; error: string } | { event: unknown };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function signature is an API method
type Methods = Record<string, (...args: any[]) => unknown>;

/** The worker's API as seen from the page: every method answers with a promise. */
export type Remote<T extends Methods> = {
  [K in keyof T]: (...args: Parameters<T[K]>) => Promise<Awaited<ReturnType<T[K]>>>;
};

interface Endpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** Page side: a handle on `expose(api)` in `worker`; `onEvent` receives what the worker `emit`s. */
export function wrap<T extends Methods>(worker: Endpoint, onEvent: (event: unknown) => void): Remote<T> {
  let nextId = 0;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
    if ('event' in data) {
      onEvent(data.event);
      return;
    }
    const call = pending.get(data.id);
    pending.delete(data.id);
    if ('error' in data) call?.reject(new Error(data.error));
    else call?.resolve(data.value);
  });
  const call =
    (method: string) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, method, args } satisfies Call);
      });
  return new Proxy({} as Remote<T>, { get: (_, method) => call(String(method)) });
}

/** Worker side: answers calls to `api`'s methods; thrown errors and rejections travel as messages. */
export function expose(api: Methods, scope: Endpoint): void {
  scope.addEventListener('message', ({ data }: MessageEvent<Call>) => {
    const method = Object.hasOwn(api, data.method) ? api[data.method] : undefined;
    Promise.resolve()
      .then(() => {
        if (!method) throw new Error(`No such method: ${data.method}`);
        return method(...data.args);
      })
      .then(
        (value) => {
          scope.postMessage({ id: data.id, value } satisfies Reply);
        },
        (error: unknown) => {
          scope.postMessage({
            id: data.id,
            error: error instanceof Error ? error.message : String(error),
          } satisfies Reply);
        },
      );
  });
}

/** Worker side: sends an event to the page's `onEvent`. */
export function emit(scope: Endpoint, event: unknown): void {
  scope.postMessage({ event } satisfies Reply);
}
