import { highlightParts } from './highlight';

/** A text with the parts a search matched marked (<mark>). */
export function Highlighted({ text, ranges }: { text: string; ranges: ReadonlyArray<{ start: number; length: number }> }) {
  return (
    <>
      {highlightParts(text, ranges).map((part, i) =>
        part.hit ? (
          <mark key={i} style={{ padding: 0, background: '#ffe58f' }}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}
