import { describe, expect, it } from "vitest";
import { safeNextPath, signInPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query and fragment", () => {
    expect(safeNextPath("/account")).toBe("/account");
    expect(safeNextPath("/documents/a%20b/versions/1?from=2#point-3")).toBe("/documents/a%20b/versions/1?from=2#point-3");
  });

  it.each([
    ["https://evil.example/"],
    ["//evil.example/x"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["javascript:alert(1)"],
    ["account"],
    ["/\t/evil.example"],
    [""],
    [undefined],
    [42],
    ["/sign-in"],
    ["/sign-in?next=/account"],
  ])("refuses %j", (value) => {
    expect(safeNextPath(value)).toBe("/");
  });

  it("uses the fallback it is given", () => {
    expect(safeNextPath("https://evil.example", "/account")).toBe("/account");
  });
});

describe("signInPath", () => {
  it("carries the requested page in ?next=", () => {
    expect(signInPath("/admin/users")).toBe("/sign-in?next=%2Fadmin%2Fusers");
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("https://evil.example")).toBe("/sign-in");
    expect(signInPath(null)).toBe("/sign-in");
  });
});
