import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import {
  InvalidInputError,
  PayloadTooLargeError,
  TooManyRequestsError,
  UnsupportedMediaTypeError,
  httpStatusOf,
  publicMessageOf,
} from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";

/** Largest JSON body a route handler reads unless it asks for another limit. */
export const DEFAULT_JSON_BODY_LIMIT = 64 * 1024;

const ERROR_CODES: Record<number, string> = {
  400: "invalid_input",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "too_many_requests",
  500: "internal_error",
};

const NO_STORE = { "cache-control": "no-store" };

export interface JsonErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

export function jsonResponse(data: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(NO_STORE)) headers.set(name, value);
  return Response.json(data, { ...init, headers });
}

/** `{ error: { code, message } }` with the status of the domain error; never a stack trace or SQL. */
export function jsonErrorResponse(error: unknown): Response {
  const status = httpStatusOf(error);
  if (status >= 500) console.error(error);
  const body: JsonErrorBody = { error: { code: ERROR_CODES[status] ?? "error", message: publicMessageOf(error) } };
  if (error instanceof InvalidInputError && Object.keys(error.fieldErrors).length > 0) body.error.fieldErrors = error.fieldErrors;
  const headers: Record<string, string> = {};
  if (status === 401) headers["www-authenticate"] = 'Bearer realm="draftwatch"';
  if (error instanceof TooManyRequestsError) headers["retry-after"] = String(error.retryAfterSeconds);
  return jsonResponse(body, { status, headers });
}

/**
 * Wraps a route handler so every thrown error becomes a JSON error response.
 * Next's own control-flow errors (redirect, notFound) pass through.
 */
export function jsonRoute<Context = unknown>(
  handler: (request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      unstable_rethrow(error);
      return jsonErrorResponse(error);
    }
  };
}

/**
 * Reads a JSON body of at most `maxBytes` (checked against Content-Length and again
 * while streaming) and validates it with `schema`.
 */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: { maxBytes?: number } = {},
): Promise<z.output<Schema>> {
  const maxBytes = options.maxBytes ?? DEFAULT_JSON_BODY_LIMIT;
  const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (contentType !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(contentType)) {
    throw new UnsupportedMediaTypeError("Send the body as JSON (Content-Type: application/json).");
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

  const bytes = await readLimited(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidInputError("The body is not valid UTF-8.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidInputError("The body is not valid JSON.");
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(parsed.error, "Check the fields of the request body.");
  return parsed.data;
}

function tooLarge(maxBytes: number): PayloadTooLargeError {
  const limit = maxBytes >= 1024 ? `${Math.floor(maxBytes / 1024)} KB` : `${maxBytes} bytes`;
  return new PayloadTooLargeError(`The request body is larger than ${limit}.`);
}

async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
