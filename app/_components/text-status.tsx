import type { TextStatus } from "@/lib/data/documents/get-document";

export const TEXT_STATUS_LABELS: Record<TextStatus, string> = {
  full: "Full text",
  partial: "Partial text",
  unreleased: "Text not released",
};

export function TextStatusTag({ status }: { status: TextStatus }) {
  return <span className={`text-status text-status--${status}`}>{TEXT_STATUS_LABELS[status]}</span>;
}
