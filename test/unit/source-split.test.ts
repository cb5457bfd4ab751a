import { describe, expect, it } from 'vitest';
import { isDigitCode, isUpperCode } from '../../src/tree/chars.js';
import { DEFAULT_SOURCES } from '../../src/tree/publishers.js';
import { createSourceBook } from '../../src/tree/source-book.js';
import { isFirstWord, isLaterWord, spoilsWord } from '../../src/tree/source-name.js';
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
  // a lowercase article opens a name after the summary's punctuation
  'Il consiglio ha votato la variante.|il Fatto Quotidiano',
  'El pleno aprobó el plan por mayoría.|el Diario de Valmoro',
  // an elided article or a prefix glued to a lowercase word opens the name
  'le film suit une famille confrontée à la montée des eaux|L\'Indépendant',
  'The hearing ran late, the clerk said|O\'Brien County Weekly',
  // „…“ ‚…‘ »…«: the second mark closes the quotation (German, Czech, Danish)
  'verweist auf die Erfahrungen in der ‚Stahlstadt‘|Kleine Zeitung',
  'Ein Plus von 4 % bei den Ersteintritten. „Die Beschneiung hat uns gerettet“|Bote aus dem Ennstal',
  'Lærerne er delte: »Det er på tide«|Vestkystens Avis',
  // names that capitalise only their first word ("noviny", "deník"); Greek connectors
  'Rozpočet činí 240 mil. Kč|Horácké noviny',
  'Policie doporučuje objížďku přes Velkou Bíteš ...|Jihlavský deník',
  'Ceny potravin ale dál rostou, meziročně o 4,1 %|Hospodářské noviny',
  'Θα επαρκέσουν οι κλίνες;|Η Φωνή της Λέσβου',
  // an inverted mark opens a name ("¡Hola!"); a capitalised top-level domain ends one
  'El puente reabrió tras la reconstrucción. ¡Impresionante!|¡Qué Pasa Diario!',
  'Les travaux durent entre Bonabéri et le centre-ville…|Cameroon-Info.Net',
  // Latin after a script without case, its last character a vowel sign or virama
  'மழை காரணமாக எதிர்க்கட்சிகள் வலியுறுத்தல்|News18 Tamil',
  // Latin glued to a script without case starts the name; no guess runs across that
  // glue point, and the sentence's own digits are a weak start
  '주택담보대출 금리가 연 3.9%까지 내려갔다|JTBC뉴스',
  '新车续航测试全程运行约5天|IT之家',
  '新球場將提供約8.5萬個座位|ETtoday新聞雲',
  '最大150万円を…12月1日から始める|Impress Watch',
  '市は新制度を試験導入する。期間は３月１２日まで|FNNプライムオンライン',
  '支持率はわずか２３％|FNNプライムオンライン',
  // a few words of a script without case, alone: a teaser with no summary
  '|இந்து தமிழ் திசை',
  // a number's magnitude stays with it; a name's "the" may follow a number; "en" inside
  'The plant upgrade drew a crowd. Cost: $1.2M|Mendon Co. Record',
  'The line starts forming at 5:30|the Driftwood Dispatch',
  'The most underrated vegetable of spring|Mise en Place Mag',
  // unknown "The …" glued to capitals or digits after punctuation: no name holds "CSTThe"
  'Storms were possible until 9 p.m. CST|The Weather Channel',
  'Gusts reached 60 mph, the NWS said. GMT|The Harbor Ledger',
  'Turnout hit 61% across ward 12|The Ellery Record',
  // unknown names holding known ones
  'The board approved the merger.|Thomson Reuters',
  // unknown source with initials
  'The county fair opens Friday.|K.C. Weekly Star',
  // unknown source with a digit start after punctuation
  'The storm moved east overnight.|7Valley News',
  // unknown source, capitals into a capitalised word
  'Sanctions were debated at the UN|Kyiv Dispatch',
  // numbers with a thousands group or a decimal end the summary, not start the name
  'Crews had reconnected 9,800|KORB',
  'I ponti da controllare sono quasi 1.200|Gazzetta di Valmoro',
  'Turistas relatam prejuízo de até R$ 2.000|Diário do Vale',
  'Resale is capped at face value plus a small fee|Magic 88.5',
  'The station moved to 101.5 in June.|Magic 88.5',
  'The rand strengthened to R17.85|Rand Ledger',
  'A one-way fare will go up 50 cents to $3.25|Fundy Times',
  // emoji and symbols end a summary like punctuation
  'Does anyone need four lenses 🤔|Harbor Pod',
  'Your five-minute rundown of the day’s news ☕️|The Daily Brief',
  'We dropped them so you do not have to 🫠|Gadget Harbor',
  'Next stop: the north pier →|Harbor Ledger',
  // lowercase starts right after the summary's punctuation
  'Truck counts could nearly double. Is the city ready?|the Lantern',
  "Union leaders called the approval 'overdue'|the Lantern",
  'Es bleibt aber kühl und nass…|tagesschau.de',
  'Die Linie fährt ab Dezember im Takt.|heraldo-valle.es',
  'The app adds offline maps.|iHarbor',
  '|the Lantern',
  '|kumparan',
  '|CIDRAP',
  'エアコンの設定温度を1度上げるだけで約10%の節約に。|ITmedia',
  'Photos|The Riverton Gazette',
  'Explained|Gulf Coast Maritime and Shipping Journal',
  'Part 2|Organized Crime and Corruption Reporting Project',
  'Opinion|The Washington Post',
  'Analisi|la Repubblica',
  '|Back roads review',
  'Compare precios en minutos.|kumparan',
  'den zuerst Leser gemeldet hatten.|c\'t',
  'Die Fehler sind behoben.|l’actu',
  '|i',
  'with four clubs at home in round 26|5 Live',
  'took over from a longtime ally at the RMT|ITVX',
  'said the wildfire director Cameron DeWitt|Harbor Now',
  'chaired by former secretary Fiona MacLeod|Highland Harbor Ledger',
  'a familiar face: Patrick McAllister|Ohio Harbor Dispatch',
  'The update adds widgets|MacRumors',
  'Klanten krijgen geen compensatie|Metro [NL]',
  'ホテルの予約が増えた。|函館みなと新聞',
  '부산시는 안전요원을 늘린다고 밝혔다.|부산바다신문',
  "El programa se llama 'English for Work'|Valley Star",
  "She called the plan 'reckless'|O'Malley's Weekly",
  "“It came due for us.”|O'Malley's Weekly",
  'Üreticiler: “Yetmez”|Radyo Hamsi 92.4',
  'Ein Kilo kostet bis zu 16 €|Harbor Tagblatt',
  'T&Cs apply. 18+|Harbor Bet',
  'Fixed-term accounts above €10k|Harbor Ledger',
  'Notes on the port deal at Gdańsk|Notes from Harbor Town',
  'She won the half in 1:04:09|Harbor Runner',
  'Das Programm läuft auf|Radio Heideland 94,6',
  'Die Fähre fährt wieder, teilte die Reederei mit.|q-welle',
  'Das Update kommt heute.|k9radio',
  'Emas batangan dibanderol Rp1.998.000|Bisnis.com',
  'Penangkapan tinggal menunggu waktu|Liputan6.com',
  '|Liputan6.com',
  'Harbor crews worked through the night.|Harbor.today',
  '|Đài Phát thanh Miền Trung',
  'Petani bisa melindungi tanaman dari hujan deras dan hama|detikcom',
  'Śledczy sprawdzają wymagania wskazane przez GDDKiA|TVN24',
  // a word in capitals said twice: the summary ends with the outlet it came from
  'The deal is worth $9.5 million, his agent told TSN|TSN',
  'Talks will resume on Friday, two people told the AP|AP News',
  'The lodge reopens in June, the owners told KXLR|KXLR 4',
  'The regional sale closed on Friday, the county told the TVCN|TVCN Wire',
  // agencies and broadcasters of other languages are known
  'De kabels staan op de agenda van de NAVO|NOS',
];

