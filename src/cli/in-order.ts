// Run tasks concurrently but hand their results back in input order, with at most
// `window` tasks started and not yet handed back (so memory stays bounded however long
// the input is).
//
//   inOrder(['a.txt', 'b.txt', 'c.txt'], parse, 4)
//     → yields ['a.txt', A], ['b.txt', B], ['c.txt', C] even when C finishes first
//
// A result is handed back as soon as it and all before it are done, without waiting
// for more input: a streaming consumer that waits for each answer never deadlocks.

export async function* inOrder<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  run: (item: T) => Promise<R>,
  window: number,
): AsyncGenerator<[T, R]> {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  const started: Promise<[T, R]>[] = [];
  let inputDone = false;
  let inputError: { error: unknown } | null = null;
  let stopped = false;
  let wakeConsumer: (() => void) | null = null;
  let wakeProducer: (() => void) | null = null;
  const wake = (which: 'consumer' | 'producer'): void => {
    const resume = which === 'consumer' ? wakeConsumer : wakeProducer;
    if (which === 'consumer') wakeConsumer = null;
    else wakeProducer = null;
    resume?.();
  };

  const produce = async (): Promise<void> => {
    try {
      for await (const item of items) {
        while (started.length >= window && !stopped) {
          await new Promise<void>((resolve) => (wakeProducer = resolve));
        }
        if (stopped) return;
        const result = run(item).then((value): [T, R] => [item, value]);
        result.catch(() => {}); // rejections surface when the consumer reaches this one
        started.push(result);
        wake('consumer');
      }
    } catch (error) {
      inputError = { error };
    } finally {
      inputDone = true;
      wake('consumer');
    }
  };
  const producing = produce();

  try {
    for (;;) {
      const head = started[0];
      if (head === undefined) {
        if (inputDone) break;
        await new Promise<void>((resolve) => (wakeConsumer = resolve));
        continue;
      }
      const value = await head;
      yield value;
      // Only once the consumer is done with it does this one leave the window.
      started.shift();
      wake('producer');
    }
    await producing;
    if (inputError !== null) throw (inputError as { error: unknown }).error;
  } finally {
    stopped = true;
    wake('producer');
  }
}
