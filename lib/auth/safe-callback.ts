const BASE = "http://app.invalid";

/**
 * A path of this site to return to after signing in, or null. Parsed as a URL against a placeholder
 * origin, so that tricks the browser would resolve to another site ("//evil", "/\evil", "/%5Cevil",
 * control characters) are refused rather than pattern-matched.
 */
export function safeCallbackPath(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !raw.startsWith("/") || /[\\\u0000-\u001f]/.test(raw) || /%5c/i.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//") || url.pathname.startsWith("/login")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
