import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], {
    error: "must be true or false",
  })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const environmentSchema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" })
    .optional(),
  PORT: z.coerce
    .number({ error: "must be a number" })
    .int()
    .min(1, { error: "must be between 1 and 65535" })
    .max(65535, { error: "must be between 1 and 65535" })
    .default(3000),
  // Where the embedded database keeps its files when DATABASE_URL is not set.
  DRAFTWATCH_DATA_DIR: z.string().min(1).default(".data"),
  // Whether visitors who are not signed in may read documents.
  DRAFTWATCH_PUBLIC_READ: booleanFlag.default(true),
  // Signs session cookies. When unset, a random secret is kept in DRAFTWATCH_DATA_DIR/auth-secret.
  DRAFTWATCH_AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters (e.g. `openssl rand -base64 32`)" }).optional(),
  // Session cookies carry the Secure flag (HTTPS only; browsers also accept them on http://localhost).
  DRAFTWATCH_SECURE_COOKIES: booleanFlag.default(true),
});

export type Environment = z.infer<typeof environmentSchema>;

export class EnvironmentError extends Error {
  override name = "EnvironmentError";
}

export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  const result = environmentSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.join(".")} ${issue.message}`)
      .join("; ");
    throw new EnvironmentError(`Invalid environment: ${problems}. Fix the variable or unset it.`);
  }
  return result.data;
}

let cached: Environment | undefined;

/** The environment, parsed once; a bad value fails here with a message naming it. */
export function env(): Environment {
  cached ??= parseEnvironment(process.env);
  return cached;
}

export function requireDatabaseUrl(): string {
  const url = env().DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    throw new EnvironmentError(
      "DATABASE_URL is not set. Start the app with `npm start` (it provides the embedded database) or set DATABASE_URL.",
    );
  }
  return url;
}
