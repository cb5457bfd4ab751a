import { describe, expect, it } from 'vitest';
import { createSourceBook } from '../../src/tree/source-book.js';
import { splitSource } from '../../src/tree/source-split.js';

// Each case is the glued text with "|" where the summary ends and the source begins.
// No "|": no source can be found. Cases with page evidence or caller sources say so.
const builtIn: string[] = [
  // after a full stop, known sources
  'Nick Sirianni-style coaches rebuilt the roster this year.|ESPN',
  'The ferry line reopened on Monday after two weeks.|Reuters',
  'Sales rose in the third quarter compared to the year before.|Inc.',
  'A quiet town votes on a new harbor plan.|The Guardian',
  'Markets slid in early trading.|The Wall Street Journal',
  'The school board delayed the vote.|NBC News',
  'Lawmakers returned to the capitol.|CBS News',
  // truncated summaries
  'The council met late into the night and, according to the minutes, ...|The Hill',
  'The council met late into the night and, according to the minutes …|The Hill',
  'The council met late into the night and, according to the minutes…|NPR',
  'Hamas, designated ...|The Hill',
  // ending in a lowercase word (glued with a case change)
  'Rights groups kept working from exile abroad|ABC News',
  'The airline cancelled flights across the region|CNN',
  'Analysts see a slower year ahead for chip makers|Bloomberg',
  // ending in capitals
  'The vote was delayed at the UN|CNN',
  'Officials at NATO|NPR',
  'A new report from the IMF|Reuters',
  // ending in digits or percent
  'Prices rose 4.2%|Bloomberg',
  'The club finished the season at 40-22|ESPN',
  'The plan was first proposed in 2024|The Guardian',
  'The index fell 3%|CNBC',
  // ending in quotes and brackets
  'He called the deal "a fair start."|Reuters',
  'She said it was “not over yet.”|The Hill',
  'The senator (R-S.C.)|The Hill',
  'The rule, he said, was “final”|NBC News',
  'Is this the end of the line?|Wired',
  'What a night!|ESPN',
  'The agency confirmed the figures;|Axios',
  // sources with periods, digits, apostrophes, ampersands, exclamation marks
  'Ranking the best colleges for engineering.|U.S. News & World Report',
  'The new tablet ships next month.|9to5Mac',
  'Stocks to watch this week.|Barron\'s',
  'Stars stepped out for the premiere.|E! News',
  'A weekend of upsets in college football.|Yahoo!',
  'The gadget review is in.|Tom\'s Guide',
  'A long profile of a retiring judge.|The Atlantic',
  // no summary at all
  '|Reuters',
  '|The Wall Street Journal',
  '|Inc.',
  // " - " inside the summary is text
  'Live: Day 3 - markets open lower after the holiday.|Reuters',
  'A to Z - the guide to the new rules.|Axios',
  // curly quotes, dashes and accents
  'La sélection nationale a gagné à Zürich — enfin.|Reuters',
  'Café owners in Łódź’s old town reopen.|BBC News',
  // unknown sources, glued after punctuation
  'The harbor ferry reopened on Monday.|Harborview Ledger',
  'The mayor resigned on Tuesday.|The Millbrook Sentinel',
  'Snow closed the pass again ...|Pinecrest Daily',
  'The team lost in overtime!|KQRT 7 News',
  'A vote is set for May.|Río Grande Gazette',
  'The tally came in at 51%|Northfield Courier',
  'He called it “a reset.”|Coastline Post-Standard',
  'Who pays for the bridge?|Eastbay Weekly',
  // unknown sources glued after a lowercase word or a digit
  'The league announced the new schedule on Thursday|Southfield Sports Daily',
  'The mill will close its doors by spring|Valley Tribune-Record',
  'The town opened its new library in 2024|Lakeside Ledger',
  // unknown "The …" after a camel-cased word
  'Fans streamed the final on YouTube|The Daily Harbor',
  // unknown names holding known ones
  'The board approved the merger.|Thomson Reuters',
  // unknown source with initials
  'The county fair opens Friday.|K.C. Weekly Star',
  // unknown source with a digit start after punctuation
  'The storm moved east overnight.|7Valley News',
  // unknown source, capitals into a capitalised word
  'Sanctions were debated at the UN|Kyiv Dispatch',
];

const withEvidence: Array<[string, string[]]> = [
  // glued capitals: only evidence can tell where "the UN" ends
  ['The vote was delayed at the UN|KQRT', ['KQRT']],
  ['Talks resumed at NATO|WXYZ Radio', ['WXYZ Radio']],
  // a camel-cased word before an unknown source
  ['Fans streamed the final on YouTube|Metro Ledger', ['Metro Ledger']],
  ['The upgrade arrives for every iPhone|Gadget Harbor', ['Gadget Harbor']],
  // a known name outranked by the page's own longer one
  ['The quarterly numbers are in.|Harbor Inc.', ['Harbor Inc.']],
];

const unsplittable = [
  'the summary never names its source',
  'lowercase all the way down',
  '',
];

function split(glued: string, page: string[] = [], caller: string[] = []) {
  const text = glued.replace('|', '');
  const book = createSourceBook(caller, new Set(page));
  const result = splitSource(text, 0, text.length, book);
  return {
    summary: text.slice(0, result.summaryEnd),
    source: text.slice(result.sourceStart),
    confidence: result.confidence,
  };
}

describe('splitSource', () => {
  it('has enough cases to mean something', () => {
    expect(builtIn.length + withEvidence.length + unsplittable.length).toBeGreaterThanOrEqual(60);
  });

  it.each(builtIn)('%s', (glued) => {
    const [summary, source] = glued.split('|') as [string, string];
    expect(split(glued)).toMatchObject({ summary: summary.trimEnd(), source });
  });

  it.each(withEvidence)('%s (page evidence %j)', (glued, page) => {
    const [summary, source] = glued.split('|') as [string, string];
    expect(split(glued, page)).toMatchObject({ summary, source, confidence: 'known' });
    // The same evidence given by the caller works the same way.
    expect(split(glued, [], page)).toMatchObject({ summary, source, confidence: 'known' });
  });

  it.each(unsplittable)('finds no source in %j', (text) => {
    expect(split(text)).toMatchObject({ source: '', confidence: 'none' });
  });

  it('rates a known name above a guess', () => {
    expect(split('A storm hit the coast.|Reuters').confidence).toBe('known');
    expect(split('A storm hit the coast.|Harborview Ledger').confidence).toBe('clear');
    expect(split('A storm hit the coast|Harborview Ledger').confidence).toBe('strong');
    // Only a space in front: a guess, and said to be one.
    expect(split('A storm hit the coast said Harbor Ledger')).toMatchObject({
      source: 'Harbor Ledger',
      confidence: 'weak',
    });
  });

  it('looks only at the end of a long line', () => {
    const long = 'word '.repeat(100_000) + 'end.Reuters';
    expect(split(long).source).toBe('Reuters');
  });
});
