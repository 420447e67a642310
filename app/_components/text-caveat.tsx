/** The document's caveat about its texts, shown wherever those texts are read. */
export function TextCaveat({ note }: { note: string | null }) {
  if (!note) return null;
  return (
    <aside className="callout callout--caveat" aria-label="About these texts">
      <p>
        <strong className="callout__title">About these texts. </strong>
        {note}
      </p>
    </aside>
  );
}
