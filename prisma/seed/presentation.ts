/**
 * What the dataset file does not carry but the app shows: each party's short label
 * and display colour (always shown beside its name, never alone), and the caveat
 * that the dataset's README states for all of its texts.
 */

export const partyPresentation: Record<string, { shortLabel: string; colour: string }> = {
  ukraine: { shortLabel: "UA", colour: "#0057b7" },
  russia: { shortLabel: "RU", colour: "#a4262c" },
  "united-states": { shortLabel: "US", colour: "#5c2d91" },
  "european-partners": { shortLabel: "EUR", colour: "#00796b" },
  "european-union": { shortLabel: "EU", colour: "#2e7d32" },
  "united-kingdom": { shortLabel: "UK", colour: "#c2185b" },
  france: { shortLabel: "FR", colour: "#4e342e" },
  germany: { shortLabel: "DE", colour: "#37474f" },
  italy: { shortLabel: "IT", colour: "#558b2f" },
  poland: { shortLabel: "PL", colour: "#c43e00" },
  nato: { shortLabel: "NATO", colour: "#283593" },
  "united-arab-emirates": { shortLabel: "UAE", colour: "#8a6d00" },
  switzerland: { shortLabel: "CH", colour: "#616161" },
};

export const DEFAULT_PARTY_COLOUR = "#555555";

export function fallbackShortLabel(name: string): string {
  const initials = name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join("");
  return (initials || name).slice(0, 6);
}

export const datasetTextNote =
  "Point texts and stance summaries are paraphrases compiled from public reporting, not official wording; quotes are short, attributed fragments.";
