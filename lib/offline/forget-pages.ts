import { PAGES_CACHE } from "./cache-names";

/**
 * Deletes the pages kept for the courtroom (they hold one monitor's reports, names included). Called where no
 * one is signed in (the sign-in page, before signing in) and by roles that keep nothing on the device: the service
 * worker clears them too, but only where it controls the page, which a hard reload or a worker update skips.
 */
export async function forgetKeptPages(): Promise<void> {
  if (typeof caches !== "undefined") await caches.delete(PAGES_CACHE).catch(() => false);
}
