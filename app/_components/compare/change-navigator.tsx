"use client";

import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import styles from "./compare.module.css";

const subscribeNever = () => () => undefined;

/** Keys typed into a field, a select or an editable region belong to it, not to us. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["button", "submit", "reset", "checkbox", "radio", "range", "color", "file", "image"].includes(target.type);
  }
  return false;
}

function isOnScreen(element: HTMLElement): boolean {
  const rect = element.getBoundingClientRect();
  return rect.bottom > 0 && rect.top < window.innerHeight;
}

/**
 * "Previous change" / "Next change" buttons and the j / k keys: move focus to the
 * previous or next row marked `data-change` inside `#containerId`, counting from the
 * focused row (or the one last jumped to, while it is on screen), else from the top of
 * the window.
 */
export function ChangeNavigator({ containerId, count }: { containerId: string; count: number }) {
  const hydrated = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [message, setMessage] = useState("");

  const jump = useCallback(
    (direction: 1 | -1) => {
      const container = document.getElementById(containerId);
      if (!container) return;
      const changes = [...container.querySelectorAll<HTMLElement>("[data-change]")];
      if (changes.length === 0) {
        setMessage("No changes in this view.");
        return;
      }
      const active = document.activeElement;
      const jumped = container.querySelector<HTMLElement>("[data-jumped]");
      const activeRow =
        [...container.querySelectorAll<HTMLElement>("[data-row]")].find((row) => row === active || row.contains(active)) ??
        (jumped && isOnScreen(jumped) ? jumped : undefined);
      let target: HTMLElement | undefined;
      const index = activeRow ? changes.indexOf(activeRow) : -1;
      if (index >= 0) {
        target = changes[index + direction];
      } else {
        const reference = activeRow ? activeRow.getBoundingClientRect().top : 0;
        target =
          direction === 1
            ? changes.find((row) => row.getBoundingClientRect().top > reference + 1)
            : changes.findLast((row) => row.getBoundingClientRect().top < reference - 1);
      }
      if (!target) {
        setMessage(direction === 1 ? "No later change in this view." : "No earlier change in this view.");
        return;
      }
      const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      container.querySelectorAll("[data-jumped]").forEach((row) => row.removeAttribute("data-jumped"));
      target.setAttribute("data-jumped", "");
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start", behavior: reduceMotion ? "auto" : "smooth" });
      setMessage(`Change ${changes.indexOf(target) + 1} of ${changes.length}.`);
    },
    [containerId],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== "j" && event.key !== "k") return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      jump(event.key === "j" ? 1 : -1);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [jump]);

  return (
    <div className={styles.navigator}>
      <div className={styles.navigatorButtons} role="group" aria-label="Jump between changes">
        <button type="button" className={styles.toolButton} onClick={() => jump(-1)} disabled={!hydrated || count === 0} aria-keyshortcuts="k">
          <span aria-hidden="true">↑ </span>Previous change
        </button>
        <button type="button" className={styles.toolButton} onClick={() => jump(1)} disabled={!hydrated || count === 0} aria-keyshortcuts="j">
          Next change<span aria-hidden="true"> ↓</span>
        </button>
      </div>
      <p className={styles.navigatorHint}>
        {count === 0 ? (
          "No changes in this view."
        ) : (
          <>
            Or press <kbd>j</kbd> / <kbd>k</kbd>.
          </>
        )}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden">
        {message}
      </p>
    </div>
  );
}
