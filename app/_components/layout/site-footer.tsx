export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>Draftwatch</strong> follows negotiated documents point by point as their drafts change.
        </p>
        <p>
          Texts are compiled from public reporting and may be paraphrases. Every claim lists its sources; what could not
          be confirmed is listed as an open question.
        </p>
      </div>
    </footer>
  );
}
