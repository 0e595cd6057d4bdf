import { listDrafts, newClientKey, removeDraft, writeDraft, type StoredDraft } from "./draft-store";

/**
 * Which tab this is, and which tabs are still open. A tab's id lives in its sessionStorage (so a reload
 * keeps it) and the tab holds a Web Lock named after it for as long as it is open; a copy of a report kept
 * by a tab whose lock is free belongs to a tab that is gone. Without Web Locks (old browsers) every other
 * tab counts as gone, which at worst offers one tab's unsaved changes to another: never a loss.
 */
const TAB_ID = "trial-monitor:tab";
const LOCK_PREFIX = "trial-monitor:tab:";

let current: Promise<string> | null = null;

function newTabId(): string {
  return newClientKey().slice(0, 12);
}

/**
 * Holds this tab's lock until the page goes. Resolves false when another open tab holds it (a duplicated
 * tab). The lock is let go as the page is hidden for good (reload, navigation away), so that the page that
 * replaces it finds it free at once: a reload must never look like a second tab, or the report's unsaved
 * copy would not be taken up. A page kept in the back/forward cache takes its lock again when shown.
 */
function holdLock(tab: string, waitMs: number): Promise<boolean> {
  if (!navigator.locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    navigator.locks
      .request(`${LOCK_PREFIX}${tab}`, { signal: AbortSignal.timeout(waitMs) }, () => {
        resolve(true);
        return new Promise<void>((release) => {
          window.addEventListener("pagehide", () => {
            release();
            window.addEventListener("pageshow", (event) => {
              if (event.persisted) void holdLock(tab, waitMs);
            }, { once: true });
          }, { once: true });
        });
      })
      .catch(() => resolve(false));
  });
}

/** This tab's id, once its lock is held. */
export function tabId(): Promise<string> {
  current ??= (async () => {
    let tab = sessionStorage.getItem(TAB_ID) ?? newTabId();
    // A duplicated tab starts with a copy of its original's sessionStorage: it needs an id of its own.
    while (!(await holdLock(tab, 4000))) tab = newTabId();
    sessionStorage.setItem(TAB_ID, tab);
    return tab;
  })();
  return current;
}

async function openTabs(): Promise<Set<string>> {
  if (!navigator.locks) return new Set();
  const { held = [] } = await navigator.locks.query();
  return new Set(held.map((lock) => lock.name ?? "").filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
}

/**
 * The unsaved copy of a report this tab should take up: its own (after a reload), else the latest one
 * left by a tab that is gone, which becomes this tab's. Copies of tabs still open are theirs.
 */
export async function claimDraft(hearingId: number): Promise<{ tab: string; draft: StoredDraft | null }> {
  const tab = await tabId();
  const open = await openTabs();
  const candidates = (await listDrafts(hearingId))
    .filter((d) => d.tab === tab || !open.has(d.tab))
    .sort((a, b) => Number(b.tab === tab) - Number(a.tab === tab) || b.updatedAt.localeCompare(a.updatedAt));
  const draft = candidates[0] ?? null;
  if (draft && draft.tab !== tab) {
    const adopted = { ...draft, tab };
    await writeDraft(adopted);
    await removeDraft(hearingId, draft.tab);
    return { tab, draft: adopted };
  }
  return { tab, draft };
}
