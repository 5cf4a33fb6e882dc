import { describe, expect, it } from 'vitest';
import { createFirstContentGate } from './after-first-content';

/** A scheduler whose frames and idle moments run when the test says. */
function manualScheduler() {
  const frames: (() => void)[] = [];
  const idles: (() => void)[] = [];
  const flush = (queue: (() => void)[]) => {
    for (const run of queue.splice(0)) run();
  };
  return {
    scheduler: { frame: (run: () => void) => frames.push(run), idle: (run: () => void) => idles.push(run) },
    frame: () => {
      flush(frames);
    },
    idle: () => {
      flush(idles);
    },
  };
}

describe('createFirstContentGate', () => {
  it('holds tasks until the first content is shown, painted, and the page idle', () => {
    const clock = manualScheduler();
    const gate = createFirstContentGate(clock.scheduler);
    const ran: string[] = [];
    gate.afterFirstContent(() => ran.push('a'));
    clock.frame();
    clock.idle();
    expect(ran).toEqual([]);
    gate.firstContentShown();
    clock.idle();
    expect(ran).toEqual([]); // not before the frame with the content
    clock.frame();
    expect(ran).toEqual([]);
    clock.idle();
    expect(ran).toEqual(['a']);
    expect(gate.isOpen()).toBe(true);
  });

  it('runs a cancelled task never, and a task asked for once open at the next idle moment', () => {
    const clock = manualScheduler();
    const gate = createFirstContentGate(clock.scheduler);
    const ran: string[] = [];
    const cancel = gate.afterFirstContent(() => ran.push('cancelled'));
    cancel();
    gate.firstContentShown();
    gate.firstContentShown(); // idempotent: one opening
    clock.frame();
    clock.idle();
    expect(ran).toEqual([]);
    const cancelLate = gate.afterFirstContent(() => ran.push('late, cancelled'));
    gate.afterFirstContent(() => ran.push('late'));
    cancelLate();
    expect(ran).toEqual([]);
    clock.idle();
    expect(ran).toEqual(['late']);
  });
});
