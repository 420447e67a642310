/**
 * Which requests the private-reading gate (DRAFTWATCH_PUBLIC_READ=false) lets
 * through without a signed-in user: the sign-in page itself and the files every
 * page needs. Everything else needs a session or an API token.
 */
const OPEN_PATHS = ["/sign-in", "/favicon.ico", "/robots.txt"];

export function isOpenPath(pathname: string): boolean {
  return OPEN_PATHS.some((open) => pathname === open || pathname.startsWith(`${open}/`)) || pathname.startsWith("/_next/");
}

export function isApiPath(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}
