import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";

/** The installable app: the monitor's hearings open from the home screen, full screen, offline too. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations("common");
  return {
    name: t("appName"),
    short_name: t("appName"),
    description: t("appTagline"),
    start_url: "/hearings",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1f3a5f",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
