import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page page--narrow status-page">
      <div className="status-page__message">
        <h1>Page not found</h1>
        <p className="lead">
          There is no document or version at this address. It may have been mistyped, or the link may point to a draft
          that was never recorded.
        </p>
      </div>
      <p>
        <Link href="/">Back to all documents</Link>
      </p>
    </div>
  );
}
