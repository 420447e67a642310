import { withSelectedDatabase } from "@/lib/database/connection";
import { createDatabase } from "@/lib/db";
import { createApiToken } from "@/lib/data/tokens/create-api-token";
import { env } from "@/lib/env";
import { InvalidInputError } from "@/lib/errors";
import { UsageError, readOptions } from "./cli-args";

const USAGE = 'Usage: npm run token:create -- --email ana@example.org [--name "CI import"]';

/**
 * `npm run token:create`: a new API token for an existing, active user, for scripts
 * and CI. Prints only the token on stdout (everything else goes to stderr).
 */
async function main() {
  const options = readOptions(process.argv.slice(2), ["email", "name"] as const, USAGE);
  if (!options.email) throw new UsageError(`--email is required.\n${USAGE}`);
  const email = options.email.trim().toLowerCase();
  const name = options.name ?? `Command line, ${new Date().toISOString().slice(0, 10)}`;

  const { DATABASE_URL, DRAFTWATCH_DATA_DIR } = env();
  await withSelectedDatabase({ databaseUrl: DATABASE_URL, dataDir: DRAFTWATCH_DATA_DIR, log: console.error }, async ({ url }) => {
    const db = createDatabase(url);
    try {
      const user = await db.user.findUnique({ where: { email }, select: { id: true, deactivatedAt: true } });
      if (!user) throw new UsageError(`There is no user ${email}. Create one with npm run user:create.`);
      if (user.deactivatedAt) throw new UsageError(`${email} is deactivated; an admin can reactivate them under /admin/users.`);
      const created = await createApiToken({ userId: user.id }, { name }, { actorId: null, reason: "npm run token:create" }, db);
      console.error(`Created token “${created.name}” for ${email}. It is shown only now:`);
      console.log(created.token);
    } finally {
      await db.$disconnect();
    }
  });
}

main().catch((error: unknown) => {
  if (error instanceof InvalidInputError) {
    const details = Object.entries(error.fieldErrors).map(([field, messages]) => `  ${field}: ${messages.join(" ")}`);
    console.error(["Could not create the token:", ...details].join("\n"));
  } else {
    console.error(error instanceof Error ? error.message : String(error));
  }
  process.exit(1);
});
