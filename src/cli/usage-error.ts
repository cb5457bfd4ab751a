// A mistake in how the tool was called (bad flag value, --pretty with two inputs …):
// the command prints it with a usage hint and exits 2.
//
//   throw new UsageError('--pretty prints one input; got 3 (use JSONL or --out)')

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
