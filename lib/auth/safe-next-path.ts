const PLACEHOLDER_ORIGIN = "http://draftwatch.invalid";

/**
 * Where to send a user after signing in: `value` when it is a path on this site
 * ("/documents/x?from=1"), otherwise `fallback`. Refuses absolute and
 * protocol-relative URLs ("https://evil.example", "//evil.example", "/\\evil.example")
 * and anything that would land back on the sign-in page.
 */
export function safeNextPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  if (url.pathname === "/sign-in" || url.pathname.startsWith("/sign-in/")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to come back to `path` afterwards. */
export function signInPath(path?: string | null): string {
  const next = safeNextPath(path, "");
  return next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
}
