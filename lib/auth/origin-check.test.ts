import { describe, expect, it } from "vitest";
import { isSameOriginRequest, isUnsafeMethod } from "./origin-check";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("isSameOriginRequest", () => {
  it("accepts an Origin naming the host", () => {
    expect(isSameOriginRequest(headers({ host: "localhost:3210", origin: "http://localhost:3210" }))).toBe(true);
    expect(isSameOriginRequest(headers({ host: "internal:3000", "x-forwarded-host": "draftwatch.example", origin: "https://draftwatch.example" }))).toBe(true);
  });

  it("refuses another origin, a missing or null Origin, and cross-site fetch metadata", () => {
    expect(isSameOriginRequest(headers({ host: "localhost:3210", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "localhost:3210", origin: "http://localhost:3211" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "localhost:3210" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "localhost:3210", origin: "null" }))).toBe(false);
    expect(isSameOriginRequest(headers({ host: "localhost:3210", origin: "http://localhost:3210", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameOriginRequest(headers({ origin: "http://localhost:3210" }))).toBe(false);
  });
});

describe("isUnsafeMethod", () => {
  it("names the writing methods", () => {
    expect(["POST", "put", "PATCH", "DELETE"].every(isUnsafeMethod)).toBe(true);
    expect(["GET", "HEAD", "OPTIONS"].some(isUnsafeMethod)).toBe(false);
  });
});
