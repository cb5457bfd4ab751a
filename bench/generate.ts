// A seeded generator of news page dumps in the dialect of shared/FORMAT.md, for the
// benchmark: the same seed always gives the same text, byte for byte.
//
//   generateCorpus(1, 1000)           → 1,000 varied dumps of 3–30 KB
//   generateDump(7, { bytes: 1e6 })   → one ~1 MB dump (article and rails in proportion)
//
// What varies: headlines (with " - ", colons, curly quotes, non-English letters), a
// byline before or after the hero image or none, hero and body images (titles,
// parentheses in URLs), boilerplate in the body and between teasers, blank lines,
// 1–4 rails (large dumps: as many as the size needs) headed by nothing, "Related…",
// "More from X", "More in X" or any other heading, teasers with and without titles
// and summaries, sources glued after every kind of summary ending (known outlets from
// the built-in list and invented ones), truncated summaries, template leftovers,
// repeated teasers, minutes to weeks as ages, LF/CRLF/CR endings, a BOM, trailing
// spaces, a missing final newline. Every dump parses without an error diagnostic
// (test/bench-generator.test.ts holds it to that).

/** A seeded PRNG (mulberry32): small, fast and the same on every platform. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

// ---------------------------------------------------------------------------------
// Vocabulary

const FIRST_NAMES = [
  'Ana', 'Marta', 'Oskar', 'Dolores', 'Ivo', 'Teresa', 'Kwame', 'Priya', 'Tomás', 'Élodie', 'Łukasz',
  'Hannah', 'Samuel', 'Yuki', 'Grace', 'Mateo', 'Ingrid', 'Chen', 'Fatima', 'Noah', 'Zoë', 'Rafael',
];
const LAST_NAMES = [
  'Ruiz', 'Lindqvist', 'Achebe', 'Santangelo', 'Nakamura', 'Mensah', 'Raman', 'Okafor', 'Østergaard',
  'Kowalski', 'de la Cruz', 'Brennan', 'Haddad', 'Novak', 'Ferreira', 'Ivanova', 'MacLeod', 'Zhang',
];
const PLACES = [
  'Harbor City', 'Harborview', 'Millbrook', 'Pinecrest', 'Eastbay', 'Lakeshore', 'Port Alder', 'Gull Point',
  'Northfield', 'Río Grande', 'Zürich', 'Łódź', 'the Sound', 'the valley', 'the county',
];
const BODIES = [
  'the council', 'the port authority', 'state regulators', 'the school board', 'transit officials',
  'the mayor', 'the health department', 'local businesses', 'commuters', 'the ferry operator',
  'the UN', 'NATO', 'FEMA', 'the EU', 'farmers', 'residents', 'the union', 'investors',
];
const VERBS = [
  'approved', 'delayed', 'rejected', 'proposed', 'announced', 'questioned', 'welcomed', 'criticised',
  'expanded', 'suspended', 'reviewed', 'funded', 'debated', 'postponed', 'unveiled',
];
const THINGS = [
  'a plan to rebuild the north pier', 'new rules for short-term rentals', 'a $4.2 million budget for buses',
  'the waterfront parking garage', 'overnight service on three routes', 'a study of flood defenses',
  'higher fees for cruise ships', 'a pilot program for electric ferries', 'the library renovation',
  'a tax break for small bakeries', 'repairs to the Harbor Bridge', 'a ban on leaf blowers',
  'the school lunch contract', 'a new bike lane on Dock Road', 'emergency funds for storm damage',
];
const WHENS = ['on Monday', 'on Tuesday', 'late Wednesday', 'on Thursday', 'this week', 'last month', 'in March', 'after a long debate', 'before the summer season'];
const CLAUSES = [
  'saying the city could not wait any longer',
  'after months of public hearings',
  'despite objections from neighbours',
  'which critics called rushed',
  'as costs climbed for a third year',
  'while a permanent fix is built',
  'according to documents seen by reporters',
  'in a vote of 5 to 2',
  'citing a shortfall of about 12%',
  'with the first grants due in April',
];
const QUOTES = [
  '“It felt like the town was cut in half,” said {name}, who runs a bakery near the south terminal.',
  '“We have waited long enough,” {name} told reporters outside city hall.',
  '"This is a fair deal for everyone," said {name}, a spokesperson for {body}.',
  '“Half my customers live on the other side,” said {name}.',
  '{name} said crews worked in two shifts - one through the night - to finish the job.',
];
const SECTIONS = ['Politics', 'Local News', 'Business', 'Science & Tech', 'Sports', 'Transportation', 'Climate', 'Health', 'Opinion', 'World'];
/** Headings the first rail may carry (the parser must read them as headings, not paragraphs). */
const FIRST_RAIL_HEADINGS = ['Related', 'Related Stories', 'Top stories', 'Trending', 'Most Read', "Editor's Picks", 'You may also like', 'Read next'];
/** Any other heading, for later rails ("other" kind, or "related"). */
const OTHER_HEADINGS = ['Trending Now', 'Most popular', 'Around Town', 'Weekend Reads', 'Related Topics', 'Latest', 'Top News', 'Opinion'];
/** Outlets on the built-in list (src/tree/publishers.ts). */
const KNOWN_OUTLETS = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Bloomberg', 'The New York Times', 'The Washington Post',
  'The Wall Street Journal', 'CNN', 'NPR', 'BBC News', 'The Hill', 'ESPN', 'Wired', 'NBC News', 'Axios',
  'Politico', 'The Guardian', 'USA TODAY', 'Fox News', 'CBS News', 'ABC News', 'The Verge', 'Inc.', 'Yahoo News',
];
/** Outlets no list knows. */
const INVENTED_OUTLETS = [
  'Harborview Ledger', 'The Millbrook Sentinel', 'Pinecrest Courier', 'Eastbay Dispatch', 'KQRT 7 News',
  'Lakeshore Weekly', 'The Northfield Review', 'Port Alder Post-Standard', 'Coastline Gazette', 'Río Grande Diario',
  "Barrow's Market Report", 'WHVN 12', 'Gull Point Courier & Review',
];
const BOILERPLATE = ['Advertisement', 'ADVERTISEMENT', 'Continue reading…', 'Story continues below advertisement', 'Read more', 'Share this article'];
const IMAGE_HOSTS = ['https://img.harborview.example', 'https://cdn.millbrook-sentinel.example', 'https://images.news.example'];
const IMAGE_SLUGS = ['osprey-north-pier_(1)', 'ramp-welding', 'council-vote', 'night-bus', 'storm-damage', 'library_(reading-room)', 'bike-lane'];
const AGE_UNITS = [
  { unit: 'm', min: 2, max: 59 },
  { unit: 'h', min: 1, max: 23 },
  { unit: 'd', min: 1, max: 6 },
  { unit: 'w', min: 1, max: 4 },
];
/** How summaries end before the glued source: punctuation, ellipses, quotes, digits, words, capitals. */
const SUMMARY_ENDINGS = ['.', '.', '.', '.', '...', ' ...', '…', '?', '!', '.”', '."', ')', ' by 40%', ' in 2024', '', '', ' at the UN'];

