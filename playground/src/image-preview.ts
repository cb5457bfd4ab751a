// An image from the dump as a card shows it: a frame with the alt text, title and URL,
// and the picture itself only when the reader turned "load images" on (the page
// fetches nothing by itself, so it works offline and a shared link loads nothing).
//
//   ![Wind machines at dawn](https://img.example/wind.jpg "Halvorsen orchard")

import type { Image } from '../../src/index.js';
import { h } from './dom.js';

export function imagePreview(image: Image, nodeId: string | null, load: boolean): HTMLElement {
  const picture =
    load && /^https?:\/\//i.test(image.url)
      ? h('img', { src: image.url, alt: image.alt, loading: 'lazy', referrerpolicy: 'no-referrer' })
      : h('div', { class: 'image-frame', 'aria-hidden': 'true' }, 'IMG');
  return h(
    'figure',
    { class: 'image-card', 'data-node': nodeId ?? undefined, tabindex: nodeId === null ? undefined : 0 },
    picture,
    h(
      'figcaption',
      {},
      h('span', { class: 'alt' }, image.alt === '' ? '(no alt text)' : image.alt),
      image.title === null ? null : h('span', { class: 'title' }, ` — ${image.title}`),
      h('span', { class: 'url' }, image.url),
    ),
  );
}
