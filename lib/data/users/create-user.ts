import "server-only";
import { z } from "zod";
import { hashPassword, newPasswordSchema } from "@/lib/auth/passwords";
import { ROLES, type Role } from "@/lib/auth/roles";
import { normalizeEmail } from "@/lib/auth/throttle-policy";
import { insertUserWithPassword } from "@/lib/auth/user-record";
import { getDb, type Database } from "@/lib/db";
import { InvalidInputError } from "@/lib/errors";
import { invalidInput } from "@/lib/validation/invalid-input";

export const createUserSchema = z.object({
  name: z.string({ error: "Enter a name." }).trim().min(1, { error: "Enter a name." }).max(120, { error: "Use at most 120 characters." }),
  email: z
    .string({ error: "Enter an email address." })
    .trim()
    .max(254, { error: "Use at most 254 characters." })
    .pipe(z.email({ error: "Enter a valid email address." }))
    .transform(normalizeEmail),
  role: z.enum(ROLES as [Role, ...Role[]], { error: "Choose reader, analyst or admin." }),
  password: newPasswordSchema,
});

/** Raw input (e.g. form fields); validated here. */
export type CreateUserInput = { [Field in keyof z.input<typeof createUserSchema>]: unknown };

export interface CreatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** Creates a user who can sign in with `password`; audited as `user.create` by `actorId` (null: the system). */
export async function createUser(
  input: CreateUserInput,
  audit: { actorId: string | null; reason?: string },
  db: Database = getDb(),
): Promise<CreatedUser> {
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  const { name, email, role, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction((tx) => insertUserWithPassword(tx, { name, email, role, passwordHash }, audit));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new InvalidInputError("Check the highlighted fields.", { email: ["An account with this email address already exists."] });
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
