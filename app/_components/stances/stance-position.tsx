import type { StancePositionValue } from "@/lib/stances/positions";
import styles from "./stance-position.module.css";

export const POSITION_LABELS: Record<StancePositionValue, string> = {
  supports: "Supports",
  opposes: "Opposes",
  conditional: "Conditional",
  proposed: "Proposed",
  unknown: "Unknown",
};

export const POSITION_MEANINGS: Record<StancePositionValue, string> = {
  supports: "Backs the provision as it stands.",
  opposes: "Rejects it.",
  conditional: "Would accept it on conditions, or only in part.",
  proposed: "Tabled or drafted it, or put it forward.",
  unknown: "Has not said, or what it said is unclear.",
};

/** One glyph per position (the same as the compare page's), drawn in the position colour; always beside its name. */
const GLYPHS: Record<StancePositionValue, React.ReactNode> = {
  supports: <path d="M2.5 8.5l3.5 3.5 7.5-8" />,
  opposes: <path d="M4 4l8 8M12 4l-8 8" />,
  conditional: <path d="M8 2.5 13.5 8 8 13.5 2.5 8z" />,
  proposed: <path d="M3 13l.8-3.2L10.5 3l2.5 2.5-6.7 6.7zM9 4.5l2.5 2.5" />,
  unknown: (
    <>
      <path d="M4.8 5.4a3.2 3.2 0 1 1 4.5 2.9c-.9.4-1.3 1-1.3 1.9v.5" />
      <circle cx="8" cy="13.4" r="0.5" />
    </>
  ),
};

export function positionClass(position: StancePositionValue): string {
  return styles[position] ?? "";
}

export function StanceIcon({ position }: { position: StancePositionValue }) {
  return (
    <svg className={styles.icon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {GLYPHS[position]}
    </svg>
  );
}

/** A party's position: glyph, colour and, always, its name in words. */
export function StanceBadge({ position, label }: { position: StancePositionValue; label?: string }) {
  return (
    <span className={`${styles.badge} ${positionClass(position)}`}>
      <StanceIcon position={position} />
      <span className="visually-hidden">Position: </span>
      {label ?? POSITION_LABELS[position]}
    </span>
  );
}
