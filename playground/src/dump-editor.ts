// The left pane: a plain text area over a tinted backdrop, with a gutter of role labels.
//
// The text area owns typing, pasting, the caret and the selection; the backdrop draws
// the same characters transparently underneath with one tint per role, the glued
// source boundary and the diagnostic underlines. Hovering shows the role and the
// diagnostics of the spot under the mouse; dropping a .txt file loads it.

import { backdropLine, gutterRow } from './editor-lines.js';
import { hoverText } from './hover-text.js';
import type { LineView } from './line-views.js';

export interface EditorHandlers {
  /** The text changed by typing, pasting or dropping text. */
  readonly edited: () => void;
  /** The caret moved (click or keys) to this offset. */
  readonly caret: (offset: number) => void;
  /** A file was dropped on the editor; its text. */
  readonly file: (text: string) => void;
}

export class DumpEditor {
  private readonly textarea: HTMLTextAreaElement;
  private readonly backdrop: HTMLElement;
  private readonly gutter: HTMLElement;
  private readonly tooltip: HTMLElement;
  private lines: readonly LineView[] = [];

  constructor(root: HTMLElement, handlers: EditorHandlers) {
    this.textarea = root.querySelector('textarea') as HTMLTextAreaElement;
    this.backdrop = root.querySelector('.backdrop-inner') as HTMLElement;
    this.gutter = root.querySelector('.gutter-inner') as HTMLElement;
    this.tooltip = root.querySelector('.tooltip') as HTMLElement;

    this.textarea.addEventListener('input', handlers.edited);
    this.textarea.addEventListener('scroll', () => this.syncScroll());
    for (const type of ['click', 'keyup'] as const) {
      this.textarea.addEventListener(type, () => handlers.caret(this.textarea.selectionStart));
    }
    this.textarea.addEventListener('mousemove', (event) => this.hover(event));
    this.textarea.addEventListener('mouseleave', () => (this.tooltip.hidden = true));
    root.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files') === true) event.preventDefault();
    });
    root.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (file === undefined) return;
      event.preventDefault();
      void file.text().then(handlers.file);
    });
  }

  get text(): string {
    return this.textarea.value;
  }

  set text(value: string) {
    this.textarea.value = value;
    this.textarea.setSelectionRange(0, 0);
    this.textarea.scrollTop = 0;
  }

  render(lines: readonly LineView[]): void {
    this.lines = lines;
    this.backdrop.replaceChildren(...lines.map(backdropLine));
    this.gutter.replaceChildren(...lines.map(gutterRow));
    this.syncScroll();
  }

  /** Outline lines first..last in the backdrop and the gutter (0 clears). */
  markLines(first: number, last: number): void {
    for (const layer of [this.backdrop, this.gutter]) {
      for (const row of layer.children) {
        const number = Number((row as HTMLElement).dataset['line']);
        row.classList.toggle('selected', number >= first && number <= last);
      }
    }
  }

  /** Select characters in the text area (without taking focus) and scroll them into view. */
  selectText(start: number, end: number, firstLine: number): void {
    this.textarea.setSelectionRange(start, end);
    const lineHeight = parseFloat(getComputedStyle(this.textarea).lineHeight);
    const top = (firstLine - 1) * lineHeight;
    const view = this.textarea.clientHeight;
    if (top < this.textarea.scrollTop || top > this.textarea.scrollTop + view - 2 * lineHeight) {
      this.textarea.scrollTop = Math.max(0, top - view / 3);
    }
  }

  private syncScroll(): void {
    const { scrollLeft, scrollTop } = this.textarea;
    this.backdrop.style.transform = `translate(${-scrollLeft}px, ${-scrollTop}px)`;
    this.gutter.style.transform = `translateY(${-scrollTop}px)`;
  }

  /** The backdrop lies under the text area, so ask the browser what is at the mouse below it. */
  private hover(event: MouseEvent): void {
    const stack = document.elementsFromPoint(event.clientX, event.clientY);
    const lineElement = stack.find((element) => element.classList.contains('line')) as HTMLElement | undefined;
    const line = this.lines[Number(lineElement?.dataset['line']) - 1];
    if (line === undefined) {
      this.tooltip.hidden = true;
      return;
    }
    const pieceElement = stack.find((element) => element.classList.contains('piece'));
    const pieceIndex = pieceElement === undefined ? -1 : [...(lineElement as HTMLElement).children].indexOf(pieceElement);
    this.tooltip.textContent = hoverText(line, line.pieces[pieceIndex] ?? null);
    this.tooltip.hidden = false;
    // Below and right of the mouse, kept inside the editor.
    const box = (this.tooltip.offsetParent ?? document.body).getBoundingClientRect();
    const left = Math.min(event.clientX - box.left + 12, box.width - this.tooltip.offsetWidth - 8);
    this.tooltip.style.left = `${Math.max(0, left)}px`;
    this.tooltip.style.top = `${event.clientY - box.top + 18}px`;
  }
}
