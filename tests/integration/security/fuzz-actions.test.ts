import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

// Server actions run as in the app, from the session to the SQL; only what Next.js provides around them
// is stood in for: the decoded session cookie and the request's headers and cookies.
let token: { uid: number; sv: number; sid: string } | null = null;
vi.mock("next-auth", () => ({ getServerSession: async () => token }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
const { buildFuzzWorld } = await import("../../support/fuzz-world");
const { openSession } = await import("@/lib/auth/user-sessions");
const { BAD_TEXT, stringPaths, withString } = await import("../../support/fuzz");
const { answerAll, heldFacts, newKey, scheduleDraft } = await import("../../support/hearing-fixtures");
const { submittedReport } = await import("../../support/review-fixtures");
const { saveHearingDraftAction } = await import("@/lib/hearings/actions");
const { correctReportAction, returnReportAction } = await import("@/lib/review/actions");
const { createFindingAction } = await import("@/lib/findings/actions");
const { createInterventionAction } = await import("@/lib/interventions/actions");
const { createUser } = await import("@/lib/users/actions");
const { issueToken } = await import("@/lib/api-tokens/actions");
const { createCourt, createRegion } = await import("@/lib/courts/actions");

type Action = (input: never) => Promise<ActionResult<unknown>>;
const ROLES: Role[] = ["MONITOR", "ANALYST", "MANAGER", "ADMIN"];

function actionModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : actionModules(full);
    return entry.name === "actions.ts" ? [full] : [];
  });
}

/** Whether a call ended as a 5xx would: thrown, or the wrapper's INTERNAL. */
async function fails(call: () => Promise<ActionResult<unknown>>): Promise<string | null> {
  try {
    const result = await call();
    // setLocale (a form's action) returns nothing; every other action an ActionResult.
    return result && !result.ok && result.code === "INTERNAL" ? "INTERNAL" : null;
  } catch (error) {
    return `threw ${(error as Error).message.slice(0, 200)}`;
  }
}

const deep = (levels: number) => {
  let value: unknown = "bottom";
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};
const GARBAGE: [string, unknown][] = [
  ["undefined", undefined], ["null", null], ["a number", 7], ["text with NUL", "x\u0000"], ["a list", [1, "2"]], ["an empty object", {}],
  ["6,000 levels of nesting", deep(6000)], ["a huge text", { text: "x".repeat(300_000) }], ["a prototype key", JSON.parse('{"__proto__": {"polluted": true}}')],
];

let world: Awaited<ReturnType<typeof buildFuzzWorld>>;
/** Signs in afresh: the sweep below calls "sign out everywhere" too. */
async function as(role: Role) {
  const { id } = world.users[role];
  const { sessionVersion } = await prisma.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
  token = { uid: id, sv: sessionVersion, sid: await openSession(id) };
}
beforeAll(async () => {
  world = await buildFuzzWorld();
}, 60_000);

