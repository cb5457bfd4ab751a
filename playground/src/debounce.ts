// Run a function once things have been quiet for a while: parse after typing pauses.
//
//   const later = debounce(parse, 150); later(); later(); // → parse() once, 150 ms after the last call

export function debounce(run: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, ms);
  };
}