const withEvidence: Array<[string, string[]]> = [
  // glued capitals: only evidence can tell where "the UN" ends
  ['The vote was delayed at the UN|KQRT', ['KQRT']],
  ['Talks resumed at NATO|WXYZ Radio', ['WXYZ Radio']],
  // a camel-cased word before an unknown source
  ['Fans streamed the final on YouTube|Metro Ledger', ['Metro Ledger']],
  // a one-letter outlet, seen standing alone elsewhere on the page
  ['The operators told MPs.|i', ['i']],
  ['The upgrade arrives for every iPhone|Gadget Harbor', ['Gadget Harbor']],
  // a name with a lowercase word inside, known from the page
  ['Lực lượng cứu hộ tiếp cận các quận ven sông|Đài Phát thanh Miền Trung', ['Đài Phát thanh Miền Trung']],
  ['Explained|Back roads review', ['Back roads review']],
  // a known name outranked by the page's own longer one
  ['The quarterly numbers are in.|Harbor Inc.', ['Harbor Inc.']],
];

// Splits that run through the splitter's quick paths: a character that spoils its
// word ends the guesses early (spoilsWord), except in a last word in brackets.
const quickPaths: Array<[string, string]> = [
  ['Talks ran late, then ended,|Harborview Ledger', 'clear'],
  ['He said “no”|Harbor Ledger', 'clear'],
  ['the story ends here…|Harbor Ledger', 'clear'],
  ['Crews worked all month.|Barrow\'s Market Report', 'clear'],
  ['Crews worked all mo.|K.C. Weekly Star', 'clear'],
  ['Crews worked all day.|U.S. Weekly', 'clear'],
  ['The plan was approved.|Harbor Ledger (UK)', 'clear'],
  ['The plan was approved.|Harbor Ledger (U.S.)', 'clear'],
  ['|Harbor Rock — Roll Weekly', 'clear'],
  ['A night of rock ’n’ roll.|Harbor ’n’ Roll', 'clear'],
  ['Café owners reopen.|Cafe\u0301 Harbor Daily', 'clear'],
  ['Crews worked\t|Harbor Ledger', 'weak'],
];