// ---------------------------------------------------------------------------------
// Pieces

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const person = (rng: Rng): string => `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;

/** A sentence without its final punctuation. */
function clause(rng: Rng): string {
  const subject = rng.chance(0.3) ? `${rng.pick(PLACES)} officials` : rng.pick(BODIES);
  let text = `${capitalise(subject)} ${rng.pick(VERBS)} ${rng.pick(THINGS)} ${rng.pick(WHENS)}`;
  if (rng.chance(0.6)) text += `, ${rng.pick(CLAUSES)}`;
  if (rng.chance(0.15)) text += ` — ${rng.pick(CLAUSES)}`;
  return text;
}

function headline(rng: Rng): string {
  const core = capitalise(`${rng.pick(PLACES)} ${rng.pick(VERBS)} ${rng.pick(THINGS)}`);
  switch (rng.int(0, 5)) {
    case 0:
      return `Live: Day ${rng.int(2, 9)} - ${core}`;
    case 1:
      return `${core}: what we know`;
    case 2:
      return `“${core}”`;
    default:
      return core;
  }
}

function paragraph(rng: Rng): string {
  const sentences: string[] = [];
  const count = rng.int(1, 5);
  for (let i = 0; i < count; i++) {
    if (rng.chance(0.15)) {
      sentences.push(rng.pick(QUOTES).replace('{name}', person(rng)).replace('{body}', rng.pick(BODIES)));
    } else {
      sentences.push(`${clause(rng)}.`);
    }
  }
  // Long enough that no paragraph could read as a rail heading (those are ≤ 60 characters).
  if (sentences.join(' ').length <= 60) sentences.push(`${clause(rng)}.`);
  return sentences.join(' ');
}

function imageLine(rng: Rng): string {
  const alt = rng.chance(0.1) ? '' : capitalise(`${rng.pick(BODIES)} ${rng.pick(VERBS)} ${rng.pick(THINGS)}`);
  const url = `${rng.pick(IMAGE_HOSTS)}/2025/0${rng.int(1, 9)}/${rng.pick(IMAGE_SLUGS)}.jpg${rng.chance(0.4) ? `?w=${rng.pick([600, 900, 1200])}` : ''}`;
  const title = rng.chance(0.35) ? ` "Photo: ${person(rng)}"` : '';
  return `![${alt}](${url}${title})`;
}

function byline(rng: Rng): string {
  const names = rng.chance(0.2) ? `${person(rng)} and ${person(rng)}` : person(rng);
  return `${rng.pick(['By ', 'By ', 'By ', 'BY: ', 'By: '])}${names}`;
}

function age(rng: Rng): string {
  const { unit, min, max } = rng.pick(AGE_UNITS);
  return `${rng.int(min, max)}${unit}`;
}

function source(rng: Rng): string {
  return rng.chance(0.6) ? rng.pick(KNOWN_OUTLETS) : rng.pick(INVENTED_OUTLETS);
}

/** "…summary.Source - 4h" (without the item separator). */
function attribution(rng: Rng, outlet: string): string {
  const time = age(rng);
  if (rng.chance(0.12)) return `${outlet} - ${time}`; // no summary
  let summary = clause(rng);
  if (rng.chance(0.05)) summary += ' {beacon}';
  const ending = rng.pick(SUMMARY_ENDINGS);
  if (ending === ')') summary += ` (see map)`;
  else summary += ending;
  // After capitals ("…at the UN") only a capitalised outlet can be told apart.
  const glued = ending === ' at the UN' && !/^\p{Lu}\p{Ll}/u.test(outlet) ? 'Reuters' : outlet;
  return `${summary}${glued} - ${time}`;
}

interface Teaser {
  readonly title: string | null;
  readonly attribution: string;
}

function teaser(rng: Rng, outlet: string): Teaser {
  return { title: rng.chance(0.9) ? headline(rng) : null, attribution: attribution(rng, outlet) };
}

// ---------------------------------------------------------------------------------
// Dumps

export interface DumpOptions {
  /**
   * Approximate size in UTF-8 bytes. Without it: a realistic page of 3–30 KB with
   * 1–4 rails. With it: article and rails in the same proportion at any size.
   */
  readonly bytes?: number;
}

/** Where each line goes before line endings are chosen. */
type Lines = string[];

/** One dump. The same seed and options always give the same text. */
export function generateDump(seed: number, options: DumpOptions = {}): string {
  const rng = createRng(seed);
  const lines: Lines = [];
  const sized = options.bytes !== undefined;
  const target = options.bytes ?? rng.int(3_600, 27_000);
  const publisher = rng.pick(INVENTED_OUTLETS);
  const blankBetween = rng.chance(0.2);

  // Rails first (their size decides how much body the target leaves room for).
  const rails: Lines[] = [];
  let railBytes = 0;
  const railBudget = sized ? target / 2 : Infinity;
  const railCount = sized ? Infinity : rng.int(1, 4);
  const seen: Teaser[] = [];
  for (let r = 0; r < railCount && railBytes < railBudget; r++) {
    const rail = railLines(rng, r === 0, publisher, seen);
    rails.push(rail);
    railBytes += byteLength(rail);
  }

  // The article: optional furniture, headline, byline/hero, then the body.
  if (rng.chance(0.05)) lines.push(rng.pick(BOILERPLATE));
  lines.push(headline(rng));
  const heroFirst = rng.chance(0.3);
  const hasByline = rng.chance(0.6);
  const hasHero = rng.chance(0.7);
  if (hasHero && heroFirst) lines.push(imageLine(rng));
  if (hasByline) lines.push(byline(rng));
  if (hasHero && !heroFirst) lines.push(imageLine(rng));
  let bytes = byteLength(lines) + railBytes;
  const bodyTarget = target;
  do {
    if (blankBetween) lines.push('');
    if (rng.chance(0.06)) lines.push(rng.pick(BOILERPLATE));
    if (rng.chance(0.05)) lines.push(imageLine(rng));
    const text = paragraph(rng);
    lines.push(text);
    bytes += Buffer.byteLength(text) + 2;
  } while (bytes < bodyTarget);
  if (blankBetween) lines.push('');
  for (const rail of rails) lines.push(...rail);

  return withLineEndings(rng, lines);
}

function railLines(rng: Rng, first: boolean, publisher: string, seen: Teaser[]): Lines {
  const lines: Lines = [];
  const kind = rng.int(0, 4);
  let outletBias: string | null = null;
  if (kind === 1) {
    lines.push(first ? rng.pick(FIRST_RAIL_HEADINGS) : rng.pick(OTHER_HEADINGS));
  } else if (kind === 2) {
    outletBias = rng.chance(0.7) ? publisher : source(rng);
    lines.push(`More from ${outletBias}`);
  } else if (kind === 3) {
    lines.push(`More in ${rng.pick(SECTIONS)}`);
    outletBias = publisher;
  } else if (kind === 4 && !first) {
    lines.push(rng.pick(OTHER_HEADINGS));
  }
  lines.push('-');
  const count = rng.int(2, 12);
  const trailingSeparator = rng.chance(0.3);
  for (let i = 0; i < count; i++) {
    const repeat = seen.length > 0 && rng.chance(0.05);
    const item = repeat ? rng.pick(seen) : teaser(rng, outletBias !== null && rng.chance(0.7) ? outletBias : source(rng));
    if (!repeat && seen.length < 64) seen.push(item);
    if (item.title !== null) lines.push(item.title);
    const last = i === count - 1;
    lines.push(last && !trailingSeparator ? item.attribution : `${item.attribution} -`);
    if (!last && rng.chance(0.03)) lines.push(rng.pick(BOILERPLATE));
    if (!last && rng.chance(0.03)) lines.push('');
  }
  return lines;
}

/** LF (most), CRLF, CR or a mix; sometimes a BOM, trailing spaces, no final newline. */
function withLineEndings(rng: Rng, lines: Lines): string {
  const style = rng.int(0, 19);
  const eol = style < 14 ? '\n' : style < 18 ? '\r\n' : style < 19 ? '\r' : null; // null: mixed
  const trailingSpaces = rng.chance(0.1);
  const parts: string[] = [];
  for (const line of lines) {
    parts.push(trailingSpaces && line.length > 0 && rng.chance(0.2) ? `${line}  ` : line);
    parts.push(eol ?? rng.pick(['\n', '\r\n', '\r']));
  }
  if (rng.chance(0.3)) parts.pop(); // no final newline
  const text = parts.join('');
  return rng.chance(0.05) ? `\uFEFF${text}` : text;
}

function byteLength(lines: Lines): number {
  let bytes = 0;
  for (const line of lines) bytes += Buffer.byteLength(line) + 1;
  return bytes;
}

/** The seed of the benchmark's corpus (`generateCorpus(CORPUS_SEED, 1000)`). */
export const CORPUS_SEED = 1;

/** The seed of the benchmark's single dump of about `bytes` bytes. */
export function sizedDumpSeed(bytes: number): number {
  return 7_000 + Math.round(Math.log10(bytes));
}

/** `count` dumps of 3–30 KB; dump i is `generateDump(seed * 100_003 + i)`. */
export function generateCorpus(seed: number, count: number): string[] {
  const dumps: string[] = [];
  for (let i = 0; i < count; i++) dumps.push(generateDump(seed * 100_003 + i));
  return dumps;
}
