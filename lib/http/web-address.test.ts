import { describe, expect, it } from "vitest";
import { isWebAddress } from "./web-address";

describe("isWebAddress", () => {
  it("accepts http and https addresses", () => {
    expect(isWebAddress("https://www.bbc.co.uk/news/articles/x")).toBe(true);
    expect(isWebAddress("http://example.org")).toBe(true);
  });

  it("refuses script, data and malformed addresses", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "vbscript:x", "//example.org", "not a url"]) {
      expect(isWebAddress(url), url).toBe(false);
    }
  });
});
