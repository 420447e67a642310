import type { ComparisonVersion } from "@/lib/data/compare/get-comparison";
import { formatDay } from "@/app/_components/date-text";
import { documentPath } from "@/app/_lib/paths";
import styles from "./compare.module.css";

/**
 * Two selects and a swap button in a plain GET form: works without JavaScript, and the
 * result is a permalink. The current view (filters, layout) travels along.
 */
export function VersionPicker({
  documentSlug,
  versions,
  from,
  to,
  keep,
}: {
  documentSlug: string;
  versions: ComparisonVersion[];
  from: string | null;
  to: string | null;
  keep: Record<string, string>;
}) {
  const option = (version: ComparisonVersion) => (
    <option key={version.id} value={version.label}>
      {version.label}
      {version.publishedOn ? ` (${formatDay(version.publishedOn)})` : ""}
    </option>
  );
  return (
    <form method="get" action={`${documentPath(documentSlug)}/compare`} className={styles.picker} aria-label="Choose versions to compare">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className={styles.pickerField}>
        <label htmlFor="compare-from" className={styles.pickerLabel}>
          From
        </label>
        <select id="compare-from" name="from" className={styles.select} defaultValue={from ?? versions.at(-2)?.label}>
          {versions.map(option)}
        </select>
      </div>
      <button type="submit" name="swap" value="1" className={styles.swapButton}>
        <svg className="status-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M2.5 5.5h10M10 3l2.5 2.5L10 8M13.5 10.5h-10M6 8l-2.5 2.5L6 13" />
        </svg>
        Swap<span className="visually-hidden"> the two versions</span>
      </button>
      <div className={styles.pickerField}>
        <label htmlFor="compare-to" className={styles.pickerLabel}>
          To
        </label>
        <select id="compare-to" name="to" className={styles.select} defaultValue={to ?? versions.at(-1)?.label}>
          {versions.map(option)}
        </select>
      </div>
      <button type="submit" className={`button ${styles.pickerSubmit}`}>
        Compare
      </button>
    </form>
  );
}
