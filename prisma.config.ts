import { defineConfig } from "prisma/config";

// The CLI only needs a URL for commands that talk to a database (migrate status,
// studio). The app itself never reads this file: lib/db.ts builds its own client.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed/cli.ts",
  },
  datasource: process.env.DATABASE_URL ? { url: process.env.DATABASE_URL } : {},
});
