import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/action-result";
import type { SaveResult } from "@/lib/hearings/save-result";
import type { HearingReportValues, SaveHearingDraftInput } from "@/lib/hearings/schema";
import type { StoredDraft } from "@/lib/offline/draft-store";
import { DEBOUNCE_MS, ReportSync, type SyncCallbacks } from "@/lib/offline/report-sync";
import { facts, personal } from "../hearings/report-fixtures";

/** The browser's side of the sync, faked: a server that answers as told, a storage map, a clock. */
function setup(options: { stored?: StoredDraft | null; serverVersion?: number; lastSaved?: number } = {}) {
  const values = (answers: Record<string, string>): HearingReportValues => ({ facts: facts(), personal: personal(), answers });
  const server = { hearingId: 7, userId: 3, caseNumber: "P. 1/2026", version: options.serverVersion ?? 3, values: values({}), updatedAt: "2026-03-10T10:00:00.000Z" };
  const storage = new Map<string, StoredDraft>();
  if (options.stored) storage.set(options.stored.tab, options.stored);
  const sent: SaveHearingDraftInput[] = [];
  const applied = new Map<string, SaveResult>();
  let version = server.version;
  let online = true;
  let answer: "ok" | "drop" | "conflict" | "closed" = "ok";
  const save = vi.fn(async (input: SaveHearingDraftInput): Promise<ActionResult<SaveResult>> => {
    // What went over the wire, as it was then (the real transport serialises the request at once).
    sent.push(structuredClone(input));
    if (!online) throw new TypeError("Failed to fetch");
    // Submitted from another device, or approved: the server refuses every save from now on.
    if (answer === "closed") return { ok: false, code: "INVALID_STATE", message: "errors.INVALID_STATE" };
    if (answer === "conflict") {
      version++;
      answer = "ok";
      return { ok: false, code: "CONFLICT", message: "errors.CONFLICT", details: { version, updatedAt: server.updatedAt, values: values({ OTHER: "YES" }) } };
    }
    // Like the server: a key already applied returns its first result; otherwise the version must match.
    const earlier = applied.get(input.idempotencyKey);
    let result = earlier;
    if (!result) {
      if (input.baseVersion !== version) return { ok: false, code: "CONFLICT", message: "errors.CONFLICT", details: { version, updatedAt: server.updatedAt, values: values({}) } };
      version++;
      result = { hearingId: 7, version, savedAt: "2026-03-10T10:05:00.000Z", cleared: { facts: [], personal: [], answers: [] }, delayMinutes: null, durationMinutes: null };
      applied.set(input.idempotencyKey, result);
    }
    if (answer === "drop") {
      answer = "ok";
      throw new TypeError("connection reset");
    }
    return { ok: true, data: result };
  });
  let keys = 0;
  const callbacks: SyncCallbacks = { isValid: () => true, onSaved: vi.fn(), onRestore: vi.fn(), onServerErrors: vi.fn(), onStaleRender: vi.fn(), onClosed: vi.fn() };
  const savedVersions = new Map<number, number>(options.lastSaved ? [[7, options.lastSaved]] : []);
  const sync = new ReportSync(server, {
    save,
    store: {
      claim: async () => ({ tab: "tab1", draft: storage.get("tab1") ?? null }),
      write: (draft) => (storage.set(draft.tab, structuredClone(draft)), true),
      remove: (_id, tab) => void storage.delete(tab),
      markSaved: (id, v) => void savedVersions.set(id, v),
      takeLastSaved: (id) => {
        const v = savedVersions.get(id) ?? null;
        savedVersions.delete(id);
        return v;
      },
    },
    isOnline: () => online,
    newKey: () => `key${++keys}`.padEnd(16, "0"),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  }, callbacks);
  return {
    sync, sent, storage, callbacks, values, savedVersions,
    setOnline: (value: boolean) => { online = value; },
    answerNext: (kind: "drop" | "conflict" | "closed") => { answer = kind; },
    serverVersion: () => version,
  };
}

const settle = () => vi.advanceTimersByTimeAsync(60_000);

