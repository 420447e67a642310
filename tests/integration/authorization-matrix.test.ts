import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { roleAtLeast, type Actor, type Role } from "@/lib/auth/roles";
import { createDatabase, type Database } from "@/lib/db";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { createTestUser, type TestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";
import { scanRepository, type Mutation } from "../support/mutation-inventory";
import type * as CurrentActor from "@/lib/auth/current-actor";

/**
 * The authorisation matrix: every mutation FOUND IN THE CODE (server actions in
 * app/**\/actions.ts, write route handlers in app/**\/route.ts) × {anonymous,
 * reader, analyst, admin, analyst's API token}, each really executed against the
 * database. Only the request (cookie / Authorization header) is faked: next/headers
 * returns it, and the shared guards are wrapped to record what they decided.
 */

type GuardCall = { ok: true; actor: Actor } | { ok: false; error: unknown };

const request = vi.hoisted(() => ({ headers: new Headers(), guardCalls: [] as GuardCall[] }));

vi.mock("next/headers", () => {
  const store = () => {
    const cookies = new Map<string, string>();
    for (const pair of (request.headers.get("cookie") ?? "").split(/;\s*/)) {
      const at = pair.indexOf("=");
      if (at > 0) cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return {
      get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name) } : undefined),
      getAll: () => [...cookies].map(([name, value]) => ({ name, value })),
      has: (name: string) => cookies.has(name),
      set: () => undefined,
      delete: () => undefined,
    };
  };
  return { headers: async () => request.headers, cookies: async () => store(), draftMode: async () => ({ isEnabled: false }) };
});

vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
}));

vi.mock("@/lib/auth/current-actor", async (importOriginal) => {
  const real = await importOriginal<typeof CurrentActor>();
  const recorded = async (decision: Promise<Actor>) => {
    try {
      const actor = await decision;
      request.guardCalls.push({ ok: true, actor });
      return actor;
    } catch (error) {
      request.guardCalls.push({ ok: false, error });
      throw error;
    }
  };
  return {
    ...real,
    requireActor: (minimum: Role) => recorded(real.requireActor(minimum)),
    requireRequestActor: (req: Request, minimum: Role, options?: { sessionOnly?: boolean }) =>
      recorded(real.requireRequestActor(req, minimum, options)),
  };
});

const ROOT = path.resolve(import.meta.dirname, "../..");
const ORIGIN = "http://localhost:3210";
const inventory = scanRepository(ROOT);
const PRINCIPALS = ["anonymous", "reader", "analyst", "admin", "token"] as const;
type Principal = (typeof PRINCIPALS)[number];

function expectedAllowed(mutation: Mutation, principal: Principal): boolean {
  const { guard } = mutation;
  if (guard.type === "public") return true;
  if (principal === "anonymous") return false;
  if (principal === "token") return mutation.kind === "route-handler" && !guard.sessionOnly && roleAtLeast("analyst", guard.minimum);
  return roleAtLeast(principal, guard.minimum);
}

let db: Database;
const users = {} as Record<Role, TestUser>;
const cookies = {} as Record<Role, string>;
let analystToken = "";

beforeAll(async () => {
  db = createDatabase(process.env.DATABASE_URL as string);
  for (const role of ["reader", "analyst", "admin"] as const) {
    users[role] = await createTestUser(db, role);
    cookies[role] = await sessionCookieFor(users[role]);
  }
  const analyst: Actor = { userId: users.analyst.id, name: users.analyst.name, email: users.analyst.email, role: "analyst", via: "session" };
  analystToken = (await createOwnApiToken(analyst, { name: "matrix" }, db)).token;
});

afterAll(async () => {
  await db.$disconnect();
});

/** The principal's request headers; public mutations (sign-out!) get a session of their own. */
async function headersFor(principal: Principal, mutation: Mutation): Promise<Headers> {
  const headers = new Headers({ host: "localhost:3210", origin: ORIGIN, "content-type": "application/json" });
  if (principal === "token") {
    headers.delete("origin");
    headers.set("authorization", `Bearer ${analystToken}`);
  } else if (principal !== "anonymous") {
    headers.set("cookie", mutation.guard.type === "public" ? await sessionCookieFor(users[principal]) : cookies[principal]);
  }
  return headers;
}

function userIdOf(principal: Principal): string | null {
  if (principal === "anonymous") return null;
  return principal === "token" ? users.analyst.id : users[principal].id;
}

const IDLE_STATE = { status: "idle", message: null, fieldErrors: {}, created: null, email: "" };

