import type { ActionResult } from "@/lib/actions/action-result";
import type { ConflictDetails } from "@/lib/hearings/conflict";
import { diffReports } from "@/lib/hearings/report-diff";
import type { SaveResult } from "@/lib/hearings/save-result";
import type { HearingReportValues } from "@/lib/hearings/schema";
import type { StoredDraft } from "./draft-types";
import type { ServerReport, SyncCallbacks, SyncDependencies, SyncState } from "./report-sync-types";

export type { ServerReport, SyncCallbacks, SyncDependencies, SyncState, SyncStatus } from "./report-sync-types";

export const DEBOUNCE_MS = 1200;
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps a report in step with the server without ever losing a change. Every change is written to the
 * device at once and saved in the background after a pause (or when a field is left). A save in flight
 * keeps its idempotency key until the server answers, so a save replayed after a lost connection or a
 * reload is applied once. A stale save is refused by the server: the report then waits for the monitor to
 * choose between the two versions. No React here: the browser's pieces (the action, storage, timers,
 * connectivity) come in as dependencies, so the rules can be tested on their own.
 */
export class ReportSync {
  private state: SyncState = { status: "saved", conflict: null, savedAt: null, restored: false, storageWorks: true };
  private readonly listeners = new Set<() => void>();
  private draft: StoredDraft;
  private inflight: Promise<void> | null = null;
  private timer: unknown = null;
  private retryDelay = FIRST_RETRY_MS;
  private blocked: "conflict" | "locked" | null = null;
  /** Unknown until start() has claimed the tab's copy; nothing is written to the device before. */
  private tab: string | null = null;

  constructor(
    private readonly server: ServerReport,
    private readonly deps: SyncDependencies,
    private callbacks: SyncCallbacks,
  ) {
    this.draft = this.cleanDraft(server.version, server.values);
  }

  getState = (): SyncState => this.state;