describe("the report's background sync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it("keeps a change on the device at once and saves it after a pause, then forgets it", async () => {
    const t = setup();
    await t.sync.start();
    t.sync.change(t.values({ A: "YES" }));
    expect(t.storage.get("tab1")).toMatchObject({ dirty: true, values: { answers: { A: "YES" } } });
    expect(t.sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sent).toEqual([expect.objectContaining({ baseVersion: 3, report: t.values({ A: "YES" }) })]);
    expect(t.sync.getState()).toMatchObject({ status: "saved", savedAt: "2026-03-10T10:05:00.000Z" });
    expect(t.storage.size).toBe(0);
  });

  it("a replay sends exactly what the first try sent, though the form changes its values object in place", async () => {
    const t = setup();
    await t.sync.start();
    // react-hook-form hands out its own live object: later typing changes it in place.
    const live = t.values({ A: "YES" });
    t.sync.change(live);
    t.setOnline(false);
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    live.answers.B = "NO";
    live.facts.narrative = "Typed while the first save was waiting.";
    t.sync.change(live);
    expect(t.storage.get("tab1")?.pending?.values.answers).toEqual({ A: "YES" });
    t.setOnline(true);
    t.sync.online();
    await settle();
    const first = t.sent[0]!;
    const replays = t.sent.filter((s) => s.idempotencyKey === first.idempotencyKey);
    expect(replays.length).toBeGreaterThan(1);
    for (const replay of replays) expect(replay.report).toEqual(first.report);
    expect(t.sent.at(-1)!.report).toMatchObject({ answers: { A: "YES", B: "NO" }, facts: { narrative: "Typed while the first save was waiting." } });
  });

  it("a page rendered before this tab's last save landed asks for the report again, once", async () => {
    const stale = setup({ serverVersion: 3, lastSaved: 5 });
    await stale.sync.start();
    expect(stale.callbacks.onStaleRender).toHaveBeenCalledTimes(1);
    expect(stale.savedVersions.size).toBe(0);

    const fresh = setup({ serverVersion: 5, lastSaved: 5 });
    await fresh.sync.start();
    expect(fresh.callbacks.onStaleRender).not.toHaveBeenCalled();
    fresh.sync.change(fresh.values({ A: "YES" }));
    await settle();
    expect(fresh.savedVersions.get(7)).toBe(6);
  });

  it("offline, keeps the save with its key and replays it unchanged when back online", async () => {
    const t = setup();
    await t.sync.start();
    t.setOnline(false);
    t.sync.change(t.values({ A: "NO" }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.sync.getState().status).toBe("offline");
    t.sync.change(t.values({ A: "NO", B: "YES" }));
    expect(t.storage.get("tab1")?.pending?.key).toBe(t.sent[0]!.idempotencyKey);
    t.setOnline(true);
    t.sync.online();
    await settle();
    // The pending save goes first with its own key, then the later change with a new key on the new version.
    const keys = t.sent.map((s) => s.idempotencyKey);
    expect(keys[keys.length - 2]).toBe(t.sent[0]!.idempotencyKey);
    expect(t.sent.at(-1)).toMatchObject({ baseVersion: 4, report: t.values({ A: "NO", B: "YES" }) });
    expect(t.serverVersion()).toBe(5);
    expect(t.sync.getState().status).toBe("saved");
  });

  it("a save whose answer was lost is replayed with the same key and applied once", async () => {
    const t = setup();
    await t.sync.start();
    t.answerNext("drop");
    t.sync.change(t.values({ A: "YES" }));
    await settle();
    expect(t.sent.map((s) => s.idempotencyKey)).toEqual([t.sent[0]!.idempotencyKey, t.sent[0]!.idempotencyKey]);
    expect(t.serverVersion()).toBe(4);
    expect(t.sync.getState()).toMatchObject({ status: "saved", conflict: null });
  });

  it("a refused stale save blocks further saves until the monitor chooses a version", async () => {
    const t = setup();
    await t.sync.start();
    t.answerNext("conflict");
    t.sync.change(t.values({ A: "YES" }));
    await settle();
    expect(t.sync.getState()).toMatchObject({ status: "conflict", conflict: { version: 4 } });
    t.sync.change(t.values({ A: "YES", B: "NO" }));
    await settle();
    expect(t.sent).toHaveLength(1);
    expect(t.storage.get("tab1")).toMatchObject({ dirty: true, values: { answers: { A: "YES", B: "NO" } } });

    t.sync.keepTheirs();
    expect(t.callbacks.onRestore).toHaveBeenCalledWith(t.values({ OTHER: "YES" }));
    expect(t.sync.getState()).toMatchObject({ status: "saved", conflict: null });
    expect(t.storage.size).toBe(0);
  });

  it("keeping mine saves this device's values on top of the version that won", async () => {
    const t = setup({ serverVersion: 3 });
    await t.sync.start();
    t.answerNext("conflict");
    t.sync.change(t.values({ A: "YES" }));
    await settle();
    // The server is now at 4 (another tab); keeping mine sends against it.
    await vi.waitFor(() => expect(t.sync.getState().status).toBe("conflict"));
    t.sync.keepMine();
    await settle();
    expect(t.sent.at(-1)).toMatchObject({ baseVersion: 4, report: t.values({ A: "YES" }) });
  });

  it("after a reload, puts back unsaved values, and asks first when the server moved on", async () => {
    const stored = (baseVersion: number): StoredDraft => ({
      hearingId: 7, userId: 3, tab: "tab1", caseNumber: "P. 1/2026", baseVersion, values: { facts: facts(), personal: personal(), answers: { A: "NO" } },
      dirty: true, pending: null, updatedAt: "2026-03-10T10:01:00.000Z",
    });
    const same = setup({ stored: stored(3) });
    await same.sync.start();
    expect(same.callbacks.onRestore).toHaveBeenCalledWith(stored(3).values);
    await settle();
    expect(same.sent).toEqual([expect.objectContaining({ baseVersion: 3, report: stored(3).values })]);
    expect(same.sync.getState()).toMatchObject({ restored: true, status: "saved" });

    const moved = setup({ stored: stored(2) });
    await moved.sync.start();
    await settle();
    expect(moved.sent).toHaveLength(0);
    expect(moved.sync.getState()).toMatchObject({ restored: true, status: "conflict", conflict: { version: 3 } });
  });

  it("after submitting, nothing stays on the device and nothing more is sent", async () => {
    const t = setup();
    await t.sync.start();
    t.sync.change(t.values({ A: "YES" }));
    expect(await t.sync.settle()).toEqual({ baseVersion: 3, unsent: false });
    t.sync.markSubmitted();
    await settle();
    expect(t.sent).toHaveLength(0);
    expect(t.storage.size).toBe(0);
  });

  it("a report that can no longer be changed (submitted elsewhere, approved) clears the device's copy and says so", async () => {
    const t = setup();
    await t.sync.start();
    t.setOnline(false);
    t.sync.change(t.values({ A: "YES" }));
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS);
    expect(t.storage.get("tab1")).toMatchObject({ pending: { values: { answers: { A: "YES" } } } });

    t.answerNext("closed");
    t.setOnline(true);
    t.sync.online();
    await settle();
    expect(t.storage.size).toBe(0);
    expect(t.sync.getState().status).toBe("closed");
    expect(t.callbacks.onClosed).toHaveBeenCalledTimes(1);
    // Nothing more is tried: the refusal would be the same forever.
    const tries = t.sent.length;
    t.sync.change(t.values({ A: "NO" }));
    await settle();
    expect(t.sent).toHaveLength(tries);
    expect(t.storage.size).toBe(0);
  });

  it("the save and its key are on the device before the request leaves", async () => {
    const t = setup();
    await t.sync.start();
    let storedWhenSent: StoredDraft | undefined;
    // A device that takes its time to write (IndexedDB commits asynchronously).
    t.sync["deps"].store.write = (draft) => {
      const copy = structuredClone(draft);
      return new Promise((resolve) => setTimeout(() => resolve((t.storage.set(copy.tab, copy), true)), 50));
    };
    const save = t.sync["deps"].save;
    t.sync["deps"].save = async (input) => {
      storedWhenSent = structuredClone(t.storage.get("tab1"));
      return save(input);
    };
    t.sync.change(t.values({ A: "YES" }));
    await settle();
    expect(storedWhenSent?.pending?.key).toBe(t.sent[0]!.idempotencyKey);
  });

  it("a 'conflict' with a version holding exactly this device's values is no conflict: it is taken as saved", async () => {
    const stored: StoredDraft = {
      hearingId: 7, userId: 3, tab: "tab1", caseNumber: "P. 1/2026", baseVersion: 2, values: { facts: facts(), personal: personal(), answers: {} },
      dirty: true, pending: null, updatedAt: "2026-03-10T10:01:00.000Z",
    };
    // The server moved to version 3 with the same values (this device's own save, its answer lost).
    const t = setup({ stored, serverVersion: 3 });
    await t.sync.start();
    await settle();
    expect(t.sync.getState()).toMatchObject({ status: "saved", conflict: null });
    expect(t.storage.size).toBe(0);
    // The next change goes on top of the version that holds them.
    t.sync.change(t.values({ A: "NO" }));
    await settle();
    expect(t.sent.at(-1)).toMatchObject({ baseVersion: 3 });
  });
});
