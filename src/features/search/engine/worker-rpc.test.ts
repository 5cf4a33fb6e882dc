import { afterEach, describe, expect, it } from 'vitest';
import { emit, expose, wrap } from './worker-rpc';

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

function connect<T extends Parameters<typeof expose>[0]>(
  api: T,
  onEvent: (event: unknown) => void = () => {},
) {
  const channel = new MessageChannel();
  channels.push(channel);
  expose(api, channel.port2);
  const remote = wrap<T>(channel.port1, onEvent);
  channel.port1.start();
  channel.port2.start();
  return { remote, worker: channel.port2 };
}

describe('worker-rpc', () => {
  it('answers calls in any order with their own results', async () => {
    const { remote } = connect({
      add: (a: number, b: number) => a + b,
      slow: async (text: string) => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        return text.toUpperCase();
      },
    });
    const slow = remote.slow('late');
    const sum = remote.add(2, 3);
    expect(await sum).toBe(5);
    expect(await slow).toBe('LATE');
  });

  it('turns thrown errors, rejections and unknown methods into rejected promises', async () => {
    const { remote } = connect({
      fails: () => {
        throw new Error('not opened');
      },
      rejects: () => Promise.reject(new Error('offline')),
    });
    await expect(remote.fails()).rejects.toThrow('not opened');
    await expect(remote.rejects()).rejects.toThrow('offline');
    await expect((remote as unknown as { nope: () => Promise<void> }).nope()).rejects.toThrow(
      'No such method: nope',
    );
  });

  it('delivers events from the worker', async () => {
    const events: unknown[] = [];
    const { remote, worker } = connect({ ping: () => 'pong' }, (event) => events.push(event));
    emit(worker, { loaded: 1 });
    expect(await remote.ping()).toBe('pong');
    expect(events).toEqual([{ loaded: 1 }]);
  });
});
