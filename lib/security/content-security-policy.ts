/**
 * The pages' Content-Security-Policy. Scripts run only from this site and with the request's nonce (which
 * Next.js puts on its own inline scripts), so text that reaches a page (a narrative, a comment) can never
 * become a script. Inline style attributes stay allowed: React components and the chart library set them.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
