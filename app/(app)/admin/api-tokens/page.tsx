import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { IssueTokenForm } from "@/components/admin/api-tokens/issue-token-form";
import { RevokeTokenButton } from "@/components/admin/api-tokens/revoke-token-button";
import { listApiTokens, tokenHolderOptions } from "@/lib/api-tokens/queries";
import { requireUser } from "@/lib/auth/session";

export default async function ApiTokensPage() {
  await requireUser(["ADMIN"]);
  const [t, format, tokens, holders] = await Promise.all([getTranslations(), getFormatter(), listApiTokens(), tokenHolderOptions()]);
  return (
    <>
      <div className="page-header"><h1>{t("adminTokens.title")}</h1></div>
      <p className="muted">{t("adminTokens.intro")}</p>
      <section className="narrow" aria-labelledby="issue-title">
        <h2 id="issue-title">{t("adminTokens.issueTitle")}</h2>
        <IssueTokenForm holders={holders.map((h) => ({ id: h.id, label: `${h.name} (${t(`enums.role.${h.role}`)}, ${h.email})` }))} />
      </section>
      <h2>{t("adminTokens.tokens")}</h2>
      <p className="small muted">{t("adminTokens.revokeHint")}</p>
      {tokens.length === 0 ? <p className="muted">{t("adminTokens.none")}</p> : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("adminTokens.name")}</th>
                <th scope="col">{t("adminTokens.prefix")}</th>
                <th scope="col">{t("adminTokens.user")}</th>
                <th scope="col">{t("adminTokens.issuedAt")}</th>
                <th scope="col">{t("adminTokens.lastUsed")}</th>
                <th scope="col">{t("adminTokens.status")}</th>
                <th scope="col"><span className="visually-hidden">{t("common.actions")}</span></th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <td>{token.name}</td>
                  <td><code>{token.prefix}…</code></td>
                  <td><Link href={`/admin/users/${token.user.id}`}>{token.user.name}</Link></td>
                  <td className="nowrap">{format.dateTime(token.createdAt, "dateTime")}<div className="small muted">{t("adminTokens.issuedBy")}: {token.createdBy.name}</div></td>
                  <td className="nowrap">{token.lastUsedAt ? format.dateTime(token.lastUsedAt, "dateTime") : t("adminTokens.notUsed")}</td>
                  <td>
                    {token.revokedAt ? <span className="badge badge-warning">{t("adminTokens.revoked")}</span>
                      : token.user.active ? <span className="badge badge-success">{t("adminTokens.active")}</span>
                      : <span className="badge badge-warning">{t("adminTokens.userInactive")}</span>}
                  </td>
                  <td>{token.revokedAt ? null : <RevokeTokenButton tokenId={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
