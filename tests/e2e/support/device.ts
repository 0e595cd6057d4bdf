// What the browser keeps on the device (IndexedDB "trial-monitor", see lib/offline/device-db.ts), read from
// the page as the app itself would.
import type { Page } from "@playwright/test";

/** The device's copies of a report (every tab's), as stored. */
export function deviceCopies(page: Page, hearingId: number): Promise<{ hearingId: number; tab: string; dirty: boolean; pending: unknown }[]> {
  return page.evaluate((id) => new Promise((resolve, reject) => {
    const open = indexedDB.open("trial-monitor");
    // No database yet: do not create an empty one (the app would then find no stores); nothing is kept.
    let missing = false;
    open.onupgradeneeded = () => {
      missing = true;
      open.transaction?.abort();
    };
    open.onerror = () => (missing ? resolve([]) : reject(open.error));
    open.onsuccess = () => {
      const db = open.result;
      const request = db.transaction("drafts").objectStore("drafts").index("byHearing").getAll(id);
      request.onsuccess = () => {
        db.close();
        resolve(request.result);
      };
      request.onerror = () => reject(request.error);
    };
  }), hearingId);
}

/** How many pages the device keeps for the courtroom (the service worker's page caches, every version). */
export function keptPages(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith("trial-monitor-pages"));
    return (await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length))).reduce((a, b) => a + b, 0);
  });
}

/** The service workers registered for the app in this browser. */
export function workerRegistrations(page: Page): Promise<number> {
  return page.evaluate(async () => ("serviceWorker" in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0));
}
