/**
 * The Content-Security-Policy, built per request by proxy.ts with a fresh nonce.
 * Next reads the nonce from the request's CSP header and puts it on its own
 * scripts; 'strict-dynamic' lets those load the page's chunks. No 'unsafe-eval'
 * outside `next dev` (React needs it there for its error overlays). Style
 * attributes (e.g. a party's colour swatch) need 'unsafe-inline' in
 * style-src-attr; style elements need 'self' or the nonce.
 */
export function contentSecurityPolicy(options: { nonce: string; development?: boolean; https?: boolean }): string {
  const { nonce, development = false, https = false } = options;
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'${development ? " 'unsafe-inline'" : ""}`,
    `style-src-elem 'self' 'nonce-${nonce}'${development ? " 'unsafe-inline'" : ""}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** JSON answers render nothing, so they allow nothing. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** A nonce of 128 random bits, base64. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
