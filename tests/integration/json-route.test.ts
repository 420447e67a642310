import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { POST as createTokenRoute } from "@/app/api/tokens/route";
import { POST as createUserRoute } from "@/app/api/users/route";
import type { Actor } from "@/lib/auth/roles";
import { createDatabase, type Database } from "@/lib/db";
import { createOwnApiToken } from "@/lib/data/tokens/create-api-token";
import { ConflictError } from "@/lib/errors";
import { jsonRoute, readJsonBody } from "@/lib/http/json-route";
import { createTestUser, type TestUser } from "../support/accounts";
import { sessionCookieFor } from "../support/auth-session";

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL as string);
});
afterAll(async () => {
  await db.$disconnect();
});

const actorOf = (user: TestUser): Actor => ({ userId: user.id, name: user.name, email: user.email, role: user.role, via: "session" });
const echo = jsonRoute(async (request: Request) => Response.json(await readJsonBody(request, z.object({ name: z.string().min(1) }), { maxBytes: 100 })));
const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request("http://localhost:3210/api/echo", { method: "POST", headers, body });

describe("JSON route handlers", () => {
  it("read a small JSON body", async () => {
    const response = await echo(post(JSON.stringify({ name: "Ana" })), undefined);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: "Ana" });
  });

  it("refuse a body over the limit (declared or streamed), other media types, bad JSON and bad fields", async () => {
    const big = JSON.stringify({ name: "x".repeat(200) });
    expect((await echo(post(big), undefined)).status).toBe(413);
    const streamed = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = new Request("http://localhost:3210/api/echo", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: streamed,
      duplex: "half",
    } as RequestInit);
    const tooLarge = await echo(chunked, undefined);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: { code: "payload_too_large", message: "The request body is larger than 100 bytes." } });
    expect((await echo(post("name=Ana", { "content-type": "application/x-www-form-urlencoded" }), undefined)).status).toBe(415);
    expect((await echo(post("{not json"), undefined)).status).toBe(400);
    const invalid = await echo(post(JSON.stringify({ name: "" })), undefined);
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { error: { fieldErrors: object } }).error.fieldErrors).toHaveProperty("name");
  });

  it("turn domain errors into their status and unexpected ones into a bare 500, without stack or SQL", async () => {
    const conflict = await jsonRoute(async () => {
      throw new ConflictError("Someone changed it meanwhile.", null);
    })(post("{}"), undefined);
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ error: { code: "conflict", message: "Someone changed it meanwhile." } });

    const original = console.error;
    console.error = () => undefined;
    try {
      const crash = await jsonRoute(async () => {
        throw new Error('relation "User" does not exist at Object.query (/app/node_modules/pg/lib/client.js:1:1)');
      })(post("{}"), undefined);
      expect(crash.status).toBe(500);
      const text = await crash.text();
      expect(text).not.toMatch(/relation|node_modules|client\.js/);
      expect(JSON.parse(text)).toEqual({ error: { code: "internal_error", message: expect.stringMatching(/went wrong/) } });
    } finally {
      console.error = original;
    }
  });
});

describe("the account API", () => {
  it("creates a token for a signed-in analyst posting from Draftwatch, but not for a token or another site", async () => {
    const analyst = await createTestUser(db, "analyst");
    const cookie = await sessionCookieFor(analyst);
    const request = (headers: Record<string, string>) =>
      new Request("http://localhost:3210/api/tokens", {
        method: "POST",
        headers: { host: "localhost:3210", "content-type": "application/json", ...headers },
        body: JSON.stringify({ name: "from the API" }),
      });
    const created = await createTokenRoute(request({ cookie, origin: "http://localhost:3210" }), undefined);
    expect(created.status).toBe(201);
    const { token } = ((await created.json()) as { token: { token: string } }).token;
    expect(token).toMatch(/^dw_/);

    const viaToken = await createTokenRoute(request({ authorization: `Bearer ${token}` }), undefined);
    expect(viaToken.status).toBe(403);
    expect(((await viaToken.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    expect((await createTokenRoute(request({ cookie, origin: "https://evil.example" }), undefined)).status).toBe(403);
    expect((await createTokenRoute(request({}), undefined)).status).toBe(401);
  });

  it("answers 403 JSON to a token whose user lacks the role", async () => {
    const analyst = await createTestUser(db, "analyst");
    const { token } = await createOwnApiToken(actorOf(analyst), { name: "not an admin" }, db);
    const response = await createUserRoute(
      new Request("http://localhost:3210/api/users", {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ name: "X", email: "x@example.org", role: "admin", password: "long enough password" }),
      }),
      undefined,
    );
    expect(response.status).toBe(403);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: { code: "forbidden", message: expect.stringMatching(/admin role/) } });
  });
});
