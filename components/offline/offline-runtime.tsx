"use client";

import { useEffect } from "react";

/**
 * Registers the service worker (public/sw.js, built from lib/offline/worker/service-worker.ts) once the page
 * has loaded, so that its own downloads never compete with the page's on a slow connection.
 */
export function OfflineRuntime() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const register = () => void navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => undefined);
    if (document.readyState === "complete") register();
    else {
      window.addEventListener("load", register, { once: true });
      return () => window.removeEventListener("load", register);
    }
  }, []);
  return null;
}
