import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies, resolveClientAddress, UNKNOWN_ADDRESS } from "@/lib/security/client-address";
import { PEER_HEADER, peerAddress, stampPeerAddress } from "@/lib/security/peer-address";

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies("10.0.0.0/8, ::1, 192.168.1.5");

describe("the client's address", () => {
  it("served directly, is the connection's peer whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("203.0.113.9", undefined, none)).toBe("203.0.113.9");
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", none)).toBe("127.0.0.1");
  });

  it("behind trusted proxies, is the first hop from the right that no trusted proxy vouches for", () => {
    // nginx appends the address it saw: whatever the client sent stays to its left and is never read.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("::1", "203.0.113.9, 10.1.1.1", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", undefined, proxies)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "not-an-address", proxies)).toBe("10.0.0.2");
    // A peer that is not a trusted proxy is the client, even if a proxy's address is in the header.
    expect(resolveClientAddress("203.0.113.9", "10.0.0.2", proxies)).toBe("203.0.113.9");
  });

  it("without a peer this server recorded, is unknown", () => {
    expect(resolveClientAddress(null, "1.2.3.4", none)).toBe(UNKNOWN_ADDRESS);
  });

  it("TRUSTED_PROXIES refuses what is not an address or a range, naming it", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/"10.0.0.0\/33"/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/proxy.internal/);
    expect(() => parseTrustedProxies(" , ")).not.toThrow();
  });
});

describe("the peer address hook", () => {
  it("records the socket's address in a sealed header that a client cannot forge", async () => {
    stampPeerAddress();
    const server = http.createServer((req, res) => res.end(JSON.stringify({
      peer: peerAddress(req.headers[PEER_HEADER] as string | undefined),
      client: clientAddress(req.headers),
    })));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "forged 6.6.6.6", "x-forwarded-for": "6.6.6.6" } });
      expect(await response.json()).toEqual({ peer: "127.0.0.1", client: "127.0.0.1" });
    } finally {
      server.close();
    }
    expect(peerAddress("forged 6.6.6.6")).toBeNull();
  });
});
