/** Whether a stored address is safe to link to: only http(s), never javascript:, data: and the like. */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === "http:" || protocol === "https:";
  } catch {
    return false;
  }
}