  setCallbacks(callbacks: SyncCallbacks) {
    this.callbacks = callbacks;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Puts back what this device had not saved yet, and sends it (or asks, if the server moved on). */
  async start() {
    const { tab, draft: local } = await this.deps.store.claim(this.server.hearingId);
    this.tab = tab;
    this.draft.tab = tab;
    const lastSaved = this.deps.store.takeLastSaved?.(this.server.hearingId) ?? null;
    if (!local || (!local.pending && !local.dirty)) {
      if (local) void this.deps.store.remove(this.server.hearingId, tab);
      if (this.draft.dirty) void this.persist();
      else if (lastSaved !== null && lastSaved > this.server.version) this.callbacks.onStaleRender?.();
      return;
    }
    this.draft = { ...local };
    this.callbacks.onRestore(local.values);
    this.set({ restored: true });
    // Unsent changes made on an older version than the server's: someone saved in between. (A save in flight
    // is replayed instead: if it was applied before the connection dropped, the server answers with its result.)
    if (!local.pending && local.baseVersion !== this.server.version) {
      this.block({ version: this.server.version, values: this.server.values, updatedAt: this.server.updatedAt });
    } else {
      void this.run();
    }
  }

  /** The form changed: keep it on the device now, save it after a pause. */
  change(values: HearingReportValues) {
    // Closed for good: nothing typed now can ever be saved, so nothing is kept either.
    if (this.state.status === "closed") return;
    // A copy: the form keeps changing its own object, and what is kept here must not change under us.
    this.draft.values = structuredClone(values);
    this.draft.dirty = true;
    void this.persist();
    if (this.blocked) return;
    this.set({ status: this.deps.isOnline() ? "pending" : "offline" });
    this.schedule(DEBOUNCE_MS);
  }

  /** A field was left: save now. */
  leaveField() {
    if (this.draft.dirty && !this.blocked) this.schedule(0);
  }

  online() {
    this.retryDelay = FIRST_RETRY_MS;
    if (this.draft.dirty || this.draft.pending) void this.run();
  }

  offline() {
    if (!this.blocked && (this.draft.dirty || this.draft.pending)) this.set({ status: "offline" });
  }

  /** Waits for the save in flight: the version to submit against is then the current one. */
  async settle(): Promise<{ baseVersion: number; unsent: boolean }> {
    this.cancelTimer();
    if (this.inflight) await this.inflight;
    return { baseVersion: this.draft.baseVersion, unsent: !!this.draft.pending };
  }

  /** The report was submitted: nothing is left to keep on the device. */
  markSubmitted() {
    this.blocked = "locked";
    this.cancelTimer();
    this.draft = this.cleanDraft(this.draft.baseVersion, this.draft.values);
    if (this.tab) void this.deps.store.remove(this.server.hearingId, this.tab);
  }

  /** Another save won meanwhile (found on submit): the same choice as for a refused background save. */
  reportConflict(details: ConflictDetails) {
    this.draft.dirty = true;
    void this.persist();
    this.block(details);
  }

  /** Drops this device's changes for the version that won. */
  keepTheirs() {
    const theirs = this.state.conflict;
    if (!theirs) return;
    this.draft = this.cleanDraft(theirs.version, theirs.values);
    void this.persist();
    this.blocked = null;
    this.callbacks.onRestore(theirs.values);
    this.set({ conflict: null, status: "saved" });
  }

  /** Saves this device's values over the version that won, knowingly. */
  keepMine() {
    const theirs = this.state.conflict;
    if (!theirs) return;
    this.draft.baseVersion = theirs.version;
    this.draft.dirty = true;
    void this.persist();
    this.blocked = null;
    this.set({ conflict: null });
    void this.run();
  }

  /** Stops pending timers (the page is leaving); what is unsaved stays on the device. */
  dispose() {
    this.cancelTimer();
  }

  private run(): Promise<void> {
    if (this.blocked) return Promise.resolve();
    if (this.inflight) return this.inflight;
    this.inflight = this.send().finally(() => {
      this.inflight = null;
    });
    return this.inflight;
  }

  private async send(): Promise<void> {
    const draft = this.draft;
    if (!draft.pending) {
      if (!draft.dirty) return this.set({ status: "saved" });
      if (!this.callbacks.isValid(draft.values)) return this.set({ status: "invalid" });
      // The request is frozen with its key: a replay must send exactly what the first try sent, or the
      // server rightly refuses the key as used for another request.
      draft.pending = { key: this.deps.newKey(), baseVersion: draft.baseVersion, values: structuredClone(draft.values) };
      draft.dirty = false;
      // On the device before it is on the wire: a page closed while the request is out must find its key
      // on reopening, or the replay would go under a new key and meet its own save as a conflict.
      await this.persist();
      if (this.draft !== draft) return;
    }
    const pending = draft.pending;
    this.set({ status: "saving" });
    let result: ActionResult<SaveResult>;
    try {
      result = await this.deps.save({ hearingId: draft.hearingId, baseVersion: pending.baseVersion, idempotencyKey: pending.key, report: pending.values });
    } catch {
      // No answer (offline, the connection dropped): the same request is replayed later with the same key.
      this.set({ status: this.deps.isOnline() ? "error" : "offline" });
      return this.retryLater();
    }
    if (this.draft !== draft) return;
    if (result.ok) {
      draft.pending = null;
      draft.baseVersion = result.data.version;
      this.deps.store.markSaved?.(draft.hearingId, result.data.version);
      void this.persist();
      this.retryDelay = FIRST_RETRY_MS;
      this.callbacks.onSaved(result.data, pending.values);
      this.set({ savedAt: result.data.savedAt, status: draft.dirty ? "pending" : "saved" });
      if (draft.dirty) this.schedule(0);
      return;
    }
    if (result.code === "INTERNAL" || result.code === "RATE_LIMITED") {
      this.set({ status: "error" });
      return this.retryLater();
    }
    // Refused: nothing was written; the values wait on the device as unsaved changes.
    draft.pending = null;
    draft.dirty = true;
    void this.persist();
    switch (result.code) {
      case "CONFLICT":
        return this.block(result.details as ConflictDetails);
      case "VALIDATION":
        this.callbacks.onServerErrors(result.fieldErrors ?? {});
        return this.set({ status: "invalid" });
      case "UNAUTHENTICATED":
        return this.set({ status: "signedOut" });
      case "INVALID_STATE":
      case "NOT_FOUND":
        return this.close();
      default:
        this.blocked = "locked";
        return this.set({ status: "locked" });
    }
  }

  /**
   * The server says the report can no longer be changed (submitted from another device, approved, or no
   * longer this monitor's): keeping the copy would promise a save that can never happen, so it is cleared
   * and the page says why.
   */
  private close() {
    this.blocked = "locked";
    this.cancelTimer();
    this.draft = this.cleanDraft(this.draft.baseVersion, this.draft.values);
    if (this.tab) void this.deps.store.remove(this.server.hearingId, this.tab);
    this.set({ status: "closed" });
    this.callbacks.onClosed?.();
  }

  private block(conflict: ConflictDetails) {
    // The version that won holds exactly this device's values (typically this device's own save, which reached
    // the server though the device never learnt it): there is nothing to choose.
    if (!diffReports(conflict.values, this.draft.values).length) {
      this.draft = this.cleanDraft(conflict.version, this.draft.values);
      void this.persist();
      this.deps.store.markSaved?.(this.server.hearingId, conflict.version);
      this.blocked = null;
      return this.set({ conflict: null, status: "saved" });
    }
    this.blocked = "conflict";
    this.cancelTimer();
    this.set({ conflict, status: "conflict" });
  }

  private cleanDraft(version: number, values: HearingReportValues): StoredDraft {
    return {
      hearingId: this.server.hearingId, userId: this.server.userId, tab: this.tab ?? "", caseNumber: this.server.caseNumber, baseVersion: version, values,
      dirty: false, pending: null, updatedAt: (this.deps.now?.() ?? new Date()).toISOString(),
    };
  }

  /** Resolves once the device holds it. Writes are queued in the order made (IndexedDB runs them in order). */
  private async persist(): Promise<void> {
    const draft = this.draft;
    draft.updatedAt = (this.deps.now?.() ?? new Date()).toISOString();
    if (!this.tab) return;
    if (!draft.dirty && !draft.pending) return this.deps.store.remove(draft.hearingId, this.tab);
    // The store takes a copy of the draft at once: later changes do not reach this write.
    const stored = await this.deps.store.write(draft);
    if (stored !== this.state.storageWorks) this.set({ storageWorks: stored });
  }

  private schedule(delay: number) {
    this.cancelTimer();
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.run();
    }, delay);
  }

  private retryLater() {
    this.schedule(this.retryDelay);
    this.retryDelay = Math.min(MAX_RETRY_MS, this.retryDelay * 2);
  }

  private cancelTimer() {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private set(patch: Partial<SyncState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
