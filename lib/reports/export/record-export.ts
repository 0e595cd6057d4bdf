import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { prisma } from "@/lib/db";
import { filterToParams, type ReportFilter } from "../filter";

/**
 * Every export leaves a trace before its first byte: who, what (the data set, a table, the API), the
 * filter, the number of rows and whether it carried personal data.
 */
export async function recordExport(user: SessionUser, entry: { what: string; format: string; filter: ReportFilter; rows: number; personalData: boolean; detail?: Record<string, string> }) {
  await recordAudit(prisma, {
    actorId: user.id,
    action: `export.${entry.what}`,
    entityType: "Export",
    entityId: entry.what,
    meta: { format: entry.format, filter: filterToParams(entry.filter), rows: entry.rows, personalData: entry.personalData, ...entry.detail },
  });
}

export function downloadHeaders(filename: string, format: "csv" | "xlsx" | "json"): HeadersInit {
  const type = {
    csv: "text/csv; charset=utf-8",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    json: "application/json; charset=utf-8",
  }[format];
  return {
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    "Cache-Control": "no-store",
  };
}

export function exportName(kind: string, filter: ReportFilter, extension: string): string {
  return `${kind}_${filter.from}_${filter.to}.${extension}`;
}
