import en from "@/lib/i18n/messages/en/audit.json";

type Translate = (key: string) => string;

/** An audit action in words ("finding.close" → "Finding closed"), or as stored when it has no label. */
export function auditActionLabel(t: Translate, action: string): string {
  const [entity, verb] = action.split(".");
  const verbs = (en.actions as Record<string, Record<string, string>>)[entity ?? ""];
  return verbs && verb && verb in verbs ? t(`actions.${action}`) : action;
}

/** A kind of record in words ("Intervention"), or as stored. */
export function auditEntityLabel(t: Translate, entityType: string): string {
  return entityType in en.entities ? t(`entities.${entityType}`) : entityType;
}

/** Where a record of the log can be opened, for the roles that may open it. */
export function auditRecordHref(entityType: string, entityId: string, role: string): string | null {
  if (!/^\d+$/.test(entityId)) return null;
  switch (entityType) {
    case "Hearing":
      return `/hearings/${entityId}`;
    case "Finding":
      return `/findings/${entityId}`;
    case "Intervention":
      return `/interventions/${entityId}`;
    case "Case":
      return `/cases/${entityId}`;
    case "User":
      return role === "ADMIN" ? `/admin/users/${entityId}` : null;
    case "Court":
      return role === "ADMIN" ? `/admin/courts/${entityId}` : null;
    case "Region":
      return role === "ADMIN" ? `/admin/regions/${entityId}` : null;
    case "ChecklistVersion":
      return role === "ADMIN" ? `/admin/checklists/versions/${entityId}` : null;
    default:
      return null;
  }
}
