/**
 * The key that signs session tokens. `npm start` and the test runner provide one (kept in a git-ignored
 * file when the environment sets none), so a missing secret is a setup mistake and stops the server.
 */
export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set. Start the app with `npm start`, or set it in the environment.");
  return secret;
}
