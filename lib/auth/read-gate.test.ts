import { describe, expect, it } from "vitest";
import { isApiPath, isOpenPath } from "./read-gate";

describe("read gate paths", () => {
  it("leaves the sign-in page and framework files open", () => {
    expect(isOpenPath("/sign-in")).toBe(true);
    expect(isOpenPath("/_next/static/chunk.js")).toBe(true);
    expect(isOpenPath("/")).toBe(false);
    expect(isOpenPath("/sign-in-please")).toBe(false);
    expect(isOpenPath("/documents/x")).toBe(false);
  });

  it("tells the JSON API apart", () => {
    expect(isApiPath("/api/tokens")).toBe(true);
    expect(isApiPath("/apis")).toBe(false);
  });
});
