import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";

// Pages and route handlers run as in the app, from the session to the SQL; only what Next.js provides
// around them is stood in for: the decoded session cookie, the request's headers, and next-intl's
// request scope (built from the app's own i18n request config).
let token: { uid: number; sv: number; sid: string } | null = null;
vi.mock("next-auth", () => ({ getServerSession: async () => token }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const config = async () => (await import("@/lib/i18n/request")).default as unknown as () => Promise<Parameters<typeof createTranslator>[0]>;
  return {
    getRequestConfig: (fn: unknown) => fn,
    getTranslations: async (arg?: string | { namespace?: string }) => createTranslator({ ...(await (await config())()), namespace: typeof arg === "string" ? arg : arg?.namespace } as never),
    getFormatter: async () => createFormatter(await (await config())() as never),
    getLocale: async () => (await (await config())()).locale,
  };
});
const { buildFuzzWorld } = await import("../../support/fuzz-world");
const { BAD_VALUES, isNextControlFlow, recordingParams, runServerTree } = await import("../../support/fuzz");

const ROOT = path.resolve("app");
const ROLES: (Role | "ANONYMOUS")[] = ["MONITOR", "ANALYST", "MANAGER", "ADMIN", "ANONYMOUS"];
/** The home page only sends each role to its own. */
const REDIRECT_ONLY = new Set([""]);

function files(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full, name) : entry.name === name ? [full] : [];
  });
}
/** "app/(app)/review/[id]/page.tsx" → "review/[id]". */
const routeOf = (file: string) => path.relative(ROOT, path.dirname(file)).split(path.sep).filter((p) => !/^\(.*\)$/.test(p)).join("/");

let world: Awaited<ReturnType<typeof buildFuzzWorld>>;
beforeAll(async () => {
  world = await buildFuzzWorld();
}, 60_000);

type Outcome = "ok" | "control" | Error;
async function settle(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await runServerTree(await run());
    return "ok";
  } catch (error) {
    return isNextControlFlow(error) ? "control" : (error as Error);
  }
}

/** Query strings a page needs to get past "not found" to the code that reads the rest. */
const PAGE_BASES: Record<string, Record<string, string>[]> = {
  "reports/hearings": [{ measure: "hearings", groupBy: "month", group: "2025-03" }, { measure: "verdicts", groupBy: "month", group: "2025-03" }],
};

describe("fuzzed query strings and route parameters never make a page fail", () => {
  it("every page, as a role that may open it, with each parameter it reads set to each bad value", async () => {
    const failures: string[] = [];
    const pages = await Promise.all(files(ROOT, "page.tsx").map(async (file) => ({ route: routeOf(file), page: await import(file) })));
    // First pass: the first role that may open each page (the role matrix tests the others), and which
    // names the page reads.
    const plans = [];
    const everyName = new Set<string>();
    for (const { route, page } of pages) {
      const dynamic = [...route.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!);
      const valid = world.params[route] ?? {};
      expect(dynamic.filter((name) => !(name in valid)), `fuzz-world has no ${route} record`).toEqual([]);
      const call = (params: Record<string, unknown>, searchParams: unknown) => async () => {
        const args = { params: Promise.resolve(params), searchParams: Promise.resolve(searchParams) };
        if (page.generateMetadata) await page.generateMetadata(args);
        return page.default(args);
      };
      for (const base of PAGE_BASES[route] ?? [{}]) {
        const read = new Set<string>();
        const listed = { all: false };
        let role: (typeof ROLES)[number] | undefined;
        for (const candidate of ROLES) {
          token = candidate === "ANONYMOUS" ? null : world.tokens[candidate];
          const outcome = await settle(call(valid, recordingParams(base, read, listed)));
          if (outcome instanceof Error) failures.push(`${route} as ${candidate}, no parameters: ${outcome.message.slice(0, 200)}`);
          if (outcome === "ok") {
            role = candidate;
            break;
          }
        }
        if (REDIRECT_ONLY.has(route)) continue;
        expect(role, `no role opens ${route}`).toBeDefined();
        read.forEach((name) => everyName.add(name));
        plans.push({ route, call, valid, dynamic, base, read, listed, role: role! });
      }
    }
    // Second pass: each name read, set to each bad value, as the first role that may open the page. A page
    // that lists its query string gets every name any page reads, all at once.
    for (const { route, call, valid, dynamic, base, read, listed, role } of plans) {
      token = role === "ANONYMOUS" ? null : world.tokens[role];
      for (const { kind, value } of BAD_VALUES) {
        const probes: [string, Record<string, unknown>, Record<string, unknown>][] = [
          ...[...read].map((name): [string, Record<string, unknown>, Record<string, unknown>] => [name, valid, { ...base, [name]: value }]),
          ...dynamic.map((name): [string, Record<string, unknown>, Record<string, unknown>] => [name, { ...valid, [name]: value }, base]),
          ...(listed.all ? [["every name", valid, { ...Object.fromEntries([...everyName].map((name) => [name, value])), ...base }] as [string, Record<string, unknown>, Record<string, unknown>]] : []),
        ];
        for (const [name, params, searchParams] of probes) {
          const outcome = await settle(call(params, searchParams));
          if (outcome instanceof Error) failures.push(`${route} as ${role}, ${name} = ${kind}: ${outcome.message.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});

/** Query strings that pass validation save for the parameter under test, per route handler. */
const ROUTE_BASE: Record<string, string> = {
  "api/exports/hearings": "from=2025-01-01&to=2025-12-31",
  "api/exports/report-table": "from=2025-01-01&to=2025-12-31&table=standards",
  "api/exports/dashboard-table": "from=2025-01-01&to=2025-12-31&table=conduct",
  "api/reports/compliance": "from=2025-01-01&to=2025-12-31",
  "api/me": "",
  "api/health": "",
};
const ROUTE_PARAMETERS = ["from", "to", "region", "court", "category", "subject", "standard", "minN", "groupBy", "group", "measure", "format", "table", "by", "focus", "attribute", "q"];
/** next-auth's own handler: its input is next-auth's to check. */
const NOT_OURS = new Set(["api/auth/[...nextauth]"]);

describe("fuzzed query strings never make a route handler fail", () => {
  it("every route handler, with every parameter set to each bad value, answers below 500 and streams to the end", async () => {
    token = world.tokens.ANALYST;
    const failures: string[] = [];
    const routes = files(ROOT, "route.ts").map((file) => ({ file, route: routeOf(file) })).filter(({ route }) => !NOT_OURS.has(route));
    expect(routes.map((r) => r.route).filter((route) => !(route in ROUTE_BASE))).toEqual([]);
    for (const { file, route } of routes) {
      const handler = (await import(file)).GET as (req: NextRequest) => Promise<Response>;
      const variants: [string, URLSearchParams][] = [["none", new URLSearchParams(ROUTE_BASE[route])]];
      for (const name of ROUTE_PARAMETERS) {
        for (const { kind, value } of BAD_VALUES) {
          const query = new URLSearchParams(ROUTE_BASE[route]);
          query.delete(name);
          for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
          variants.push([`${name} = ${kind}`, query]);
        }
      }
      for (const [label, query] of variants) {
        try {
          const response = await handler(new NextRequest(`http://localhost/${route}?${query}`));
          await response.arrayBuffer();
          if (response.status >= 500) failures.push(`${route}, ${label}: ${response.status}`);
        } catch (error) {
          failures.push(`${route}, ${label}: ${(error as Error).message.slice(0, 200)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
