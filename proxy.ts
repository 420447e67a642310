import { NextResponse, type NextRequest } from "next/server";
import { canRead } from "@/lib/auth/can-read";
import { getRequestActor } from "@/lib/auth/current-actor";
import { isApiPath, isOpenPath } from "@/lib/auth/read-gate";
import { signInPath } from "@/lib/auth/safe-next-path";
import { env } from "@/lib/env";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, createNonce } from "@/lib/http/security-headers";

/**
 * Runs before every page, route handler and server action (not before static files):
 *  - a per-request nonce and the Content-Security-Policy that names it (Next puts the
 *    nonce on its own scripts); the static security headers are in next.config.js;
 *  - with DRAFTWATCH_PUBLIC_READ=false, anonymous visitors are sent to sign-in (pages)
 *    or answered 401 (JSON API). Pages, actions and handlers still check roles themselves.
 */
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const api = isApiPath(pathname);

  if (!env().DRAFTWATCH_PUBLIC_READ && !isOpenPath(pathname) && !canRead(await getRequestActor(request))) {
    if (api) {
      return NextResponse.json(
        { error: { code: "unauthorized", message: "Sign in or send an API token to read Draftwatch." } },
        { status: 401, headers: { "www-authenticate": 'Bearer realm="draftwatch"', "cache-control": "no-store", "content-security-policy": API_CONTENT_SECURITY_POLICY } },
      );
    }
    return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  }

  if (api) {
    const response = NextResponse.next();
    response.headers.set("content-security-policy", API_CONTENT_SECURITY_POLICY);
    return response;
  }

  const nonce = createNonce();
  const https = (request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "")) === "https";
  const policy = contentSecurityPolicy({ nonce, development: process.env.NODE_ENV === "development", https });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  // Next's router answers a 500 for a path that is not valid percent-encoding
  // (vercel/next.js#92527); such a URL names no page, so serve the 404 page instead.
  const response = isDecodable(pathname)
    ? NextResponse.next({ request: { headers: requestHeaders } })
    : NextResponse.rewrite(new URL("/not-found", request.url), { request: { headers: requestHeaders }, status: 404 });
  response.headers.set("content-security-policy", policy);
  if (https) response.headers.set("strict-transport-security", "max-age=31536000; includeSubDomains");
  return response;
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
