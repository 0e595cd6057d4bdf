/**
 * Turns a message key from a schema or an action ("validation.tooShort?minimum=12", "errors.CONFLICT")
 * into words with the caller's translator. Anything that is not a key is shown as it is.
 */
type Translate = (key: string, values?: Record<string, string>) => string;

/** Takes next-intl's typed `t` (any namespace-free translator) without tying this helper to its key types. */
export function translateMessage(t: (key: never, values?: never) => string, message: string | undefined): string {
  if (!message) return "";
  const [key, query] = message.split("?", 2) as [string, string | undefined];
  if (!/^(validation|errors)\.[A-Za-z_]+$/.test(key)) return message;
  const values = Object.fromEntries(new URLSearchParams(query ?? ""));
  try {
    return (t as unknown as Translate)(key, values);
  } catch {
    return message;
  }
}
