import type { Role } from "@/lib/generated/prisma/enums";

/** The demo accounts the seed creates and the sign-in page lists while demo data is in use. */
export const DEMO_PASSWORD = "Demo-Password-1";

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; region: "PRISHTINE" | "PRIZREN" | null }[] = [
  { email: "monitor@example.org", name: "Arta Krasniqi", role: "MONITOR", region: "PRISHTINE" },
  { email: "monitor2@example.org", name: "Milan Jovanović", role: "MONITOR", region: "PRIZREN" },
  { email: "analyst@example.org", name: "Vjosa Berisha", role: "ANALYST", region: null },
  { email: "manager@example.org", name: "Claire Dubois", role: "MANAGER", region: null },
  { email: "admin@example.org", name: "Besnik Gashi", role: "ADMIN", region: null },
];
