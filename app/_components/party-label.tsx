import type { PartySummary } from "@/lib/data/parties/party-summary";

/** A party's colour swatch beside its short label; the full name is read out and shown on hover. */
export function PartyLabel({ party }: { party: Pick<PartySummary, "name" | "shortLabel" | "colour"> }) {
  const sameAsName = party.shortLabel === party.name;
  return (
    <span className="party-label" title={sameAsName ? undefined : party.name}>
      <span className="party-label__swatch" style={{ backgroundColor: party.colour }} aria-hidden="true" />
      {sameAsName ? (
        party.name
      ) : (
        <>
          <span aria-hidden="true">{party.shortLabel}</span>
          <span className="visually-hidden">{party.name}</span>
        </>
      )}
    </span>
  );
}

export function PartyLabels({ parties, label = "Parties" }: { parties: PartySummary[]; label?: string }) {
  if (parties.length === 0) return null;
  return (
    <ul className="party-labels" aria-label={label}>
      {parties.map((party) => (
        <li key={party.id}>
          <PartyLabel party={party} />
        </li>
      ))}
    </ul>
  );
}
