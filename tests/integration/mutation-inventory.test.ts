import { describe, expect, it } from "vitest";
import { routePathOf, scanSource } from "../support/mutation-inventory";

/** The scanner behind the authorisation matrix: what it accepts, and that it catches a mutation without its check. */

const ACTIONS = "app/things/actions.ts";
const ROUTE = "app/api/things/[id]/route.ts";
const imports = 'import { publicMutation, requireActor, requireRequestActor } from "@/lib/auth/current-actor";\n';

const scan = (file: string, body: string) => scanSource(file, body);

describe("server actions", () => {
  it("reads the role of `await requireActor(…)` and of `const actor = await requireActor(…)`", () => {
    const { mutations, problems } = scan(
      ACTIONS,
      `"use server";\n${imports}
export async function a(_: unknown, f: FormData) { await requireActor("analyst"); return f; }
export const b = async () => { const actor = await requireActor("admin"); return actor; };
export async function c() { publicMutation("sign-in is open to all"); }
export type State = { ok: boolean };`,
    );
    expect(problems).toEqual([]);
    expect(mutations.map((m) => [m.exportName, m.guard])).toEqual([
      ["a", { type: "role", minimum: "analyst", sessionOnly: true }],
      ["b", { type: "role", minimum: "admin", sessionOnly: true }],
      ["c", { type: "public", reason: "sign-in is open to all" }],
    ]);
  });

  it.each([
    ["no check at all", "export async function save() { return 1; }", /first statement must be/],
    ["the check after other work", 'export async function save(f: FormData) { const id = f.get("id"); await requireActor("admin"); return id; }', /first statement must/],
    ["a check that is not awaited", 'export async function save() { requireActor("admin"); }', /must be awaited/],
    ["a role that is not a literal", "const r = 'admin' as const; export async function save() { await requireActor(r); }", /role literal/],
    ["an unknown role", 'export async function save() { await requireActor("owner"); }', /role literal/],
    ["the route handler guard", 'export async function save(r: Request) { await requireRequestActor(r, "admin"); }', /guarded with requireActor/],
    ["a re-export", 'import { x } from "./x";\nexport { x };', /re-exports are not allowed/],
    ["export *", 'export * from "./x";', /export \*/],
    ["a non-function export", "export const save = 42;", /export it as a function/],
  ])("reports %s", (_label, code, message) => {
    const { problems } = scan(ACTIONS, `"use server";\n${imports}${code}`);
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  it("refuses a look-alike guard that is not the shared one", () => {
    const { problems } = scan(ACTIONS, `"use server";\nconst requireActor = async (r: string) => r;\nexport async function save() { await requireActor("admin"); }`);
    expect(problems[0]?.message).toMatch(/imported from "@\/lib\/auth\/current-actor"/);
  });

  it('requires "use server" in actions.ts and refuses it anywhere else, inline ones included', () => {
    expect(scan(ACTIONS, `${imports}export async function a() { await requireActor("reader"); }`).problems[0]?.message).toMatch(/must start with "use server"/);
    expect(scan("lib/data/x/save.ts", `"use server";\nexport async function a() {}`).problems[0]?.message).toMatch(/only allowed in app\/\*\*\/actions\.ts/);
    expect(
      scan("app/things/page.tsx", `export default function Page() { async function save() { "use server"; } return save; }`).problems[0]?.message,
    ).toMatch(/Inline "use server"/);
  });
});

describe("route handlers", () => {
  it("reads only the writing methods, with role and sessionOnly", () => {
    const { mutations, problems } = scan(
      ROUTE,
      `${imports}import { jsonRoute } from "@/lib/http/json-route";
export const GET = jsonRoute(async () => new Response("ok"));
export const POST = jsonRoute(async (request: Request) => { const actor = await requireRequestActor(request, "analyst", { sessionOnly: true }); return Response.json(actor); });
export async function DELETE(req: Request) { await requireRequestActor(req, "admin"); return new Response(null); }`,
    );
    expect(problems).toEqual([]);
    expect(mutations.map((m) => [m.exportName, m.guard, m.routePath])).toEqual([
      ["POST", { type: "role", minimum: "analyst", sessionOnly: true }, "/api/things/[id]"],
      ["DELETE", { type: "role", minimum: "admin", sessionOnly: false }, "/api/things/[id]"],
    ]);
  });

  it.each([
    ["a handler without the check", "export async function POST() { return new Response(null); }", /first statement must be/],
    ["a check on another request", 'const other = new Request("http://x"); export async function PUT(r: Request) { await requireRequestActor(other, "admin"); }', /handler's own request/],
    ["the server action guard", 'export async function PATCH() { await requireActor("admin"); }', /guarded with requireRequestActor/],
    ["a re-exported method", 'import { handler } from "./h";\nexport { handler as DELETE };', /re-exports are not allowed/],
    ["computed options", 'const o = { sessionOnly: true }; export async function POST(r: Request) { await requireRequestActor(r, "admin", o); }', /object literal/],
  ])("reports %s", (_label, code, message) => {
    const { problems } = scan(ROUTE, `${imports}${code}`);
    expect(problems.map((p) => p.message).join("\n")).toMatch(message);
  });

  it("maps files to URL paths", () => {
    expect(routePathOf("app/api/tokens/route.ts")).toBe("/api/tokens");
    expect(routePathOf("app/(admin)/api/users/[id]/route.ts")).toBe("/api/users/[id]");
  });
});
