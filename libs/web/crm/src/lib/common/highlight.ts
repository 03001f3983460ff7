/** A part of a text, highlighted or not. */
export interface TextPart {
  text: string;
  hit: boolean;
}

/**
 * Splits a text at the API's highlight ranges (UTF-16 offsets, as JavaScript indexes strings) into plain and
 * highlighted parts. Ranges out of bounds are clipped, overlapping ones merged; no range gives one plain part.
 */
export function highlightParts(text: string, ranges: ReadonlyArray<{ start: number; length: number }>): TextPart[] {
  const sorted = ranges
    .map((r) => [Math.max(0, r.start), Math.min(text.length, r.start + r.length)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    const last = parts[parts.length - 1];
    if (last?.hit && from === at) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
