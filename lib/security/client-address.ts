import { BlockList, isIP } from "node:net";
import { peerAddress, PEER_HEADER } from "./peer-address";

/**
 * The client's address, for the sign-in throttle and the audit log. The connection's own peer is the
 * client unless it is a proxy listed in TRUSTED_PROXIES (addresses or CIDR ranges, comma-separated;
 * default none): then X-Forwarded-For is read from the right, each trusted proxy's entry skipped, and the
 * first address no trusted proxy vouches for is the client. Entries to its left are whatever the client
 * sent, never read. Served directly (no TRUSTED_PROXIES), the header is ignored entirely.
 */
export const UNKNOWN_ADDRESS = "unknown";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** "::ffff:10.0.0.1" (an IPv4 client of an IPv6 socket) is 10.0.0.1. */
function normalise(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/** Parses TRUSTED_PROXIES; throws on an entry that is not an address or a range, naming it. */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const entry of (value ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address, prefix] = entry.split("/", 2) as [string, string | undefined];
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    if (!family || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > maxBits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or a CIDR range (e.g. 10.0.0.0/8, ::1)`);
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

let trusted: { source: string | undefined; list: BlockList } | undefined;
function trustedProxies(): BlockList {
  const source = process.env.TRUSTED_PROXIES;
  if (!trusted || trusted.source !== source) trusted = { source, list: parseTrustedProxies(source) };
  return trusted.list;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The client's address as the chain of hops shows it, given the connection's peer and the trusted proxies. */
export function resolveClientAddress(peer: string | null, forwardedFor: string | undefined, list: BlockList): string {
  if (!peer) return UNKNOWN_ADDRESS;
  const chain = [...(forwardedFor ?? "").split(",").map((e) => normalise(e.trim())).filter(Boolean), normalise(peer)];
  let i = chain.length - 1;
  while (i > 0 && isTrusted(list, chain[i]!)) i--;
  // A trusted proxy that forwarded something that is not an address: the proxy is the last hop we know.
  return isIP(chain[i]!) ? chain[i]! : chain[i + 1] ?? UNKNOWN_ADDRESS;
}

/** The client's address for a request's headers (next-auth's plain object, or a Headers). */
export function clientAddress(headers: HeaderSource): string {
  return resolveClientAddress(peerAddress(header(headers, PEER_HEADER)), header(headers, "x-forwarded-for"), trustedProxies());
}
