import { describe, expect, it } from 'vitest';
import { parseImage } from '../../src/tree/image.js';
import { isPlausibleName } from '../../src/tree/source-name.js';
import { classifyHeading, isFirstRailHeading } from '../../src/tree/rail-heading.js';

describe('parseImage', () => {
  it.each([
    ['![Ferry](https://img.example/f.jpg)', { url: 'https://img.example/f.jpg', alt: 'Ferry', title: null }],
    ['![Ferry](https://img.example/f.jpg "At dawn")', { url: 'https://img.example/f.jpg', alt: 'Ferry', title: 'At dawn' }],
    ["![Ferry](https://img.example/f.jpg 'At dawn')", { url: 'https://img.example/f.jpg', alt: 'Ferry', title: 'At dawn' }],
    ['![Pier](https://img.example/pier_(2).jpg)', { url: 'https://img.example/pier_(2).jpg', alt: 'Pier', title: null }],
    ['![Pier](https://img.example/a_(b)_(c).png?w=900 "T")', { url: 'https://img.example/a_(b)_(c).png?w=900', alt: 'Pier', title: 'T' }],
    ['![](https://img.example/x.png)', { url: 'https://img.example/x.png', alt: '', title: null }],
    ['![A [bracketed] caption](https://img.example/x.png)', { url: 'https://img.example/x.png', alt: 'A [bracketed] caption', title: null }],
    ['![Café “Łódź”](https://img.example/%C5%81.png)', { url: 'https://img.example/%C5%81.png', alt: 'Café “Łódź”', title: null }],
  ])('%s', (line, image) => {
    expect(parseImage(line)).toEqual(image);
  });

  it.each([
    ['a space in the URL', '![Gate 4](https://img.example/gate 4.jpg)', { url: 'https://img.example/gate 4.jpg', alt: 'Gate 4', title: null }],
    ['an unbalanced parenthesis', '![Pier](https://img.example/pier_(1.jpg "North pier")', { url: 'https://img.example/pier_(1.jpg', alt: 'Pier', title: 'North pier' }],
  ])('reads a line CommonMark rejects for %s', (_name, line, image) => {
    expect(parseImage(line)).toEqual(image);
  });

  it.each(['![a](u) and more', 'text ![a](u)', '![a]', '![a](u) ![b](v)', `![${'['.repeat(40)}](u)`])(
    'rejects %j',
    (line) => {
      expect(parseImage(line)).toBeNull();
    },
  );
});

describe('isPlausibleName', () => {
  it.each([
    'Reuters',
    'The Wall Street Journal',
    '9to5Mac',
    'U.S. News & World Report',
    "Barron's",
    'Tom’s Guide',
    'Yahoo!',
    'E! News',
    'Inc.',
    'NJ.com',
    'FOX 5 DC',
    'Voice of the People',
    'iNews',
    'Pittsburgh Post-Gazette',
    'Río Grande Gazette',
    'RFE/RL',
  ])('%j looks like a name', (name) => {
    expect(isPlausibleName(name)).toBe(true);
  });

  it.each([
    '',
    'the year before',
    'Wins.Reuters',
    'S.Metro Ledger',
    'Hamas, designated ...',
    'Trump ...The Hill',
    'Voice of the',
    'A Very Long Name With Far Too Many Words',
    'Double  Space',
    '"Quoted"',
    'Dash-',
  ])('%j does not', (name) => {
    expect(isPlausibleName(name)).toBe(false);
  });
});

describe('rail headings', () => {
  it.each([
    [null, 'related', null],
    ['Related', 'related', 'Related'],
    ['Related Stories', 'related', 'Related Stories'],
    ['More from The Hill', 'publisher', 'The Hill'],
    ['MORE FROM Harborview Ledger:', 'publisher', 'Harborview Ledger'],
    ['More in Politics', 'section', 'Politics'],
    ['More in  Science & Tech', 'section', 'Science & Tech'],
    ['Trending Now', 'other', 'Trending Now'],
    ['More', 'other', 'More'],
    ['More from around the web', 'other', 'More from around the web'],
    ['More in our partners', 'other', 'More in our partners'],
    ['More from Around the Harbor', 'publisher', 'Around the Harbor'],
  ] as const)('%j → %s %j', (heading, kind, label) => {
    expect(classifyHeading(heading)).toEqual({ kind, label });
  });

  it.each([
    'Related',
    'Related Coverage:',
    'More from The Hill',
    'More from Yahoo!',
    'More from news.com.au',
    'More in Sports',
    'Top Stories',
    'Trending Now',
    'Most Read',
    "Editor's Picks",
    'You may also like',
    "Don't Miss",
    'Picks for You',
    'Around Harbor City',
    'Lesen Sie auch',
    'Le plus lu',
    'À lire aussi',
    'Lo más leído',
    'Leggi anche',
    'Leia também',
    'Meest gelezen',
  ])(
    '%j can head the first rail',
    (line) => {
      expect(isFirstRailHeading(line)).toBe(true);
    },
  );

  it.each([
    'The Hill has reached out to the White House for comment.',
    'Trending stocks fell on Friday.',
    'Latest figures show a rise!',
    'Thanks for reading',
    'More from the interview airs tonight.',
    'Updated March 3 2025',
    'Watch: Harbor Crossing',
    'Ana Ruiz contributed reporting',
    'Lesen Sie auch den Kommentar von Ana Ruiz.',
    'Le plus lu des romans de la rentrée reste introuvable.',
    'The Ferry Returns To The North Pier Today At Last',
    'Related coverage of the storm continues below and in our live blog for as long as it runs',
  ])('%j ends the article instead', (line) => {
    expect(isFirstRailHeading(line)).toBe(false);
  });
});
