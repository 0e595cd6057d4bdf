import { OfflineRuntime } from "@/components/offline/offline-runtime";

/** The monitor's pages: where the service worker that keeps them for the courtroom is registered. */
export default function HearingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <OfflineRuntime />
      {children}
    </>
  );
}
