import "dotenv/config";
import { defineConfig } from "prisma/config";
import { DEFAULT_DATABASE_URL } from "./scripts/lib/database-url.mjs";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "node --conditions=react-server --import tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  },
});
