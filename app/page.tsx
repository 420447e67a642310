import { connection } from "next/server";
import { listDocuments } from "@/lib/data/documents/list-documents";
import { listOpenQuestions } from "@/lib/data/open-questions/list-open-questions";
import { DocumentList } from "./_components/home/document-list";
import { OpenQuestions } from "./_components/open-questions";
import { ReadingGuide } from "./_components/reading-guide";

export default async function HomePage() {
  await connection();
  const [documents, questions] = await Promise.all([listDocuments(), listOpenQuestions()]);
  return (
    <div className="page">
      <header className="page-header">
        <h1>Documents</h1>
        <p className="lead">
          Negotiated texts, followed draft by draft. Each version lists its points and how they changed; every claim
          names its sources.
        </p>
      </header>
      <div className="home-layout">
        <div className="home-layout__main">
          <section aria-label="Documents">
            <DocumentList documents={documents} />
          </section>
          <OpenQuestions questions={questions} context="home" />
        </div>
        <aside className="home-layout__aside" aria-label="Reading guide">
          <ReadingGuide />
        </aside>
      </div>
    </div>
  );
}
