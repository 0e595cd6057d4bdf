import { chromium } from "@playwright/test";
const base = "http://localhost:3041";
const [email, path, width, ...scrolls] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 740 } });
const page = await context.newPage();
await page.goto(base + "/login");
await page.getByLabel("E-mail").fill(email);
await page.getByLabel("Password").fill("Demo-Password-1");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/login"));
await page.goto(base + path);
await page.waitForTimeout(1500);
let i = 0;
for (const s of ["0", ...scrolls]) {
  if (s.startsWith("#")) await page.locator(s).scrollIntoViewIfNeeded();
  else await page.evaluate((y) => window.scrollTo(0, y), Number(s));
  await page.waitForTimeout(200);
  await page.screenshot({ path: `/tmp/shots/s${i++}.png` });
}
await browser.close();
