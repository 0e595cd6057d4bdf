// npm run admin:create -- --email <address> [--name "<full name>"] [--password-stdin] [--force]
// Creates an administrator, for a new installation where nobody can sign in yet. Without --password-stdin
// it prints a generated temporary password once, to be changed at first sign-in. It refuses while an
// active administrator exists, unless --force (when every admin has lost access). Runs against the
// database `npm start` uses (DATABASE_URL, else the embedded one) and never adds demo data.
import "dotenv/config";
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";

const USAGE = 'usage: npm run admin:create -- --email admin@example.org [--name "Full Name"] [--password-stdin] [--force]';

const REASONS = {
  invalidEmail: "that is not a valid e-mail address",
  invalidName: "the name must have 1 to 120 characters",
  emailTaken: "an account with that e-mail already exists",
  adminExists: "an active administrator already exists: sign in as one and add users in the app (or pass --force)",
  tooShort: "the password must have at least 12 characters",
  tooLong: "the password must have at most 200 characters",
  containsEmail: "the password must not contain the e-mail address",
  tooCommon: "the password is too common",
};

function options() {
  try {
    const { values } = parseArgs({
      options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean" }, force: { type: "boolean" }, help: { type: "boolean" } },
    });
    if (values.help || !values.email) return null;
    return values;
  } catch {
    return null;
  }
}

async function readPassword() {
  let input = "";
  for await (const chunk of process.stdin) input += chunk;
  return input.split(/\r?\n/)[0] ?? "";
}

async function createAdmin(values) {
  const { prisma } = await import("../lib/db.ts");
  const { createAdminFromCommandLine } = await import("../lib/users/first-admin.ts");
  try {
    const result = await createAdminFromCommandLine(prisma, {
      email: values.email,
      name: values.name ?? values.email.split("@")[0],
      password: values["password-stdin"] ? await readPassword() : undefined,
      force: values.force,
    });
    if (!result.ok) {
      console.error(`[admin:create] not created: ${REASONS[result.reason] ?? result.reason}`);
      return 1;
    }
    console.log(`[admin:create] administrator ${result.email} created (id ${result.id}).`);
    if (result.temporaryPassword) {
      console.log(`[admin:create] temporary password, shown only now: ${result.temporaryPassword}`);
      console.log("[admin:create] sign in with it; the app then asks for a new password.");
    }
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

const values = options();
if (!values) {
  console.error(USAGE);
  process.exit(2);
}
if (process.env.ADMIN_CREATE_STAGE === "run") {
  process.exit(await createAdmin(values));
} else {
  // First make sure the database is up and migrated (scripts/with-db.mjs), then run this file again inside it.
  const child = spawn(
    process.execPath,
    ["scripts/with-db.mjs", process.execPath, "--conditions=react-server", "--import", "tsx", "scripts/admin-create.mjs", ...process.argv.slice(2)],
    { stdio: "inherit", env: { ...process.env, ADMIN_CREATE_STAGE: "run", DEMO_DATA: "0" } },
  );
  child.on("exit", (code) => process.exit(code ?? 1));
}
