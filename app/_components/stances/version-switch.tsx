import Link from "next/link";
import styles from "./version-switch.module.css";

/** The same view for each version of the document, the current one marked. */
export function VersionSwitch({
  versions,
  currentLabel,
  hrefFor,
  label,
}: {
  versions: Array<{ label: string }>;
  currentLabel: string;
  hrefFor: (label: string) => string;
  label: string;
}) {
  return (
    <nav className={styles.switch} aria-label={label}>
      <span className={styles.heading} aria-hidden="true">
        Versions
      </span>
      <ol>
        {versions.map((version) => {
          const current = version.label === currentLabel;
          return (
            <li key={version.label}>
              <Link href={hrefFor(version.label)} aria-current={current ? "page" : undefined} className={styles.link}>
                {version.label}
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
