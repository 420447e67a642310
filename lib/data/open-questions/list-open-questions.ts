import "server-only";
import { getDb } from "@/lib/db";

export interface OpenQuestionItem {
  id: string;
  text: string;
  /** "dataset" when the question is about the whole dataset rather than one document. */
  scope: "document" | "dataset";
}

export interface ListOpenQuestionsOptions {
  /** With a slug: that document's questions first, then the dataset's. Without: the dataset's only. */
  documentSlug?: string;
}

/** What the compilers of the data could not confirm; shown, never hidden. One query. */
export async function listOpenQuestions({ documentSlug }: ListOpenQuestionsOptions = {}): Promise<OpenQuestionItem[]> {
  const rows = await getDb().openQuestion.findMany({
    where: documentSlug ? { OR: [{ documentId: null }, { document: { slug: documentSlug } }] } : { documentId: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, text: true, documentId: true },
  });
  const items = rows.map((row): OpenQuestionItem => ({
    id: row.id,
    text: row.text,
    scope: row.documentId === null ? "dataset" : "document",
  }));
  return [...items.filter((item) => item.scope === "document"), ...items.filter((item) => item.scope === "dataset")];
}
