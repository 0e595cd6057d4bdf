"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A password or token shown once, with a copy button; focus lands on it so it is announced and seen. */
export function OneTimeSecret({ label, value }: { label: string; value: string }) {
  const t = useTranslations("admin");
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
  };
  return (
    <div className="one-time-secret">
      <p className="label">{label}</p>
      <div className="row">
        <code className="secret-value" tabIndex={0} ref={(node) => node?.focus()} data-testid="one-time-secret">
          {value}
        </code>
        <button type="button" className="button button-secondary button-small" onClick={copy}>
          {t("copy")}
        </button>
        <span role="status" className="small">
          {copied ? t("copied") : ""}
        </span>
      </div>
      <p className="hint small">{t("oneTimeWarning")}</p>
    </div>
  );
}
