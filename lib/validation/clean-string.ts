import { z } from "./zod";

// A surrogate pair, or a surrogate on its own. Written out rather than String#toWellFormed, which older
// phone browsers (the form validates with the same schemas) do not have.
const SURROGATES = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/**
 * Text as PostgreSQL and JSON can keep it: NUL characters removed (a text column refuses them) and lone
 * UTF-16 surrogates (half of an emoji cut by a paste) replaced by U+FFFD (jsonb, and so the audit log,
 * refuses them).
 */
export function normaliseText(value: string): string {
  const withoutNul = value.includes("\u0000") ? value.replaceAll("\u0000", "") : value;
  return /[\uD800-\uDFFF]/.test(withoutNul) ? withoutNul.replace(SURROGATES, (match) => (match.length === 2 ? match : "\uFFFD")) : withoutNul;
}

/**
 * The one way schemas take a string (ESLint forbids a bare `z.string()` elsewhere): zod's string with
 * its value normalised before any other check or transform reads it, so that no field can forget it;
 * the usual chain follows (`cleanString().trim().min(1).max(80)`).
 */
export function cleanString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).overwrite(normaliseText);
}
