// The manager's dashboard over HTTP for scripts/bench/reports.mjs: signs in as the demo manager through
// next-auth's credentials endpoint, then times whole server renders of the dashboard and its pipeline list
// (request sent to the last byte of the HTML read).
import { timeIt } from "./timing.mjs";

const cookiesOf = (response) => response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);

async function signIn(base, email, password) {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed: HTTP ${response.status}`);
  return session;
}

export async function measureDashboardPages(base, views) {
  const cookie = await signIn(base, "manager@example.org", "Demo-Password-1");
  const q = (view) => new URLSearchParams(view).toString();
  const cases = [
    ["Dashboard, this year (the default view)", "/dashboard"],
    ["Dashboard, last year, all regions", `/dashboard?${q(views.lastYear)}`],
    ["Dashboard, last year, one region", `/dashboard?${q({ ...views.lastYear, region: "PEJE" })}`],
    ["Dashboard, last month, all regions", `/dashboard?${q(views.lastMonth)}`],
    ["Pipeline list: submitted over a week", "/dashboard/pipeline?stage=submitted&stale=1"],
  ];
  const results = [];
  for (const [name, path] of cases) {
    const render = async () => {
      const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("<h1>")) throw new Error(`${name}: HTTP ${response.status}`);
      return html.length;
    };
    const timing = await timeIt(render, { warmup: 3, runs: 30 });
    results.push({ name, path, median: timing.median, p95: timing.p95, bytes: timing.last });
  }
  return results;
}
