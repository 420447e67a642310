import { expect, test, type Page } from "@playwright/test";
import { createDocument, createVersion, uniqueSuffix } from "../support/factories";
import { createUser, e2eDb, signIn, testAddress } from "./support/accounts";

/**
 * Script-looking text stored in every free-text field — whether it came with
 * imported data or from an analyst — must render as text on every page: no dialog,
 * no injected element, no javascript: link. Each run stores its own payloads.
 */

const SCRIPT = `<script>alert("xss-script")</script>`;
const IMAGE = `<img src="x" onerror="alert('xss-img')">`;
const payload = (field: string) => `${field} ${SCRIPT} ${IMAGE}`;

async function storePayloads() {
  const db = e2eDb();
  const suffix = uniqueSuffix();
  const author = await createUser("analyst", { name: payload("user name") });
  const document = await db.document.update({
    where: { id: (await createDocument(db, { title: payload("document title") })).id },
    data: { summary: payload("document summary"), textNote: payload("text note") },
  });
  const first = await createVersion(db, document.id, {
    label: "First",
    position: 1,
    points: [{ number: "1", text: payload("point text"), topics: [`topic-${suffix}`, payload("topic")] }],
  });
  const second = await createVersion(db, document.id, {
    label: `Second <b>${suffix}</b>`,
    position: 2,
    textStatus: "unreleased",
    points: [{ number: "1", text: null, summary: payload("point summary"), numberProvisional: true }],
  });
  const [old, current] = [first.points[0]!, second.points[0]!];
  await db.lineageLink.create({
    data: { fromPointId: old.id, toPointId: current.id, type: "continues", confidence: 1, method: "manual", note: payload("link note"), confirmedById: author.id },
  });
  const source = await db.source.create({
    data: { key: `src-xss-${suffix}`, outlet: payload("outlet"), title: payload("source title"), url: `javascript:alert("xss-link")`, reliability: "leak" },
  });
  await db.pointSource.create({ data: { pointId: old.id, sourceId: source.id } });
  const status = await db.pointStatus.create({
    data: { versionId: second.version.id, pointId: current.id, status: "contested", summary: payload("status summary"), note: payload("status note"), createdById: author.id },
  });
  await db.pointStatusSource.create({ data: { pointStatusId: status.id, sourceId: source.id } });
  const party = await db.party.create({
    data: { slug: `xss-party-${suffix}`, name: payload("party name"), shortLabel: "<i>X</i>", kind: "state", colour: "#445566", notes: payload("party notes") },
  });
  const stance = await db.stance.create({
    data: {
      partyId: party.id, versionId: first.version.id, pointId: old.id, position: "opposes",
      summary: payload("stance summary"), quote: payload("quote"), note: payload("stance note"),
      statedOn: new Date("2025-11-21T00:00:00Z"), recordedById: author.id,
    },
  });
  await db.stanceSource.create({ data: { stanceId: stance.id, sourceId: source.id } });
  await db.stance.create({
    data: { partyId: party.id, versionId: second.version.id, pointId: null, position: "proposed", summary: payload("whole-version stance"), statedOn: new Date("2025-11-22T00:00:00Z"), recordedById: author.id },
  });
  await db.note.create({ data: { pointId: old.id, body: payload("note body"), authorId: author.id } });
  await db.alternative.create({ data: { versionId: first.version.id, pointId: old.id, partyId: party.id, text: payload("alternative"), note: payload("alternative note"), createdById: author.id } });
  const event = await db.event.create({ data: { documentId: document.id, occurredOn: new Date("2025-11-22T00:00:00Z"), title: payload("event title"), summary: payload("event summary") } });
  await db.eventParty.create({ data: { eventId: event.id, partyId: party.id } });
  await db.openQuestion.create({ data: { documentId: document.id, position: 1, text: payload("open question") } });
  await db.auditEntry.create({
    data: { actorId: author.id, action: "stance.record", entityType: "stance", entityId: stance.id, documentId: document.id, partyId: party.id, after: { summary: payload("audit after") }, reason: payload("audit reason") },
  });
  return { document, party, secondLabel: second.version.label };
}

async function expectInert(page: Page, path: string) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // Open every disclosure so hidden text is rendered too.
  await page.evaluate(() => document.querySelectorAll("details").forEach((details) => details.setAttribute("open", "")));
  await page.waitForLoadState("networkidle");
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    // A stored <script> that became an element (the page's own data scripts carry the text escaped, inert).
    scripts: [...document.scripts].filter((script) => script.textContent?.trim() === 'alert("xss-script")').length,
    javascriptLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href")?.trim().toLowerCase().startsWith("javascript:")).length,
    markupFromLabels: [...document.querySelectorAll("b, i")].filter((element) => /^(X|[0-9a-f]{8})$/.test(element.textContent ?? "")).length,
  }));
  expect({ path, dialogs, ...injected }).toEqual({ path, dialogs: [], images: 0, scripts: 0, javascriptLinks: 0, markupFromLabels: 0 });
  await expect(page.getByText(SCRIPT, { exact: false }).filter({ visible: true }).first()).toBeVisible();
}

test("script-looking text in every stored field renders as text on every page", async ({ browser }) => {
  test.setTimeout(120_000);
  const { document, party, secondLabel } = await storePayloads();
  const analyst = await createUser("analyst");
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": testAddress() } });
  const page = await context.newPage();
  await signIn(page, analyst);

  const base = `/documents/${document.slug}`;
  const second = encodeURIComponent(secondLabel);
  const pages = [
    "/",
    base,
    `${base}/versions/First`,
    `${base}/versions/${second}`,
    `${base}/compare?from=First&to=${second}`,
    `${base}/compare?from=First&to=${second}&view=unified`,
    `${base}/versions/First/points/1`,
    `${base}/versions/First/stances`,
    `${base}/versions/First/stances/1/${party.slug}`,
    `${base}/versions/${second}/stances/whole/${party.slug}`,
    "/parties",
    `/parties/${party.slug}`,
    `/changes?document=${document.slug}`,
  ];
  for (const path of pages) await expectInert(page, path);

  const feed = await page.request.get(`/changes.xml?document=${document.slug}`);
  const xml = await feed.text();
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(xml).not.toContain("<script>");
  expect(xml).not.toContain("<img");
  expect(xml).toContain("&lt;script&gt;");
  await context.close();
});
