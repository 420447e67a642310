import { describe, expect, it } from "vitest";
import { bearerToken, generateApiToken, hashApiToken, looksLikeApiToken } from "./api-token-format";

describe("generateApiToken", () => {
  it("makes distinct tokens whose stored form is a hash, not the token", () => {
    const a = generateApiToken();
    const b = generateApiToken();
    expect(a.token).not.toBe(b.token);
    expect(looksLikeApiToken(a.token)).toBe(true);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashApiToken(a.token));
    expect(a.tokenHash).not.toContain(a.token.slice(3));
    expect(a.token.startsWith(a.prefix)).toBe(true);
    expect(a.prefix).toHaveLength(11);
  });
});

describe("bearerToken", () => {
  it("reads Authorization: Bearer", () => {
    expect(bearerToken(new Headers({ authorization: "Bearer dw_abc" }))).toBe("dw_abc");
    expect(bearerToken(new Headers({ authorization: "bearer   dw_abc " }))).toBe("dw_abc");
  });

  it("tells a missing header (null) from a malformed one (empty)", () => {
    expect(bearerToken(new Headers())).toBeNull();
    expect(bearerToken(new Headers({ authorization: "Basic Zm9vOmJhcg==" }))).toBe("");
  });
});
