import "server-only";
import { prisma } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import type { AppLocale } from "@/lib/i18n/config";

/** A user's own choice of interface language, kept on the account and audited like any change to a user. */
export async function changeOwnLocale(user: SessionUser, locale: AppLocale) {
  if (user.locale === locale) return;
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { locale } });
    await recordAudit(tx, { actorId: user.id, action: "user.changeLocale", entityType: "User", entityId: user.id, before: { locale: user.locale }, after: { locale } });
  });
}
