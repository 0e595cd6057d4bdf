import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The shell is drawn around the password-change page too; each page enforces the change itself.
  const user = await requireUser(undefined, { allowPendingPasswordChange: true });
  return <AppShell user={user}>{children}</AppShell>;
}
