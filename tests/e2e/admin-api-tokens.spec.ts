import { expect, test } from "@playwright/test";
import { createUser, db, uniqueSuffix } from "./support/db";
import { signInAsNewAdmin } from "./support/admin";

test.afterAll(() => db.$disconnect());

test("[ADMIN] issues an API token shown once, sees when it was last used, and revokes it", async ({ page, request }) => {
  const analyst = await createUser("ANALYST");
  const name = `Quarterly scripts ${uniqueSuffix()}`;
  await signInAsNewAdmin(page);
  await page.goto("/admin/api-tokens");
  await page.getByLabel("For", { exact: true }).selectOption({ label: `${analyst.name} (Legal analyst, ${analyst.email})` });
  await page.getByLabel("What it is for").fill(name);
  await page.getByRole("button", { name: "Issue token" }).click();
  const token = (await page.getByTestId("one-time-secret").textContent())!.trim();
  expect(token).toMatch(/^tm_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row.getByText("Not yet")).toBeVisible();

  const me = await request.get("/api/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ id: analyst.id, role: "ANALYST" });
  await page.reload();
  await expect(row.getByText("Not yet")).toHaveCount(0);
  // The token is never shown again.
  await expect(page.getByText(token)).toHaveCount(0);

  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("button", { name: `Confirm: Revoke ${name}` }).click();
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByText("Revoked")).toBeVisible();
  expect((await request.get("/api/me", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
});
