import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbedded } from "@/scripts/lib/embedded-db.mjs";

// A PostgreSQL of this file's own, so that it can be stopped under the running route.
const port = await new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});
const dir = mkdtempSync(path.join(os.tmpdir(), "health-"));
const url = `postgresql://postgres:postgres@127.0.0.1:${port}/health`;
const server = await startEmbedded(url, { dataDir: path.join(dir, "data"), durable: false, log: () => {} });
process.env.DATABASE_URL = url;
const { GET } = await import("@/app/api/health/route");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("GET /api/health", () => {
  it("is 200 while the database answers, 503 once it has stopped", async () => {
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ok", database: "ok" });

    await server.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "degraded", database: "unreachable" });
  });
});
