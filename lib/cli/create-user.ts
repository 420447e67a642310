import { withSelectedDatabase } from "@/lib/database/connection";
import { createDatabase } from "@/lib/db";
import { createUser } from "@/lib/data/users/create-user";
import { env } from "@/lib/env";
import { InvalidInputError } from "@/lib/errors";
import { UsageError, readOptions } from "./cli-args";
import { readNewPassword } from "./read-password";

const USAGE = 'Usage: npm run user:create -- --email ana@example.org [--name "Ana Analyst"] [--role reader|analyst|admin]\n' +
  "The password comes from DRAFTWATCH_USER_PASSWORD, or is asked for at the terminal.";

/** `npm run user:create`: creates a user (e.g. the first admin) in DATABASE_URL or the embedded database. */
async function main() {
  const options = readOptions(process.argv.slice(2), ["email", "name", "role"] as const, USAGE);
  if (!options.email) throw new UsageError(`--email is required.\n${USAGE}`);
  const role = options.role ?? "reader";
  const name = options.name ?? options.email.split("@")[0] ?? options.email;
  const password = await readNewPassword("DRAFTWATCH_USER_PASSWORD");

  const { DATABASE_URL, DRAFTWATCH_DATA_DIR } = env();
  await withSelectedDatabase({ databaseUrl: DATABASE_URL, dataDir: DRAFTWATCH_DATA_DIR, log: console.error }, async ({ url }) => {
    const db = createDatabase(url);
    try {
      const user = await createUser({ name, email: options.email, role, password }, { actorId: null, reason: "npm run user:create" }, db);
      console.log(`Created ${user.role} ${user.email} (${user.name}).`);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof InvalidInputError) {
    const details = Object.entries(error.fieldErrors).map(([field, messages]) => `  ${field}: ${messages.join(" ")}`);
    console.error(["Could not create the user:", ...details].join("\n"));
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
});
