// The playground page: wires the editor, the options, the result panel and the URL
// hash together. Every edit or option change schedules a parse (debounced); a parse
// redraws both panes and rewrites the hash; a click on either side selects the
// node on both.

import { linkArticle, type ArticleLinks } from './article-links.js';
import { cardsView } from './cards-view.js';
import { debounce } from './debounce.js';
import { DumpEditor } from './dump-editor.js';
import { EXAMPLES } from './examples.js';
import { legend } from './legend.js';
import { lineViews, type LineView } from './line-views.js';
import { nodeAt } from './node-at.js';
import { runParse, type ParseRun, type PlaygroundOptions } from './run-parse.js';
import { decodeHash, encodeHash, type SharedState } from './share-hash.js';
import { indexTree, type TreeIndex } from './tree-index.js';
import { treeView } from './tree-view.js';

/** Everything one parse produced, as the views need it. */
interface View {
  readonly run: ParseRun;
  readonly index: TreeIndex;
  readonly lines: readonly LineView[];
  readonly links: ArticleLinks;
}

const PARSE_DELAY_MS = 150;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const exampleSelect = byId<HTMLSelectElement>('example');
const fileInput = byId<HTMLInputElement>('file');
const capturedAtInput = byId<HTMLInputElement>('captured-at');
const sourcesInput = byId<HTMLInputElement>('sources');
const strictInput = byId<HTMLInputElement>('strict');
const imagesInput = byId<HTMLInputElement>('load-images');
const timing = byId<HTMLOutputElement>('timing');
const problemBox = byId<HTMLElement>('problem');
const panels = { cards: byId<HTMLElement>('panel-cards'), json: byId<HTMLElement>('panel-json'), tree: byId<HTMLElement>('panel-tree') };

let view: View | null = null;
let selectedId: string | null = null;
let hashWrites = 0;
let writtenHash = '';

const editor = new DumpEditor(byId('editor'), {
  edited: () => scheduleParse(),
  caret: (offset) => {
    if (view !== null) select(nodeAt(view.index, offset).id, 'editor');
  },
  file: (text) => load({ ...readOptions(), text }),
});
const scheduleParse = debounce(parse, PARSE_DELAY_MS);

function readOptions(): PlaygroundOptions {
  return {
    capturedAt: capturedAtInput.value,
    sources: sourcesInput.value.split(';').map((s) => s.trim()).filter((s) => s !== ''),
    strict: strictInput.checked,
  };
}

/** Put a state on the page (text and options) and parse it now. */
function load(state: SharedState): void {
  editor.text = state.text.replace(/\r\n?/g, '\n'); // a text area keeps LF only
  capturedAtInput.value = state.capturedAt;
  sourcesInput.value = state.sources.join('; ');
  strictInput.checked = state.strict;
  selectedId = null;
  exampleSelect.value = EXAMPLES.find((example) => example.text === state.text)?.name ?? '';
  parse();
}

function parse(): void {
  const text = editor.text;
  const run = runParse(text, readOptions());
  const index = indexTree(run.tree);
  view = { run, index, lines: lineViews(text, index, run.tree.data.diagnostics), links: linkArticle(run.tree) };
  timing.value = `parsed in ${run.ms.toFixed(2)} ms`;
  render(view);
  void writeHash({ ...readOptions(), text });
}

function render(current: View): void {
  editor.render(current.lines);
  const { problem } = current.run;
  problemBox.hidden = problem === null;
  problemBox.textContent =
    problem === null
      ? ''
      : problem.kind === 'strict'
        ? `strict: parseArticle throws NewsDumpError “${problem.message}”. The lenient result is shown.`
        : `Option refused: ${problem.message}. Parsed without it.`;
  panels.cards.replaceChildren(
    cardsView({ article: current.run.article, links: current.links, lines: current.lines, loadImages: imagesInput.checked }),
  );
  panels.json.replaceChildren(JSON.stringify(current.run.article, null, 2));
  panels.tree.replaceChildren(treeView(current.index));
  if (selectedId !== null && current.index.nodes.has(selectedId)) select(selectedId, 'render');
  else editor.markLines(0, 0);
}

