import { describe, expect, it } from "vitest";
import { accountKey, addressKey, minutesUntil } from "./throttle-policy";

describe("throttle keys", () => {
  it("normalises the email so case and spaces do not open a second counter", () => {
    expect(accountKey("  Ana@Example.ORG ")).toBe("account:ana@example.org");
    expect(addressKey("203.0.113.9")).toBe("address:203.0.113.9");
  });
});

describe("minutesUntil", () => {
  it("rounds up and never says zero", () => {
    const now = new Date("2026-01-01T10:00:00Z");
    expect(minutesUntil(new Date("2026-01-01T10:14:01Z"), now)).toBe(15);
    expect(minutesUntil(new Date("2026-01-01T10:00:10Z"), now)).toBe(1);
    expect(minutesUntil(new Date("2026-01-01T09:59:00Z"), now)).toBe(1);
  });
});
