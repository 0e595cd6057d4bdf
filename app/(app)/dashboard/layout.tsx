import "./dashboard.css";

/** The dashboard and its lists share their styles, loaded on these pages only. */
export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return children;
}
