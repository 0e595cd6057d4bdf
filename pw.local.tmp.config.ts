import base from "/work/wt/issue-3/playwright.config";
export default { ...base, testDir: "/work/wt/issue-3/tests/e2e", webServer: undefined, use: { ...base.use, baseURL: "http://localhost:3041" } };
