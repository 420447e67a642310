/**
 * The client's address for throttling. Next sets x-forwarded-for to the socket's
 * address unless the request already carries one; a reverse proxy appends the
 * address it saw. The last entry is therefore the one closest to us. A client
 * talking to Next directly can forge the header, so run Draftwatch behind a proxy
 * that sets it; the per-account throttle holds either way.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  const address = last ?? headers.get("x-real-ip")?.trim() ?? "";
  return address.replace(/^::ffff:/, "").slice(0, 64) || "unknown";
}
