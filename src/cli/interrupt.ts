// Ctrl-C (SIGINT) or SIGTERM during a run: clean up once, then exit 128 + the signal's
// number (130 for Ctrl-C), as shells expect. A second signal exits at once.
//
//   const release = onInterrupt(async () => { await runner.destroy(); removeTempFiles(); });
//   … the run …
//   release();
//
// While cleaning up, the interrupted work fails (its pool is gone); interrupted() tells
// the top level to stay quiet about that, since the exit status already says why.

import { constants } from 'node:os';

type Cleanup = () => Promise<void> | void;

let received: NodeJS.Signals | null = null;

/** Has a run been interrupted (its cleanup is under way, the exit follows)? */
export function interrupted(): boolean {
  return received !== null;
}

export function onInterrupt(cleanup: Cleanup): () => void {
  const handle = (signal: NodeJS.Signals): void => {
    const code = 128 + (constants.signals[signal as keyof typeof constants.signals] ?? 2);
    if (received !== null) process.exit(code);
    received = signal;
    Promise.resolve()
      .then(cleanup)
      .catch((error: unknown) => process.stderr.write(`newsdump: cleanup failed: ${String(error)}\n`))
      .finally(() => process.exit(code));
  };
  process.on('SIGINT', handle);
  process.on('SIGTERM', handle);
  return () => {
    process.off('SIGINT', handle);
    process.off('SIGTERM', handle);
  };
}
