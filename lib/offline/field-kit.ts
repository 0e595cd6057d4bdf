import { fieldKitAction } from "@/lib/hearings/actions";
import { ASSETS_CACHE, FIELD_KIT_HEADER, PAGES_CACHE } from "./cache-names";
import { deviceDb, type StoredFieldKit } from "./device-db";
import type { FieldKitManifest } from "./field-kit-types";
import { listDrafts } from "./draft-store";
import { clearStaleCopies, type ClearedCopy } from "./stale-copies";

export type FieldKitOutcome =
  | { ok: true; kit: StoredFieldKit; pages: number; failed: number; cleared: ClearedCopy[] }
  | { ok: false; reason: "offline" | "signedOut" | "noCache" | "failed" };

/** Build assets a page needs (its scripts and styles), named in its HTML and in the RSC payload inside it. */
export function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\/?_next\/static\/[A-Za-z0-9_\-./~%]+?\.(?:js|css)/g)) found.add(match[0].startsWith("/") ? match[0] : `/${match[0]}`);
  // The RSC payload names client chunks relative to /_next/ ("static/chunks/….js").
  for (const match of html.matchAll(/"(static\/chunks\/[A-Za-z0-9_\-./~%]+?\.(?:js|css))"/g)) found.add(`/_next/${match[1]}`);
  return [...found];
}

/**
 * "Ready for court": asks the server for the monitor's editable reports (every draft and returned report, the
 * next days' hearings first), clears the device's copies of reports that closed meanwhile, and puts each
 * report page, its case's history, the monitor's hearings and the scheduling page in the device's page cache
 * (with the scripts they run), so that any of them opens with no connection, even one never opened here.
 */
export async function downloadFieldKit(userId: number, onProgress?: (done: number, total: number) => void): Promise<FieldKitOutcome> {
  if (!navigator.onLine) return { ok: false, reason: "offline" };
  if (typeof caches === "undefined") return { ok: false, reason: "noCache" };
  let asked;
  try {
    asked = await askFieldKit(userId);
  } catch {
    return { ok: false, reason: "offline" };
  }
  if (!asked.ok) return { ok: false, reason: asked.code === "UNAUTHENTICATED" ? "signedOut" : "failed" };
  const { manifest, cleared } = asked;

  const pages = ["/hearings", "/hearings/new", ...manifest.entries.map((e) => `/hearings/${e.hearingId}`), ...new Set(manifest.entries.map((e) => `/cases/${e.caseId}`))];
  const cache = await caches.open(PAGES_CACHE);
  const assets = new Set<string>();
  let done = 0;
  let failed = 0;
  for (const page of pages) {
    try {
      const response = await fetch(page, { headers: { [FIELD_KIT_HEADER]: "1" }, cache: "no-store", credentials: "same-origin" });
      if (response.ok && !response.redirected) {
        const html = await response.clone().text();
        for (const asset of assetsOf(html)) assets.add(asset);
        await cache.put(page, response);
      } else failed++;
    } catch {
      failed++;
    }
    onProgress?.(++done, pages.length);
  }
  // Into the cache the service worker answers build assets from (hashed names: never stale).
  const assetCache = await caches.open(ASSETS_CACHE);
  await Promise.all([...assets].map(async (asset) => {
    if (!(await assetCache.match(asset))) await assetCache.add(asset).catch(() => undefined);
  }));

  const kit: StoredFieldKit = { userId, syncedAt: new Date().toISOString(), manifest };
  await (await deviceDb()).put("fieldKits", kit);
  return { ok: true, kit, pages: pages.length - failed, failed, cleared };
}

export async function lastFieldKit(userId: number): Promise<StoredFieldKit | null> {
  try {
    return (await (await deviceDb()).get("fieldKits", userId)) ?? null;
  } catch {
    return null;
  }
}

/** Whether this report page is in the device's page cache (it opens with no connection). */
export async function isOnDevice(hearingId: number): Promise<boolean> {
  if (typeof caches === "undefined") return false;
  return !!(await (await caches.open(PAGES_CACHE)).match(`/hearings/${hearingId}`, { ignoreVary: true }));
}

/** Asks the server which of this user's device copies closed meanwhile, and clears them (online only). */
export async function checkStaleCopies(userId: number): Promise<ClearedCopy[]> {
  if (!navigator.onLine || !(await copiesOf(userId)).length) return [];
  try {
    const asked = await askFieldKit(userId);
    return asked.ok ? asked.cleared : [];
  } catch {
    return [];
  }
}

const copiesOf = async (userId: number) => (await listDrafts()).filter((draft) => draft.userId === userId);

/**
 * Asks the server for the field kit, naming the reports this user's device copies are of, and clears the copies of
 * those that closed meanwhile. Throws when the server cannot be reached.
 */
async function askFieldKit(userId: number): Promise<{ ok: true; manifest: FieldKitManifest; cleared: ClearedCopy[] } | { ok: false; code: string }> {
  const copies = await copiesOf(userId);
  const result = await fieldKitAction({ known: [...new Set(copies.map((copy) => copy.hearingId))] });
  if (!result.ok) return { ok: false, code: result.code };
  const cleared = await clearStaleCopies(result.data.closed, new Map(copies.map((copy) => [copy.hearingId, copy.caseNumber])));
  return { ok: true, manifest: result.data, cleared };
}
