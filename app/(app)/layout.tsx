import { OfflineRuntime } from "@/components/offline/offline-runtime";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The shell is drawn around the password-change page too; each page enforces the change itself.
  const user = await requireUser(undefined, { allowPendingPasswordChange: true });
  return (
    <AppShell user={user}>
      {/* Only a monitor's pages are kept on the device for the courtroom; any other role's visit removes them. */}
      <OfflineRuntime keepsPages={user.role === "MONITOR"} />
      {children}
    </AppShell>
  );
}