async function invoke(mutation: Mutation, principal: Principal): Promise<{ thrown: unknown; response: Response | null }> {
  const exports = (await import(/* @vite-ignore */ path.join(ROOT, mutation.file))) as Record<string, unknown>;
  const fn = exports[mutation.exportName];
  if (typeof fn !== "function") throw new Error(`${mutation.file} does not export ${mutation.exportName} at run time.`);
  request.headers = await headersFor(principal, mutation);
  request.guardCalls = [];
  try {
    if (mutation.kind === "server-action") {
      await (fn as (...args: unknown[]) => Promise<unknown>)(IDLE_STATE, new FormData());
      return { thrown: null, response: null };
    }
    const url = `${ORIGIN}${mutation.routePath ?? "/"}`;
    const params = Object.fromEntries(
      [...(mutation.routePath ?? "").matchAll(/\[(\.\.\.)?([^\]]+)\]/g)].map((match) =>
        [match[2], match[1] ? ["x"] : "00000000-0000-4000-8000-000000000000"] as const,
      ),
    );
    const result = await (fn as (req: Request, context: unknown) => Promise<unknown>)(
      new Request(url, { method: mutation.exportName, headers: request.headers, body: "{}" }),
      { params: Promise.resolve(params) },
    );
    return { thrown: null, response: result instanceof Response ? result : null };
  } catch (thrown) {
    return { thrown, response: null };
  }
}

const isAuthError = (error: unknown) => error instanceof UnauthorizedError || error instanceof ForbiddenError;

describe("every mutation is discovered and starts with the shared role check", () => {
  it("finds no server action or write route handler without its guard", () => {
    expect(inventory.problems).toEqual([]);
  });

  it("discovers the account mutations (sanity check of the scanner)", () => {
    const found = inventory.mutations.map((m) => `${m.file}#${m.exportName}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "app/sign-in/actions.ts#signIn",
        "app/sign-in/actions.ts#signOut",
        "app/account/actions.ts#createOwnToken",
        "app/admin/users/actions.ts#changeUserRole",
        "app/api/tokens/route.ts#POST",
        "app/api/tokens/[id]/route.ts#DELETE",
        "app/api/users/route.ts#POST",
      ]),
    );
  });

  it("knows every function the mutation modules export at run time", async () => {
    const files = [...new Set(inventory.mutations.map((m) => m.file))];
    for (const file of files) {
      const exports = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      const exported = Object.entries(exports)
        .filter(([name, value]) => typeof value === "function" && (file.includes("/actions.") || ["POST", "PUT", "PATCH", "DELETE"].includes(name)))
        .map(([name]) => name);
      const scanned = inventory.mutations.filter((m) => m.file === file).map((m) => m.exportName);
      expect(exported.sort(), file).toEqual(scanned.sort());
    }
  });
});

describe.each(inventory.mutations.map((m) => [`${m.kind} ${m.file}#${m.exportName}`, m] as const))("%s", (_label, mutation) => {
  it.each(PRINCIPALS)("%s", async (principal) => {
    const allowed = expectedAllowed(mutation, principal);
    const { thrown, response } = await invoke(mutation, principal);
    const guard = request.guardCalls[0];

    if (mutation.guard.type === "public") {
      expect(isAuthError(thrown), `public mutation refused ${principal}: ${String(thrown)}`).toBe(false);
      expect(response === null || ![401, 403].includes(response.status)).toBe(true);
      return;
    }

    expect(guard, "the guard ran").toBeDefined();
    if (allowed) {
      expect(guard?.ok, `guard refused ${principal}: ${guard && !guard.ok ? String(guard.error) : ""}`).toBe(true);
      if (guard?.ok) expect(guard.actor.userId).toBe(userIdOf(principal));
      if (response) expect([401, 403]).not.toContain(response.status);
      return;
    }

    expect(guard?.ok).toBe(false);
    const refusal = guard && !guard.ok ? guard.error : null;
    expect(isAuthError(refusal), `refused with ${String(refusal)}`).toBe(true);
    expect(refusal).toBeInstanceOf(principal === "anonymous" ? UnauthorizedError : principal === "token" && mutation.kind === "server-action" ? UnauthorizedError : ForbiddenError);
    if (mutation.kind === "server-action") {
      expect(thrown).toBe(refusal);
    } else if (response) {
      expect(response.status).toBe(refusal instanceof UnauthorizedError ? 401 : 403);
      const body = (await response.json()) as { error?: { code?: string; message?: string } };
      expect(body.error?.code).toBe(refusal instanceof UnauthorizedError ? "unauthorized" : "forbidden");
      expect(JSON.stringify(body)).not.toMatch(/\bat .+\(|node_modules|prisma/i);
    } else {
      expect(thrown).toBe(refusal);
    }
  });
});
