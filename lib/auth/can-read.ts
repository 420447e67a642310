import { env } from "@/lib/env";
import { UnauthorizedError } from "@/lib/errors";
import type { Actor } from "./roles";

/**
 * Whether `actor` may read documents. With DRAFTWATCH_PUBLIC_READ=false, anonymous
 * visitors are sent to sign-in for every page (proxy.ts) and the JSON API answers 401.
 */
export function canRead(actor: Actor | null): boolean {
  return actor !== null || env().DRAFTWATCH_PUBLIC_READ;
}

/** For JSON read endpoints: throws UnauthorizedError (401) when `actor` may not read. */
export function assertCanRead(actor: Actor | null): void {
  if (!canRead(actor)) throw new UnauthorizedError("Sign in or send an API token to read Draftwatch.");
}
