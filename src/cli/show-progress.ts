// Whether to draw a progress bar: only for a person watching (stderr is a terminal),
// only when there is enough to wait for, and never with --no-progress.
//
//   { wanted: true, stderrIsTTY: true,  files: 200 } → true
//   { wanted: true, stderrIsTTY: false, files: 200 } → false   (a log file or a pipe)
//   { wanted: true, stderrIsTTY: true,  files: 3 }   → false   (done before it is drawn)

/** More files than this, and a bar is worth drawing. */
export const PROGRESS_MIN_FILES = 5;

export interface ProgressContext {
  /** False with --no-progress. */
  readonly wanted: boolean;
  readonly stderrIsTTY: boolean;
  readonly files: number;
}

export function shouldShowProgress(context: ProgressContext): boolean {
  return context.wanted && context.stderrIsTTY && context.files > PROGRESS_MIN_FILES;
}
