import { describe, expect, it } from "vitest";
import { escapeXml, renderAtomFeed } from "./atom-feed";

const feed = () =>
  renderAtomFeed({
    id: "https://draftwatch.example/changes",
    title: "Draftwatch changes",
    selfLink: "https://draftwatch.example/changes.xml?party=ukraine&document=x",
    alternateLink: "https://draftwatch.example/changes",
    entries: [
      {
        id: "urn:uuid:5a5d79d7-a77e-4b0b-b9d1-860961b6ee60",
        title: `Stance recorded: <script>alert("x")</script> & co`,
        updated: new Date("2026-11-26T10:36:48.006Z"),
        authorName: "O'Brien",
        link: "https://draftwatch.example/parties/ukraine",
        summary: "Position: opposes → conditional\u0007",
        content: "Line one\nLine <b>two</b>",
        categories: ["stance.record"],
      },
    ],
  });

describe("the Atom feed", () => {
  it("escapes every value and drops characters XML forbids", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("bell\u0007 and \uD800 lone")).toBe("bell and  lone");
    const xml = feed();
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("<b>");
    expect(xml).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co");
    expect(xml).toContain("?party=ukraine&amp;document=x");
    expect(xml).not.toContain("\u0007");
  });

  it("has the elements Atom requires: feed id, title, updated, self link; entry id, title, updated, author", () => {
    const xml = feed();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain("<id>https://draftwatch.example/changes</id>");
    expect(xml).toContain('<title type="text">Draftwatch changes</title>');
    expect(xml).toContain("<updated>2026-11-26T10:36:48.006Z</updated>");
    expect(xml).toMatch(/<link rel="self" href="[^"]+" type="application\/atom\+xml"\/>/);
    expect(xml).toContain("<id>urn:uuid:5a5d79d7-a77e-4b0b-b9d1-860961b6ee60</id>");
    expect(xml).toContain("<author><name>O&apos;Brien</name></author>");
    expect(xml).toContain('<summary type="text">');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
  });

  it("without entries, is still a valid feed", () => {
    const xml = renderAtomFeed({ id: "urn:x", title: "Empty", selfLink: "https://x/changes.xml", alternateLink: "https://x/changes", entries: [] });
    expect(xml).toContain("<updated>1970-01-01T00:00:00.000Z</updated>");
    expect(xml).not.toContain("<entry>");
  });
});
