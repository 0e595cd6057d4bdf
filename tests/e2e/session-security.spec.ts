import http from "node:http";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { createUser, db } from "./support/db";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

const PASSWORD = "E2E-Password-42";

/**
 * A sign-in through next-auth's endpoint, from a chosen local address (the whole of 127.0.0.0/8 is this
 * machine) and with whatever X-Forwarded-For a client cares to send: the error code, or null when it worked.
 */
async function signInFrom(baseURL: string, email: string, password: string, options: { localAddress?: string; forwardedFor?: string } = {}): Promise<string | null> {
  const url = new URL(baseURL);
  const call = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: url.port, method, path, localAddress: options.localAddress, headers }, (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (chunk) => (text += chunk)).on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      });
      req.on("error", reject);
      req.end(body);
    });
  const spoof: Record<string, string> = options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {};
  const csrf = await call("GET", "/api/auth/csrf", spoof);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
  const form = new URLSearchParams({ csrfToken: JSON.parse(csrf.body).csrfToken, email, password, json: "true" }).toString();
  const result = await call("POST", "/api/auth/callback/credentials", {
    ...spoof, cookie, "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1", "content-length": String(Buffer.byteLength(form)),
  }, form);
  return new URL(JSON.parse(result.body).url, baseURL).searchParams.get("error");
}

/** The session cookie a signed-in browser holds, as a Cookie header to replay later. */
async function sessionCookie(context: BrowserContext): Promise<string> {
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith("next-auth.session-token"));
  expect(session).toBeTruthy();
  return `${session!.name}=${session!.value}`;
}

const me = (request: APIRequestContext, cookie: string) => request.get("/api/me", { headers: { cookie } }).then((r) => r.status());

test("[ANONYMOUS] a made-up X-Forwarded-For neither spreads guesses nor locks the owner out, and the audit records the real address", async ({ baseURL }) => {
  const owner = await createUser("ANALYST");
  try {
    for (let i = 0; i < 5; i++) {
      expect(await signInFrom(baseURL!, owner.email, `wrong-${i}`, { forwardedFor: `198.51.100.${i}` })).toBe("INVALID_CREDENTIALS");
    }
    // Five guesses from this address, whatever each claimed: the address is locked out of the account…
    expect(await signInFrom(baseURL!, owner.email, PASSWORD, { forwardedFor: "198.51.100.200" })).toMatch(/^THROTTLED:\d+$/);
    // …and only this address: the owner signs in from another one.
    expect(await signInFrom(baseURL!, owner.email, PASSWORD, { localAddress: "127.0.0.2" })).toBeNull();
    const keys = (await db.loginThrottle.findMany({ where: { key: { contains: owner.email } } })).map((row) => row.key);
    expect(keys.some((key) => key.includes("198.51.100."))).toBe(false);

    const colleague = await createUser("MANAGER");
    expect(await signInFrom(baseURL!, colleague.email, PASSWORD, { localAddress: "127.0.0.3", forwardedFor: "203.0.113.77" })).toBeNull();
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "auth.signIn", actorId: colleague.id } });
    expect(entry.meta).toEqual({ address: "127.0.0.3" });
  } finally {
    // The suite's other specs sign in from this address too: leave it no failures to add up.
    await db.loginThrottle.deleteMany({ where: { OR: [{ key: { contains: owner.email } }, { key: { startsWith: "ip:" } }] } });
  }
});

test("[MONITOR] signing out ends the session on the server: the old cookie gets 401 from /api/me", async ({ page, context, request }) => {
  const user = await createUser("MONITOR");
  await signIn(page, user.email, PASSWORD);
  const cookie = await sessionCookie(context);
  expect(await me(request, cookie)).toBe(200);
  await page.goto("/hearings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await me(request, cookie)).toBe(401);
});

test("[ANALYST] 'sign out everywhere' on the account page ends every session of the account", async ({ page, context, browser, request }) => {
  const user = await createUser("ANALYST");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, user.email, PASSWORD);
  await signIn(page, user.email, PASSWORD);
  const cookies = [await sessionCookie(context), await sessionCookie(other)];
  for (const cookie of cookies) expect(await me(request, cookie)).toBe(200);

  await page.goto("/account/password");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login/);
  for (const cookie of cookies) expect(await me(request, cookie)).toBe(401);
  await otherPage.goto("/review");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();
});

test("[MONITOR] requests Next.js would refuse with a 500 get a 4xx: a path it cannot decode; server actions cross-site, over 1 MB, 6,000 levels deep", async ({ page, baseURL }) => {
  await signIn(page, "monitor@example.org");
  const post = (body: string, origin = baseURL!) =>
    page.request.post("/hearings/new", { headers: { "next-action": "7f00000000000000000000000000000000000000", origin, "content-type": "text/plain;charset=UTF-8" }, data: body }).then((r) => r.status());
  expect(await post("[{}]", "http://evil.example")).toBe(403);
  expect(await post(JSON.stringify([{ text: "x".repeat(1_100_000) }]))).toBe(413);
  expect(await post("[" + '{"a":'.repeat(6000) + "1" + "}".repeat(6000) + "]")).toBe(400);
  expect((await page.request.get("/cases/%E0%A4%A")).status()).toBe(400);
});
