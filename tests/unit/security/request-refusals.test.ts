import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES, actionBodyProblem, jsonDepth, refuseActionRequest, refuseMalformedRequest } from "@/lib/security/request-refusals";

const action = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://app.example/hearings/new", {
    method: "POST",
    body,
    headers: { host: "app.example", origin: "http://app.example", "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", ...headers },
  });

describe("server action requests Next.js would answer with a 500", () => {
  it("measures nesting outside strings", () => {
    expect(jsonDepth('[{"a":[1,2]}]')).toBe(3);
    expect(jsonDepth('["[[[[", "\\"[["]')).toBe(1);
    expect(jsonDepth("[".repeat(6000), 100)).toBe(101);
  });

  it("names what is wrong with a body", () => {
    expect(actionBodyProblem(JSON.stringify([{ hearingId: 1, report: { facts: {} } }]))).toBeNull();
    expect(actionBodyProblem("[" + "[".repeat(6000) + "]".repeat(6000) + "]")).toMatch(/nested deeper/);
    expect(actionBodyProblem("{not json")).toBe("not valid JSON");
    expect(actionBodyProblem('{"a":1}')).toBe("not a list of arguments");
    expect(actionBodyProblem(JSON.stringify(Array(1001).fill(0)))).toMatch(/more than 1000/);
  });

  it("refuses a cross-site origin (403), a body over the limit (413) and a body React cannot decode (400)", async () => {
    expect(await refuseActionRequest(action("[{}]"))).toBeNull();
    expect(await refuseActionRequest(action("[{}]", { origin: "http://evil.example" }))).toHaveProperty("status", 403);
    expect(await refuseActionRequest(action("[{}]", { origin: "null" }))).toHaveProperty("status", 403);
    expect(await refuseActionRequest(action(JSON.stringify(["x".repeat(ACTION_BODY_LIMIT_BYTES)])))).toHaveProperty("status", 413);
    expect(await refuseActionRequest(action("{not json"))).toHaveProperty("status", 400);
  });

  it("lets through what is not a fetched action, and leaves multipart bodies to Next.js", async () => {
    expect(await refuseActionRequest(new Request("http://app.example/hearings", { method: "POST", body: "{", headers: { origin: "http://evil.example" } }))).toBeNull();
    expect(await refuseActionRequest(action("--boundary", { "content-type": "multipart/form-data; boundary=boundary" }))).toBeNull();
    // Behind a proxy, the forwarded host is the one the browser addressed.
    expect(await refuseActionRequest(action("[{}]", { host: "127.0.0.1:3000", "x-forwarded-host": "app.example" }))).toBeNull();
  });
});

describe("paths Next.js cannot decode", () => {
  it("get a 400; well-formed paths go through", async () => {
    expect(await refuseMalformedRequest(new Request("http://app.example/cases/%E0%A4%A"))).toHaveProperty("status", 400);
    expect(await refuseMalformedRequest(new Request("http://app.example/cases/%C3%AB?q=%E0%A4%A"))).toBeNull();
  });
});
