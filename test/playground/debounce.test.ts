// Debounce: parse once typing pauses, not on every key.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../playground/src/debounce.js';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once, the given time after the last call', () => {
    const run = vi.fn();
    const later = debounce(run, 150);
    later();
    vi.advanceTimersByTime(100);
    later();
    vi.advanceTimersByTime(149);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again for calls after a quiet spell', () => {
    const run = vi.fn();
    const later = debounce(run, 50);
    later();
    vi.advanceTimersByTime(50);
    later();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(2);
  });
});
