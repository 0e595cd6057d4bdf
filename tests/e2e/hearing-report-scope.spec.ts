import { expect, test, type Request } from "@playwright/test";
import { createUser, db } from "./support/db";
import { choose, createDraftHearing, E2E_PASSWORD, expectSaved, group } from "./support/hearings";
import { signIn } from "./support/sign-in";

test.afterAll(() => db.$disconnect());

test("[MONITOR] another region's monitor gets not-found for the report's URL and its actions", async ({ page }) => {
  const owner = await createUser("MONITOR");
  const target = await createDraftHearing(owner.id);
  const stranger = await createUser("MONITOR", { region: "PRIZREN" });
  const own = await createDraftHearing(stranger.id, { court: "BC-PRIZREN", category: "CIVIL", subject: "PROPERTY", stage: "PRELIMINARY" });
  await signIn(page, stranger.email, E2E_PASSWORD);

  for (const url of [`/hearings/${target.hearingId}`, `/cases/${target.caseId}`]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  }

  // The stranger's own report: capture the save and the submit requests the browser really sends.
  await page.goto(`/hearings/${own.hearingId}`);
  const actionCalls: Request[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) actionCalls.push(request);
  });
  await choose(group(page, "What happened"), "Cancelled");
  await choose(group(page, "Was the hearing announced publicly?"), "Yes");
  const questions = page.locator("fieldset.question");
  for (let i = 0; i < (await questions.count()); i++) await choose(questions.nth(i), "Yes");
  await expectSaved(page);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByRole("button", { name: "Confirm: submit now" }).click();
  await expect(page.getByText(/Submitted for review on/)).toBeVisible();

  const save = actionCalls.find((r) => r.postData()?.includes('"idempotencyKey"'))!;
  const submit = actionCalls.findLast((r) => r.headers()["next-action"] !== save.headers()["next-action"] && r.postData()?.includes('"idempotencyKey"'))!;
  expect(save).toBeTruthy();
  expect(submit).toBeTruthy();
  for (const call of [save, submit]) {
    const body = call.postData()!
      .replace(`"hearingId":${own.hearingId}`, `"hearingId":${target.hearingId}`)
      .replace(/"baseVersion":\d+/, '"baseVersion":1')
      .replace(/"idempotencyKey":"\w+"/, `"idempotencyKey":"${"f".repeat(32)}${Date.now()}"`);
    expect(body).toContain(`"hearingId":${target.hearingId}`);
    const response = await page.request.post(call.url(), { headers: call.headers(), data: body });
    expect(await response.text()).toContain('"code":"NOT_FOUND"');
  }

  const untouched = await db.hearing.findUniqueOrThrow({ where: { id: target.hearingId }, include: { answers: true } });
  expect(untouched).toMatchObject({ version: 1, reviewState: "DRAFT", status: null, answers: [] });
  expect(await db.auditLog.count({ where: { entityType: "Hearing", entityId: String(target.hearingId) } })).toBe(0);
});

test("[ANALYST] opens any report read-only, with the names; [MANAGER] without them", async ({ browser }) => {
  const owner = await createUser("MONITOR");
  const { hearingId } = await createDraftHearing(owner.id);
  await db.hearingPersonalData.create({ data: { hearingId, defendantNames: "Z. W." } });
  for (const [role, showsNames] of [["ANALYST", true], ["MANAGER", false]] as const) {
    const user = await createUser(role);
    const page = await browser.newPage();
    await signIn(page, user.email, E2E_PASSWORD);
    await page.goto(`/hearings/${hearingId}`);
    await expect(page.getByRole("heading", { name: "Results by standard" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
    await expect(page.getByRole("radio")).toHaveCount(0);
    if (showsNames) await expect(page.getByText("Z. W.")).toBeVisible();
    else {
      await expect(page.getByText("Z. W.")).toHaveCount(0);
      await expect(page.getByText("Names are not shown to your role.")).toBeVisible();
    }
    await page.close();
  }
});
