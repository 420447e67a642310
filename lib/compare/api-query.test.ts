import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { parseCompareApiQuery } from "./api-query";

const parse = (query: string) => parseCompareApiQuery(new URLSearchParams(query));

describe("parseCompareApiQuery", () => {
  it("reads one from and one to", () => {
    expect(parse("from=28-point&to=E3+counter-proposal")).toEqual({ from: "28-point", to: "E3 counter-proposal" });
  });

  it("refuses missing, repeated, empty and identical references", () => {
    for (const query of ["", "from=a", "to=b", "from=a&from=b&to=c", "from=&to=b", "from=a&to=a"]) {
      expect(() => parse(query), query).toThrow(InvalidInputError);
    }
    try {
      parse("from=a&to=a");
    } catch (error) {
      expect((error as InvalidInputError).message).toMatch(/same version/);
      expect((error as InvalidInputError).fieldErrors).toEqual({ to: ["is the same version as from"] });
    }
  });
});
