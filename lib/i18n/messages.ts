import type { AppLocale } from "./config";
import en from "./messages/en";

/**
 * Messages are split by feature: messages/<locale>/<namespace>.json. English is the reference: its
 * shape types every `t()` call, and a unit test fails when another language lacks one of its keys.
 */
export type Messages = typeof en;
export const NAMESPACES = Object.keys(en) as (keyof Messages)[];

export async function loadMessages(locale: AppLocale): Promise<Messages> {
  switch (locale) {
    case "sq":
      return (await import("./messages/sq")).default as Messages;
    case "sr":
      return (await import("./messages/sr")).default as Messages;
    default:
      return en;
  }
}