describe("server actions given garbage", () => {
  it("every action of every lib/**/actions.ts, as every role, answers with a typed result and never fails", async () => {
    const failures: string[] = [];
    const modules = actionModules(path.resolve("lib"));
    expect(modules.length).toBeGreaterThan(10);
    for (const file of modules) {
      for (const [name, action] of Object.entries(await import(file)) as [string, Action][]) {
        for (const role of ROLES) {
          await as(role);
          await Promise.all(GARBAGE.map(async ([label, input]) => {
            const failure = await fails(() => action(input as never));
            if (failure) failures.push(`${path.relative("lib", file)} ${name} as ${role}, ${label}: ${failure}`);
          }));
        }
      }
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 60_000);
});

/**
 * Each string of a valid input, in turn, with NUL and lone surrogates added: a typed result, never a
 * failure. Free text absorbs them, so some calls must succeed (else the sweep tested nothing).
 */
async function fuzzStrings<T>(label: string, input: T, call: (input: T) => Promise<ActionResult<unknown>>, only: (path: string[]) => boolean = () => true) {
  const failures: string[] = [];
  let succeeded = 0;
  for (const at of stringPaths(input).filter(only)) {
    for (const bad of BAD_TEXT) {
      const mutated = withString(input, at, (old) => `${old.slice(0, 1)}${bad}${old.slice(1)}`);
      const failure = await fails(async () => {
        const result = await call(mutated);
        if (result.ok) succeeded++;
        return result;
      });
      if (failure) failures.push(`${label} ${at.join(".")} with ${JSON.stringify(bad)}: ${failure}`);
    }
  }
  if (!succeeded) failures.push(`${label}: no call succeeded`);
  return failures;
}

describe("text with NUL and lone surrogates in every field of the actions that write text", () => {
  it("a monitor's draft saves, its text stored without NUL and with U+FFFD for a lone surrogate, the audit entry written", async () => {
    await as("MONITOR");
    const draft = await scheduleDraft(world.users.MONITOR);
    let version = draft.version;
    const report = answerAll(draft.checklist, draft.kase, heldFacts());
    const save = async (values: typeof report) => {
      const result = await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: version, idempotencyKey: newKey(), report: values });
      if (result.ok) version = (result.data as { version: number }).version;
      return result;
    };
    const failures = await fuzzStrings("saveDraft", report, save, (at) => at[0] !== "answers");
    expect(failures).toEqual([]);

    const pasted = { ...report, facts: { ...report.facts, narrative: "Pasted \u0000text \uD83D\uDE00 cut \uD83D" }, personal: { ...report.personal, victimNames: "V.\u0000 V." } };
    const saved = await save(pasted);
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    const stored = await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId }, select: { narrative: true, personalData: { select: { victimNames: true } } } });
    expect(stored).toEqual({ narrative: "Pasted text \uD83D\uDE00 cut \uFFFD", personalData: { victimNames: "V. V." } });
  }, 60_000);

  it("reviews, findings, interventions, accounts, tokens, courts and regions", async () => {
    const failures: string[] = [];
    await as("ANALYST");
    const approved = world.params["review/[id]"]!.id!;
    const current = async () => (await prisma.hearing.findUniqueOrThrow({ where: { id: Number(approved) }, select: { version: true } })).version;
    const shown = answerAll((await scheduleDraft(world.users.MONITOR)).checklist, { category: "CRIMINAL", subject: "DOMESTIC_VIOLENCE" }, heldFacts(), ["PUB_LISTED"]);
    failures.push(...await fuzzStrings("correct", { reason: "The schedule was checked again.", report: { ...shown, answers: { ...shown.answers, PUB_LISTED: "YES" } } },
      async (input) => correctReportAction({ hearingId: Number(approved), baseVersion: await current(), ...input }), (at) => at[1] !== "answers"));
    failures.push(...await fuzzStrings("return", { general: "Please check.", questions: [{ code: "PUB_LISTED", body: "Was it listed?" }] },
      async (input) => {
        const submitted = await submittedReport(world.users.MONITOR);
        await as("ANALYST");
        return returnReportAction({ hearingId: submitted.hearingId, baseVersion: submitted.version, ...input });
      }));
    const standard = await prisma.standard.findUniqueOrThrow({ where: { number: 1 }, select: { id: true } });
    failures.push(...await fuzzStrings("createFinding", { standardId: standard.id, severity: "MINOR" as const, title: "Unlisted", description: "Not on the board." },
      (input) => createFindingAction({ ...input, hearingIds: [Number(approved)] })));
    failures.push(...await fuzzStrings("createIntervention", {
      institution: "COURT_PRESIDENT" as const, addressee: "President", courtId: null, type: "LETTER" as const, title: "Letter", description: "On listing.",
      sentAt: "2026-01-10", replyDueAt: "2026-02-10", repliedAt: "", reply: "", outcome: "PENDING" as const, findingIds: [],
    }, (input) => createInterventionAction(input)));

    await as("ADMIN");
    let n = 0;
    failures.push(...await fuzzStrings("createUser", { email: "fuzz@test.example", name: "Fuzz User", role: "ANALYST" as const, regionId: null, locale: "en" as const },
      (input) => createUser({ ...input, email: `${n++}${input.email}` })));
    failures.push(...await fuzzStrings("issueApiToken", { userId: world.users.ANALYST.id, name: "Fuzz token" }, (input) => issueToken(input)));
    const region = await prisma.region.findFirstOrThrow({ select: { id: true } });
    failures.push(...await fuzzStrings("createCourt", { code: "FZ", kind: "BASIC" as const, nameSq: "Gjykata", nameSr: "Sud", parentId: null, departments: ["GENERAL" as const] },
      (input) => createCourt({ ...input, code: `${input.code}${n++}`, regionId: region.id } as never)));
    failures.push(...await fuzzStrings("createRegion", { code: "FZ", nameSq: "Rajoni", nameSr: "Region" }, (input) => createRegion({ ...input, code: `${input.code}${n++}` })));
    expect(failures).toEqual([]);
  }, 90_000);
});
