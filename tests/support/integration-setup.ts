// Runs before each integration test file: gives the file a database of its own, copied from the
// template that scripts/test.mjs migrated and filled with reference data, so files can run in parallel.
import { randomBytes } from "node:crypto";
import { afterAll } from "vitest";
import { createDatabase, dropDatabase } from "@/scripts/lib/test-database.mjs";

const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!adminUrl || !template) throw new Error("Integration tests need the test database: run them with `npm run test:integration`.");

const name = `it_${randomBytes(6).toString("hex")}`;
process.env.DATABASE_URL = await createDatabase(adminUrl, name, template);

afterAll(async () => {
  const { prisma } = await import("@/lib/db");
  await prisma.$disconnect();
  await dropDatabase(adminUrl, name);
});
