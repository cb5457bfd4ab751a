// The bundled example dumps: the repository's examples/dumps/*.txt and the
// playground's own examples/*.txt, inlined at build time (so they work offline).
//
//   [{ name: "harbor-city-ferry", text: "Harbor City ferry returns …" }, …]

export interface Example {
  readonly name: string;
  readonly text: string;
}

const files: Record<string, string> = {
  ...import.meta.glob<string>('../../examples/dumps/*.txt', { query: '?raw', import: 'default', eager: true }),
  ...import.meta.glob<string>('../examples/*.txt', { query: '?raw', import: 'default', eager: true }),
};

export const EXAMPLES: readonly Example[] = Object.entries(files).map(([path, text]) => ({
  name: path.replace(/^.*\//, '').replace(/\.txt$/, ''),
  text,
}));
