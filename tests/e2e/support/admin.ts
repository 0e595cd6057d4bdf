import type { Page } from "@playwright/test";
import { createUser } from "./db";
import { signIn } from "./sign-in";

/** An administrator of the spec's own, signed in: specs never change the shared demo accounts. */
export async function signInAsNewAdmin(page: Page) {
  const admin = await createUser("ADMIN");
  await signIn(page, admin.email, "E2E-Password-42");
  return admin;
}
