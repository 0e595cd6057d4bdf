// Hostile input for the fuzz tests (tests/integration/security/fuzz-*.test.ts): values that once reached
// PostgreSQL or the JSON of the audit log and failed there, and what a server must refuse calmly.
import { isValidElement, type ReactNode } from "react";

/** One bad value per kind, for query parameters and route parameters. */
export const BAD_VALUES: { kind: string; value: string | string[] }[] = [
  { kind: "NUL and a lone surrogate", value: "a\u0000b\uD800c" },
  { kind: "impossible day", value: "2025-13-45" },
  { kind: "impossible month", value: "2025-13" },
  { kind: "huge number", value: "99999999999999999999" },
  { kind: "huge text", value: "x".repeat(20_000) },
  { kind: "repeated", value: ["2025-01-01", "2025-12-31"] },
];

/** Text variants that a field's normalisation must absorb. */
export const BAD_TEXT = ["\u0000", "\uD800", "\uDC00 x \u0000"];

/** Whether an error is Next.js's own control flow (notFound(), redirect(), forbidden()): a 3xx or 4xx, not a 5xx. */
export function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown })?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"));
}

const isAsyncFunction = (fn: unknown): fn is (props: unknown) => Promise<ReactNode> =>
  typeof fn === "function" && fn.constructor.name === "AsyncFunction";

/**
 * Renders what a server page returned far enough to run its data loading: every async server component
 * in the tree is called with its props, as React would on the server. Client components are not run.
 */
export async function runServerTree(node: unknown, depth = 0): Promise<void> {
  if (depth > 40 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const child of node) await runServerTree(child, depth + 1);
    return;
  }
  if (node instanceof Promise) return runServerTree(await node, depth + 1);
  if (!isValidElement(node)) return;
  const { type, props } = node as { type: unknown; props: Record<string, unknown> };
  if (isAsyncFunction(type)) await runServerTree(await type(props), depth + 1);
  for (const value of Object.values(props)) await runServerTree(value, depth + 1);
}

/** The string leaves of a value, as paths ("facts.narrative", "answers.PUB_LISTED"). */
export function stringPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringPaths(item, [...path, String(i)]));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, inner]) => stringPaths(inner, [...path, key]));
  return [];
}

/** A deep copy of a value with the string at `path` replaced. */
export function withString<T>(value: T, path: string[], replace: (old: string) => string): T {
  const copy = structuredClone(value) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  target[last] = replace(target[last] as string);
  return copy as T;
}

/**
 * A page's query string that notes which names the page reads. A page that lists the names itself
 * (Object.entries, a spread) cannot be told apart from one reading them all: it is flagged as such.
 */
export function recordingParams(base: Record<string, string>, seen: Set<string>, listed: { all: boolean }): Record<string, string | undefined> {
  return new Proxy({ ...base }, {
    get: (target, key) => {
      if (typeof key === "string" && key !== "then") seen.add(key);
      return typeof key === "string" ? target[key] : undefined;
    },
    has: (target, key) => {
      if (typeof key === "string") seen.add(key);
      return key in target;
    },
    ownKeys: (target) => {
      listed.all = true;
      return Reflect.ownKeys(target);
    },
  });
}
