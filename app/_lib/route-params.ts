import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** A percent-encoded URL segment as text; a malformed encoding is a missing page, not a crash. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    notFound();
  }
}

/**
 * For generateMetadata only. Next 16.2+ hands it params already decoded while pages get
 * them encoded (vercel/next.js#95343, fix proposed in #95356); decoding again is harmless
 * for our labels, and a segment that will not decode is used as it is.
 */
export function decodeMetadataSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Awaits a data read and turns the domain's NotFoundError into the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
