import { expect, test, type Request } from "@playwright/test";
import { createUser, db } from "./support/db";
import { createDraftHearing } from "./support/hearings";
import { pageFor, submitCancelledReport } from "./support/review";

test.afterAll(() => db.$disconnect());

/** What a report and its findings look like in the database, to compare before and after refused calls. */
async function snapshot(hearingId: number) {
  const hearing = await db.hearing.findUniqueOrThrow({ where: { id: hearingId }, select: { reviewState: true, version: true, reviewerId: true, approvedAt: true } });
  const findings = await db.findingHearing.count({ where: { hearingId } });
  const audit = await db.auditLog.count({ where: { entityType: "Hearing", entityId: String(hearingId) } });
  return { hearing, findings, audit };
}

test("[MONITOR] calling the approve or finding actions is refused and nothing changes; the review and findings pages do not exist for them", async ({ browser }) => {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const own = await createDraftHearing(monitor.id, { category: "CIVIL", subject: "PROPERTY" });
  const practice = await createDraftHearing(monitor.id, { category: "CIVIL", subject: "LABOUR" });
  const monitorPage = await pageFor(browser, monitor.email);
  await submitCancelledReport(monitorPage, own.hearingId);
  await submitCancelledReport(monitorPage, practice.hearingId);

  // The analyst approves one report and records a finding on it: the browser's real action calls are captured.
  const analystPage = await pageFor(browser, analyst.email);
  const calls: Request[] = [];
  analystPage.on("request", (request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) calls.push(request);
  });
  await analystPage.goto(`/review/${practice.hearingId}`);
  await analystPage.getByRole("button", { name: "Approve the report" }).click();
  await analystPage.getByRole("button", { name: "Confirm: approve now" }).click();
  await expect(analystPage.getByRole("status").filter({ hasText: "Approved on" })).toBeVisible();
  await analystPage.goto(`/findings/new?hearing=${practice.hearingId}`);
  await analystPage.getByLabel("Standard breached").selectOption({ index: 1 });
  await analystPage.getByLabel("Title").fill("Practice finding");
  await analystPage.getByLabel("Description").fill("Recorded to capture the call.");
  await analystPage.getByRole("button", { name: "Record the finding" }).click();
  await expect(analystPage.getByRole("heading", { level: 1, name: "Practice finding" })).toBeVisible();
  const approve = calls.find((r) => r.postData()?.includes('"baseVersion"') && !r.postData()?.includes('"title"'))!;
  const finding = calls.find((r) => r.postData()?.includes('"Practice finding"'))!;
  expect(approve).toBeTruthy();
  expect(finding).toBeTruthy();

  // The monitor replays both against their own submitted report.
  const before = await snapshot(own.hearingId);
  const replays = [
    approve.postData()!.replace(`"hearingId":${practice.hearingId}`, `"hearingId":${own.hearingId}`),
    finding.postData()!.replace(String(practice.hearingId), String(own.hearingId)),
  ];
  for (const [call, body] of [[approve, replays[0]!], [finding, replays[1]!]] as const) {
    expect(body).toContain(String(own.hearingId));
    const response = await monitorPage.request.post(call.url(), { headers: call.headers(), data: body });
    expect(await response.text()).toContain('"code":"FORBIDDEN"');
  }
  expect(await snapshot(own.hearingId)).toEqual(before);
  expect(await db.finding.count({ where: { createdById: monitor.id } })).toBe(0);

  for (const url of [`/review/${own.hearingId}`, "/review", "/findings", `/findings/new?hearing=${own.hearingId}`, "/interventions", "/audit"]) {
    const response = await monitorPage.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  // Their own report shows nothing of findings.
  await monitorPage.goto(`/hearings/${practice.hearingId}`);
  await expect(monitorPage.getByRole("heading", { name: "Results by standard" })).toBeVisible();
  await expect(monitorPage.getByText("Practice finding")).toHaveCount(0);
  await expect(monitorPage.getByRole("heading", { name: "Findings on this hearing" })).toHaveCount(0);
  await monitorPage.context().close();
  await analystPage.context().close();
});
