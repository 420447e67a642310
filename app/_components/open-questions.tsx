import type { OpenQuestionItem } from "@/lib/data/open-questions/list-open-questions";

/**
 * What the compilers of the data could not confirm. Shown prominently, never folded away:
 * analysts must see the uncertainty before they rely on a text.
 */
export function OpenQuestions({
  questions,
  context,
  id = "open-questions",
}: {
  questions: OpenQuestionItem[];
  /** On a document page, questions are grouped by what they are about. */
  context: "home" | "document";
  id?: string;
}) {
  const groups =
    context === "document"
      ? [
          { title: "About this document", questions: questions.filter((question) => question.scope === "document") },
          { title: "About the whole dataset", questions: questions.filter((question) => question.scope === "dataset") },
        ].filter((group) => group.questions.length > 0)
      : [{ title: null, questions }];

  return (
    <section className="open-questions" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`} className="open-questions__heading">
        <svg className="open-questions__icon" viewBox="0 0 16 16" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" />
          <path d="M6 6.2a2.1 2.1 0 1 1 2.9 1.9c-.6.3-.9.7-.9 1.4v.3" />
          <circle cx="8" cy="11.6" r="0.35" />
        </svg>
        <span>
          Unconfirmed / open questions <span className="open-questions__count">({questions.length})</span>
        </span>
      </h2>
      {questions.length === 0 ? (
        <p>No open questions are recorded.</p>
      ) : (
        <>
          <p className="open-questions__intro">
            What the compilers of this data could not confirm. Read these before relying on a text or a status.
          </p>
          {groups.map((group) => (
            <div key={group.title ?? "all"} className="open-questions__group">
              {group.title ? <h3 className="open-questions__group-title">{group.title}</h3> : null}
              <ol className="open-questions__list">
                {group.questions.map((question) => (
                  <li key={question.id}>{question.text}</li>
                ))}
              </ol>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
