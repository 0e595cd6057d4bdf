"use client";

import { useEffect } from "react";
import { ASSETS_CACHE } from "@/lib/offline/cache-names";
import { forgetKeptPages } from "@/lib/offline/forget-pages";

/**
 * For a monitor, registers the service worker (public/sw.js, built from lib/offline/worker/service-worker.ts)
 * once the page has loaded, so that its own downloads never compete with the page's on a slow connection.
 * Other roles keep nothing on the device (their pages hold personal data, often on shared office computers): a
 * worker a monitor left in this browser is removed, with what it kept.
 */
export function OfflineRuntime({ keepsPages }: { keepsPages: boolean }) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (!keepsPages) {
      void removeWorker();
      return;
    }
    const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else {
      window.addEventListener("load", register, { once: true });
      return () => window.removeEventListener("load", register);
    }
  }, [keepsPages]);
  return null;
}

async function removeWorker() {
  const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
  await Promise.all(registrations.map((registration) => registration.unregister().catch(() => false)));
  // After the worker: a page it was still answering could otherwise be stored again behind the deletion.
  await forgetKeptPages();
  if (typeof caches !== "undefined") await caches.delete(ASSETS_CACHE).catch(() => false);
}
