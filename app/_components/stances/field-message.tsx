import forms from "../auth/forms.module.css";

/** "is required" → "Summary is required."; messages that are already sentences stay as they are. */
export function fieldSentence(label: string, message: string): string {
  const sentence = /^[A-Z]/.test(message) ? message : `${label} ${message}`;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** A field's messages, linked to its input by `id` (aria-describedby). */
export function FieldMessage({ id, label, messages }: { id: string; label: string; messages: string[] | undefined }) {
  if (!messages || messages.length === 0) return null;
  return (
    <p id={id} className={forms.fieldError}>
      {messages.map((message) => fieldSentence(label, message)).join(" ")}
    </p>
  );
}
