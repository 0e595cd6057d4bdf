/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, NetworkOnly, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistPlugin } from "serwist";
import { ASSETS_CACHE, FIELD_KIT_HEADER, MONITOR_PAGE, PAGES_CACHE, REPORT_PAGE } from "../cache-names";

/**
 * The monitor's service worker, bundled by scripts/build-service-worker.mjs into public/sw.js. It keeps:
 *   - the app's build assets (hashed, never changing) once fetched, cache-first: the field kit fetches the
 *     ones its pages need, so a report never opened on this device still runs offline;
 *   - report pages, answered from the device at once and refreshed behind (the page itself then asks the
 *     server for the current version once it runs: see components/offline/report-freshness.tsx);
 *   - the monitor's other pages, from the network first and from the device when there is none;
 *   - an offline page for anything else that is navigated to without a connection.
 * Server actions (saves) are never touched: the page's own sync keeps them and their idempotency keys.
 */
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

/**
 * The server no longer knows this browser's session (expired, signed out, ended from another device). A page
 * navigation is fetched without following redirects, so it comes back as an opaque redirect: the monitor's pages
 * redirect only to the sign-in page, or to the password change an administrator's reset demands (lib/auth/session.ts),
 * and kept pages are of no use after either.
 */
const isSignedOut = (response: Response) =>
  response.status === 401 || response.status === 403 || response.type === "opaqueredirect" ||
  (response.redirected && new URL(response.url).pathname === "/login");

/**
 * Pages kept on the device belong to a session: once the server says that session is over, they go, even though
 * a report page was just answered from them (its refresh then ends at the sign-in page, and so does the next load).
 */
const forgetPagesWhenSignedOut: SerwistPlugin = {
  fetchDidSucceed: async ({ response }) => {
    if (isSignedOut(response)) await caches.delete(PAGES_CACHE);
    return response;
  },
};

/** Only whole pages rendered for a signed-in user: never a redirect to the sign-in page, never an error. */
const onlyPages: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) => (response.status === 200 && !response.redirected && response.type === "basic" ? response : null),
};
const pagesExpire = new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 45 * 24 * 3600 });
const matchPages = { ignoreVary: true };

const SIGN_IN_OR_OUT = /^\/api\/auth\/(signout|callback\/)/;

const isPage = (request: Request, url: URL) => url.origin === self.location.origin && request.mode === "navigate";
/**
 * The page's own request for its current version (router.refresh() of components/offline/report-freshness.tsx).
 * Next.js answers it with a redirect inside a 200 payload when the session is over, which the worker cannot read:
 * the router then goes to the sign-in page, which deletes the kept pages itself (components/auth/sign-in-form.tsx).
 */
const isPageRefresh = (request: Request, url: URL) =>
  url.origin === self.location.origin && request.method === "GET" && request.headers.get("rsc") === "1" &&
  (REPORT_PAGE.test(url.pathname) || MONITOR_PAGE.test(url.pathname));

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    { matcher: ({ request }) => request.headers.has(FIELD_KIT_HEADER), handler: new NetworkOnly() },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: ASSETS_CACHE, plugins: [new ExpirationPlugin({ maxEntries: 400, maxAgeSeconds: 60 * 24 * 3600 })] }),
    },
    {
      matcher: ({ request, url }) => isPage(request, url) && REPORT_PAGE.test(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: PAGES_CACHE, matchOptions: matchPages, plugins: [forgetPagesWhenSignedOut, onlyPages, pagesExpire] }),
    },
    {
      matcher: ({ request, url }) => isPage(request, url) && MONITOR_PAGE.test(url.pathname),
      handler: new NetworkFirst({ cacheName: PAGES_CACHE, matchOptions: matchPages, networkTimeoutSeconds: 15, plugins: [forgetPagesWhenSignedOut, onlyPages, pagesExpire] }),
    },
    { matcher: ({ request, url }) => isPageRefresh(request, url), handler: new NetworkOnly({ plugins: [forgetPagesWhenSignedOut] }) },
  ],
  fallbacks: { entries: [{ url: "/offline.html", matcher: ({ request }) => request.destination === "document" }] },
});

/**
 * Pages kept for the courtroom hold one monitor's reports, names included: they go whenever someone signs in or
 * out in this browser, so that the next person never sees them (the monitor gets them back with "ready for
 * court"). Unsent changes stay in IndexedDB, each listed only to its own monitor.
 */
self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method === "POST" && url.origin === self.location.origin && SIGN_IN_OR_OUT.test(url.pathname)) {
    event.waitUntil(caches.delete(PAGES_CACHE));
  }
});

serwist.addEventListeners();
