// Highlighted match ranges from the server, rendered as text: the string is
// sliced at the ranges' UTF-16 offsets and the matched slices wrapped in
// <mark>. Nothing from the server is ever parsed as HTML.
import { html } from 'lit';
import type { HighlightRange } from '@yiwang/contract';

const isLowSurrogate = (text: string, at: number) => {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
};

/** The matched spans of `field` in `text`: clamped, never splitting a surrogate pair, merged, ascending. */
export function spans(text: string, ranges: readonly HighlightRange[], field: HighlightRange['field']): Array<[number, number]> {
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const list = ranges
    .filter((r) => r.field === field)
    .map((r): [number, number] => {
      let start = clamp(r.start);
      let end = clamp(r.end);
      if (start > 0 && isLowSurrogate(text, start)) start--;
      if (end < text.length && isLowSurrogate(text, end)) end++;
      return [start, end];
    })
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const span of list) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push(span);
  }
  return merged;
}

/** `text` with the matched ranges of `field` in <mark part="mark">, as lit values (text parts only). */
export function highlight(text: string, ranges: readonly HighlightRange[], field: HighlightRange['field']): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  for (const [start, end] of spans(text, ranges, field)) {
    if (start > at) out.push(text.slice(at, start));
    out.push(html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
