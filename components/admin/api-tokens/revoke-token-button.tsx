"use client";

import { useTranslations } from "next-intl";
import { revokeToken } from "@/lib/api-tokens/actions";
import { ConfirmActionButton } from "../confirm-action-button";

export function RevokeTokenButton({ tokenId, name }: { tokenId: number; name: string }) {
  const t = useTranslations("adminTokens");
  return (
    <ConfirmActionButton label={t("revokeNamed", { name })} danger run={() => revokeToken({ tokenId })}
      done={() => <p role="status" className="small">{t("revokedDone")}</p>} />
  );
}
