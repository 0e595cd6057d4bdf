import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/config";

const root = path.resolve("lib/i18n/messages");

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce(
    (all, [key, inner]) => ({ ...all, ...flatten(inner, prefix ? `${prefix}.${key}` : key) }),
    {} as Record<string, string>,
  );
}

/** Placeholders of an ICU message ({name}, {count, plural, ...}), which every translation must keep. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

function namespaces(locale: string): string[] {
  return readdirSync(path.join(root, locale)).filter((f) => f.endsWith(".json")).sort();
}

describe("translations", () => {
  const reference = namespaces("en");

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every namespace file English has", (locale) => {
    expect(namespaces(locale)).toEqual(reference);
  });

  it.each(LOCALES.filter((l) => l !== "en"))("%s has every key of English, with the same placeholders, and no other", (locale) => {
    for (const file of reference) {
      const en = flatten(JSON.parse(readFileSync(path.join(root, "en", file), "utf8")));
      const other = flatten(JSON.parse(readFileSync(path.join(root, locale, file), "utf8")));
      const missing = Object.keys(en).filter((k) => !(k in other)).map((k) => `${file}: ${k}`);
      const extra = Object.keys(other).filter((k) => !(k in en)).map((k) => `${file}: ${k}`);
      expect(missing, `missing in ${locale}`).toEqual([]);
      expect(extra, `not in English (${locale})`).toEqual([]);
      for (const key of Object.keys(en)) {
        expect(placeholders(other[key]!), `${locale} ${file}: ${key}`).toEqual(placeholders(en[key]!));
        expect(other[key]!.trim(), `${locale} ${file}: ${key} is empty`).not.toBe("");
      }
    }
  });

  it.each(LOCALES)("%s index imports every namespace file", (locale) => {
    const index = readFileSync(path.join(root, locale, "index.ts"), "utf8");
    for (const file of namespaces(locale)) expect(index, `${locale}/index.ts lacks ${file}`).toContain(`./${file}"`);
  });
});