/**
 * Select a node on both sides. From the panel the editor selects the node's text; from
 * the editor the panels highlight the node's card (or its nearest ancestor's).
 */
function select(id: string, origin: 'editor' | 'panel' | 'render'): void {
  const node = view?.index.nodes.get(id);
  if (view === null || node === undefined) return;
  selectedId = id;
  editor.markLines(node.firstLine, node.lastLine);
  if (origin === 'panel') {
    const last = view.lines[node.lastLine - 1];
    const end = last === undefined ? node.end : Math.max(node.start, last.start + last.text.length);
    editor.selectText(node.start, end, node.firstLine);
  }
  for (const panel of Object.values(panels)) {
    for (const element of panel.querySelectorAll('.selected')) element.classList.remove('selected');
    const target = closestCard(panel, id);
    if (target === null) continue;
    target.classList.add('selected');
    if (origin === 'editor') target.scrollIntoView({ block: 'nearest' });
  }
}

/** The element for this node id, else for its nearest ancestor ("0.1.2.1" → "0.1.2" → "0.1"). */
function closestCard(panel: HTMLElement, id: string): HTMLElement | null {
  for (let path = id; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const found = panel.querySelector<HTMLElement>(`[data-node="${path}"]`);
    if (found !== null && path !== '0') return found;
  }
  return null;
}

async function writeHash(state: SharedState): Promise<void> {
  const ticket = ++hashWrites;
  const hash = await encodeHash(state);
  if (ticket !== hashWrites) return;
  writtenHash = hash;
  if (hash !== location.hash) history.replaceState(null, '', hash);
}

function showTab(name: keyof typeof panels): void {
  for (const [key, panel] of Object.entries(panels)) {
    panel.hidden = key !== name;
    const tab = document.querySelector(`[role="tab"][aria-controls="${panel.id}"]`);
    tab?.setAttribute('aria-selected', String(key === name));
  }
}

function wire(): void {
  exampleSelect.append(new Option('(your own text)', ''));
  for (const example of EXAMPLES) exampleSelect.append(new Option(example.name, example.name));
  exampleSelect.addEventListener('change', () => {
    const example = EXAMPLES.find((e) => e.name === exampleSelect.value);
    if (example !== undefined) load({ ...readOptions(), text: example.text });
  });
  fileInput.addEventListener('change', () => {
    void fileInput.files?.[0]?.text().then((text) => load({ ...readOptions(), text }));
  });
  for (const input of [capturedAtInput, sourcesInput]) input.addEventListener('input', scheduleParse);
  strictInput.addEventListener('change', parse);
  imagesInput.addEventListener('change', parse);
  for (const panel of Object.values(panels)) {
    panel.addEventListener('click', (event) => {
      const card = (event.target as Element).closest<HTMLElement>('[data-node]');
      if (card?.dataset['node'] !== undefined) select(card.dataset['node'], 'panel');
    });
    panel.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      const card = (event.target as Element).closest<HTMLElement>('[role="button"][data-node]');
      if (card?.dataset['node'] === undefined) return;
      event.preventDefault();
      select(card.dataset['node'], 'panel');
    });
  }
  for (const tab of document.querySelectorAll<HTMLElement>('[role="tab"]')) {
    tab.addEventListener('click', () => showTab(tab.dataset['tab'] as keyof typeof panels));
  }
  byId('copy-link').addEventListener('click', () => {
    void navigator.clipboard.writeText(location.href).then(
      () => (byId('copy-link').textContent = 'Link copied'),
      () => (byId('copy-link').textContent = 'Copy the address bar'),
    );
  });
  window.addEventListener('hashchange', () => {
    if (location.hash !== writtenHash) void start();
  });
  byId('legend').replaceChildren(legend());
}

/** Load the state in the URL hash, else the first example. */
async function start(): Promise<void> {
  const shared = await decodeHash(location.hash);
  if (shared !== null) {
    load(shared);
    return;
  }
  const first = EXAMPLES[0];
  load({ text: first?.text ?? '', capturedAt: '', sources: [], strict: false });
}

wire();
showTab('cards');
void start();
