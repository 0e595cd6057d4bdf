import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "./client-address";

/** The client's address of the request being served (a server action, a page): see client-address.ts. */
export async function requestClientAddress(): Promise<string> {
  return clientAddress(await headers());
}