const unsplittable = [
  'the summary never names its source',
  'lowercase all the way down',
  'a lowercase name after a space is a word: see tagesschau.de',
  'glued to a word: sawthe lantern',
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

  it.each(quickPaths)('%s (%s)', (glued, confidence) => {
    const [summary, source] = glued.split('|') as [string, string];
    expect(split(glued)).toMatchObject({ summary: summary.trimEnd(), source, confidence });
  });

  it('looks only at the end of a long line', () => {
    const long = 'word '.repeat(100_000) + 'end.Reuters';
    expect(split(long).source).toBe('Reuters');
  });
});

describe('spoilsWord', () => {
  // Every word of up to 4 characters from an alphabet of the characters it reasons about.
  const alphabet = ['a', 'b', 'B', '5', '.', ',', '—', '’', "'", '(', ')', '-', '!', '\u0301', 'é', '\t'];
  const words: string[] = [''];
  for (let length = 1, from = 0; length <= 4; length++) {
    const to = words.length;
    for (let w = from; w < to; w++) for (const ch of alphabet) words.push((words[w] as string) + ch);
    from = to;
  }
  // Longer ones from fewer characters: initials and domains ("B.b.C", "a.B.c").
  for (let length = 5, small = ['a', 'B', '5', '.']; length <= 6; length++) {
    for (let n = 0; n < small.length ** length; n++) {
      let word = '';
      for (let rest = n, c = 0; c < length; c++, rest = Math.floor(rest / small.length)) word += small[rest % small.length];
      words.push(word);
    }
  }

  it('only says so when no word holding the character can be a word of a name', () => {
    let spoiled = 0;
    const wrong: string[] = [];
    for (const word of words) {
      const to = word.length;
      for (let k = 0; k < to; k++) {
        if (!spoilsWord(word, k, to)) continue;
        spoiled++;
        // Where a word can start: after a space (here: at 0), or at a capital or digit.
        for (let from = 0; from <= k; from++) {
          if (from > 0 && !isUpperCode(word.charCodeAt(from)) && !isDigitCode(word.charCodeAt(from))) continue;
          if (
            isFirstWord(word, from, to) ||
            isLaterWord(word, from, to, false) ||
            // A last word in brackets is the caller's to rule out.
            (!word.endsWith(')') && isLaterWord(word, from, to, true))
          ) {
            wrong.push(`${JSON.stringify(word)} from ${from}, spoiled at ${k}`);
          }
        }
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(spoiled).toBeGreaterThan(10_000);
  });

  it('spares what names hold', () => {
    for (const word of ['U.S.', 'NJ.com', '101.5', "Barron's", 'Yahoo!', 'Post-Gazette', '—', '’n’', 'Cafe\u0301']) {
      for (let k = 0; k < word.length; k++) expect(spoilsWord(word, k, word.length), `${word} at ${k}`).toBe(false);
    }
  });
});

describe('SourceBook.vouchedStarts', () => {
  const caller = ['Harbor Ledger', 'News'];
  const page = new Set(['The Gull Point Gazette', 'Reuters', 'Gazette', 'Thomson Reuters']);
  const book = createSourceBook(caller, page);
  const bare = createSourceBook();

  /** Every start of a known name, nearest first, by trying them all. */
  function naive(known: (name: string) => boolean, text: string, lowest: number, end: number): number[] {
    const starts: number[] = [];
    for (let i = end - 1; i >= lowest; i--) if (known(text.slice(i, end))) starts.push(i);
    return starts;
  }

  it('finds the same starts as trying every one', () => {
    const names = [...DEFAULT_SOURCES, ...caller, ...page];
    for (const name of names) {
      for (const text of [name, `said.${name}`, `x ${name}`, `${name.slice(1)}`, `${name}${name}`, `Thomson ${name}`]) {
        for (const lowest of [0, Math.max(0, text.length - name.length), text.length - 1]) {
          const isKnown = (candidate: string) =>
            caller.includes(candidate) || page.has(candidate) || DEFAULT_SOURCES.includes(candidate);
          expect(book.vouchedStarts(text, lowest, text.length), text).toEqual(naive(isKnown, text, lowest, text.length));
          expect(bare.vouchedStarts(text, lowest, text.length), text).toEqual(
            naive((candidate) => DEFAULT_SOURCES.includes(candidate), text, lowest, text.length),
          );
        }
      }
    }
  });

  it('finds nothing in an empty range or past a non-ASCII last character', () => {
    expect(book.vouchedStarts('Reuters', 7, 7)).toEqual([]);
    expect(book.vouchedStarts('Reuters—', 0, 8)).toEqual([]);
  });
});
