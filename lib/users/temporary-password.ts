import "server-only";
import { randomInt } from "node:crypto";
import { passwordIssue } from "./password-policy";

// No 0/O, 1/l/I: the password is read off a screen and typed by hand once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A one-time password (about 90 bits) an admin hands over; the user must replace it at first sign-in. */
export function generateTemporaryPassword(email: string): string {
  for (;;) {
    const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
    const password = groups.join("-");
    if (!passwordIssue(password, email)) return password;
  }
}
