// Files done on stderr while a batch runs, and error lines that do not tear the bar:
//
//   ████████████░░░░░░░░░░░░░░░░░░ 4120/10000 files | 1893 files/s | ETA 3s
//
// Without a bar (not a terminal, few files, --no-progress) `report` just writes the
// line to stderr and nothing else is ever written there.

import { MultiBar, type SingleBar } from 'cli-progress';

export interface Progress {
  /** One more input finished. */
  tick(): void;
  /** Print a line (an error) above the bar, or plainly without one. */
  report(line: string): void;
  /** Draw the final state and give the terminal back (once; later calls do nothing). */
  stop(): void;
}

export function startProgress(total: number, stream: NodeJS.WriteStream, show: boolean): Progress {
  if (!show) {
    return {
      tick() {},
      report: (line) => void stream.write(`${line}\n`),
      stop() {},
    };
  }
  const bars = new MultiBar({
    stream,
    format: '{bar} {value}/{total} files | {rate} files/s | ETA {eta_formatted}',
    hideCursor: true,
    etaBuffer: 200,
    gracefulExit: false, // the command's own Ctrl-C handler stops the bar
  });
  const started = performance.now();
  const bar: SingleBar = bars.create(total, 0, { rate: 0 });
  let done = 0;
  let stopped = false;
  return {
    tick() {
      done++;
      const seconds = (performance.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds) : 0 });
    },
    report: (line) => bars.log(`${line}\n`),
    stop() {
      if (stopped) return;
      stopped = true;
      bars.update(); // flush lines still waiting for the next redraw
      bars.stop();
    },
  };
}
