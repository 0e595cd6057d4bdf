/**
 * Runs once when the server starts, before it answers requests (Next.js's instrumentation hook). On the
 * Node.js runtime it checks TRUSTED_PROXIES (a mistake stops the start with its reason, rather than
 * every sign-in failing later) and installs the hook that records each connection's peer address
 * (lib/security/peer-address.ts).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { parseTrustedProxies } = await import("@/lib/security/client-address");
  const { stampPeerAddress } = await import("@/lib/security/peer-address");
  parseTrustedProxies(process.env.TRUSTED_PROXIES);
  stampPeerAddress();
}
