import { describe, expect, it } from "vitest";
import { describeChange, isFeedAction } from "./describe-change";

describe("describing audit entries", () => {
  it("says what a stance changed, before → after", () => {
    const description = describeChange({
      action: "stance.record",
      before: { position: "opposes", summary: "Rejects the cap.", version: "28-point" },
      after: { party: "Ukraine", version: "E3 counter-proposal", point: "6", position: "conditional", summary: "Open to 800,000.", statedOn: "2025-11-24", sources: 1 },
    });
    expect(description.title).toBe("Stance recorded: Ukraine on E3 counter-proposal, point 6 — conditional");
    expect(description.fields).toEqual([
      { field: "Position", before: "opposes", after: "conditional" },
      { field: "Summary", before: "Rejects the cap.", after: "Open to 800,000." },
      { field: "Stated on", before: null, after: "2025-11-24" },
    ]);
  });

  it("names whole-version stances and lists only the party fields that changed", () => {
    expect(describeChange({ action: "stance.record", before: null, after: { party: "US", version: "28-point", point: null, position: "proposed" } }).title).toBe(
      "Stance recorded: US on 28-point (whole version) — proposed",
    );
    const edit = describeChange({
      action: "party.update",
      before: { name: "EU", shortLabel: "EU", kind: "bloc", colour: "#2e7d32", notes: null },
      after: { name: "European Union", shortLabel: "EU", kind: "bloc", colour: "#2e7d32", notes: null },
    });
    expect(edit.title).toBe("Party edited: European Union");
    expect(edit.fields).toEqual([{ field: "Name", before: "EU", after: "European Union" }]);
  });

  it("keeps a deleted note's text out of the public feed", () => {
    const description = describeChange({ action: "note.delete", before: { version: "28-point", point: "6", body: "Private remark" }, after: null });
    expect(JSON.stringify(description)).not.toContain("Private remark");
  });

  it("survives malformed JSON and unknown actions", () => {
    expect(describeChange({ action: "status.set", before: "nonsense", after: [1, 2] }).title).toBe("Status set: a version (whole version) — ?");
    expect(describeChange({ action: "something.new", before: null, after: null })).toEqual({ title: "something.new", fields: [] });
  });

  it("leaves accounts and tokens out of the feed", () => {
    expect(isFeedAction("stance.record")).toBe(true);
    expect(isFeedAction("dataset.load")).toBe(true);
    expect(isFeedAction("user.create")).toBe(false);
    expect(isFeedAction("token.revoke")).toBe(false);
  });
});
