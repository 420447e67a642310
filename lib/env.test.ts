import { describe, expect, it } from "vitest";
import { EnvironmentError, parseEnvironment } from "./env";

describe("parseEnvironment", () => {
  it("applies defaults when nothing is set", () => {
    expect(parseEnvironment({})).toEqual({
      PORT: 3000,
      DRAFTWATCH_DATA_DIR: ".data",
      DRAFTWATCH_PUBLIC_READ: true,
      DRAFTWATCH_SECURE_COOKIES: true,
    });
  });

  it("treats empty variables as unset", () => {
    expect(parseEnvironment({ DATABASE_URL: "", PORT: "" }).DATABASE_URL).toBeUndefined();
  });

  it("accepts postgres URLs and flags", () => {
    const parsed = parseEnvironment({ DATABASE_URL: "postgresql://u:p@db:5432/x", PORT: "8080", DRAFTWATCH_PUBLIC_READ: "false" });
    expect(parsed).toMatchObject({ DATABASE_URL: "postgresql://u:p@db:5432/x", PORT: 8080, DRAFTWATCH_PUBLIC_READ: false });
  });

  it("refuses a short auth secret", () => {
    expect(() => parseEnvironment({ DRAFTWATCH_AUTH_SECRET: "short" })).toThrow(/DRAFTWATCH_AUTH_SECRET must be at least 32 characters/);
    expect(parseEnvironment({ DRAFTWATCH_AUTH_SECRET: "x".repeat(32) }).DRAFTWATCH_AUTH_SECRET).toBe("x".repeat(32));
  });

  it("names each bad variable", () => {
    expect(() => parseEnvironment({ DATABASE_URL: "mysql://db/x", PORT: "eighty" })).toThrow(EnvironmentError);
    expect(() => parseEnvironment({ DATABASE_URL: "mysql://db/x", PORT: "eighty" })).toThrow(/DATABASE_URL .*; PORT /);
    expect(() => parseEnvironment({ PORT: "70000" })).toThrow(/PORT must be between 1 and 65535/);
  });
});
