import { expect, test } from "@playwright/test";
import { createUser, db } from "./support/db";
import { signIn, signInWithForm } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

const HOMES = [
  { email: "monitor@example.org", path: "/hearings", heading: "My hearings" },
  { email: "monitor2@example.org", path: "/hearings", heading: "My hearings" },
  { email: "analyst@example.org", path: "/review", heading: "Review queue" },
  { email: "manager@example.org", path: "/dashboard", heading: "Dashboard" },
  { email: "admin@example.org", path: "/admin/users", heading: "Users" },
];

for (const home of HOMES) {
  test(`[${home.email}] signs in with the demo password and lands on the role's home`, async ({ page }) => {
    await signInWithForm(page, home.email);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: home.heading })).toBeVisible();
  });
}

test("[ANONYMOUS] the sign-in page lists the demo accounts while demo data is in use", async ({ page }) => {
  await page.goto("/login");
  const demo = page.getByRole("region", { name: "Demo accounts" });
  for (const { email } of HOMES) await expect(demo.getByText(email, { exact: true })).toBeVisible();
});

test("[ANONYMOUS] a wrong password is refused with a clear message", async ({ page }) => {
  const user = await createUser("ANALYST");
  await signInWithForm(page, user.email, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "The e-mail or password is not right." })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[ANONYMOUS] an inactive user is refused with a clear message", async ({ page }) => {
  const user = await createUser("MONITOR", { active: false });
  await signInWithForm(page, user.email, "E2E-Password-42");
  await expect(page.getByRole("alert").filter({ hasText: "This account has been deactivated" })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("[ANONYMOUS] pages redirect to the sign-in page and API routes answer 401", async ({ page, request }) => {
  await page.goto("/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Freview/);
  const api = await request.get("/api/reports/compliance");
  expect(api.status()).toBe(401);
  expect((await request.get("/api/health")).status()).toBe(200);
});

test("[MONITOR] after signing in from a deep link, returns to it; other roles' pages do not exist", async ({ page }) => {
  await page.goto("/hearings");
  await expect(page).toHaveURL(/callbackUrl=%2Fhearings/);
  await page.getByLabel("E-mail").fill("monitor@example.org");
  await page.getByLabel("Password").fill("Demo-Password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/hearings$/);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("[MONITOR] signs out and is signed out", async ({ page }) => {
  await signIn(page, "monitor@example.org");
  await page.goto("/hearings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/hearings");
  await expect(page).toHaveURL(/\/login/);
});

test("[ANALYST] switches the interface to Albanian and the choice is remembered on the account", async ({ page, browser }) => {
  const user = await createUser("ANALYST");
  await signIn(page, user.email, "E2E-Password-42");
  await page.goto("/review");
  await page.getByLabel("Language").selectOption("sq");
  await expect(page.getByRole("heading", { level: 1, name: "Radha e shqyrtimit" })).toBeVisible();
  // Another browser, same account: the language follows the user.
  const other = await browser.newPage();
  await signIn(other, user.email, "E2E-Password-42");
  await other.goto("/review");
  await expect(other.getByRole("heading", { level: 1, name: "Radha e shqyrtimit" })).toBeVisible();
  await other.close();
});

test("[MONITOR] the shell works on a 375 px phone: the menu opens by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, "monitor@example.org");
  await page.goto("/hearings");
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  await expect(nav).toBeHidden();
  await page.getByText("Menu").focus();
  await page.keyboard.press("Enter");
  await expect(nav.getByRole("link", { name: "My hearings" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
