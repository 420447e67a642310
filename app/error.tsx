"use client";

import Link from "next/link";
import { useEffect } from "react";

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className="page page--narrow status-page">
      <title>Something went wrong · Draftwatch</title>
      <div role="alert" className="status-page__message">
        <h1>This page could not be shown</h1>
        <p className="lead">
          Something went wrong on our side while reading the data. Nothing you did caused it, and nothing was changed.
        </p>
      </div>
      <div className="status-page__actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Back to all documents</Link>
      </div>
    </div>
  );
}
