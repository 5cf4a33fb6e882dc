import { describe, expect, it, vi } from 'vitest';
import { HEAP_BYTES_PER_ANNOUNCEMENT, planHeap, restartWithHeap } from './heap';

const MB = 1024 * 1024;

describe('planHeap', () => {
  it('goes on as it is when the announcements fit the heap', () => {
    expect(planHeap(10_000, 4096, 24_000)).toEqual({
      limitMb: 4096,
      neededMb: Math.ceil((10_000 * HEAP_BYTES_PER_ANNOUNCEMENT) / MB),
      restartMb: null,
    });
  });

  it('restarts with the heap ten million announcements need when the machine has it', () => {
    const plan = planHeap(10_000_000, 4096, 32_000);
    expect(plan.neededMb).toBeGreaterThan(4096);
    expect(plan.restartMb).toBe(plan.neededMb);
    expect(plan.warning).toBeUndefined();
  });

  it('restarts with at most 80% of the memory, and warns, when the machine is too small', () => {
    const plan = planHeap(10_000_000, 2048, 8000);
    expect(plan.restartMb).toBe(6400);
    expect(plan.warning).toMatch(
      /10000000 announcements need about 19\.1 GiB of heap; this machine has 7\.8 GiB/,
    );
  });

  it('does not restart with a smaller heap than it has', () => {
    const plan = planHeap(10_000_000, 8192, 8000);
    expect(plan.restartMb).toBeNull();
    expect(plan.warning).toMatch(/may stop short of memory/);
  });
});

describe('restartWithHeap', () => {
  it('never restarts a run that is itself the restarted one', () => {
    vi.stubEnv('INGEST_HEAP_RAISED', '1');
    try {
      expect(restartWithHeap(8192)).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
