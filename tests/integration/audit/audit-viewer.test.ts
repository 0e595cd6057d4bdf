import { describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditFiltersSchema } from "@/lib/audit/viewer-filters";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/viewer-queries";
import { prisma } from "@/lib/db";
import { createUser } from "../../support/fixtures";

const filters = (values: Record<string, unknown>) => auditFiltersSchema.parse({ size: 100, ...values });

describe("the audit log viewer", () => {
  it("filters by who acted, which record and when, newest first, with before and after", async () => {
    const manager = await createUser("MANAGER");
    const [alice, bob] = [await createUser("ANALYST"), await createUser("ANALYST")];
    const at = (iso: string) => new Date(iso);
    const rows = [
      { actorId: alice.id, action: "finding.create", entityType: "Finding", entityId: "901", before: undefined, after: { severity: "MINOR" }, createdAt: at("2026-01-05T10:00:00Z") },
      { actorId: bob.id, action: "finding.update", entityType: "Finding", entityId: "901", before: { severity: "MINOR" }, after: { severity: "GRAVE" }, createdAt: at("2026-01-06T10:00:00Z") },
      { actorId: alice.id, action: "intervention.create", entityType: "Intervention", entityId: "77", before: undefined, after: { type: "LETTER" }, createdAt: at("2026-02-01T23:30:00Z") },
    ];
    for (const row of rows) await prisma.auditLog.create({ data: { ...row, before: row.before ?? undefined } });

    const actions = async (values: Record<string, unknown>) => (await listAuditEntries(filters(values), manager)).items.map((e) => e.action);
    expect(await actions({ user: alice.id })).toEqual(["intervention.create", "finding.create"]);
    expect(await actions({ entity: "Finding", entityId: "901" })).toEqual(["finding.update", "finding.create"]);
    expect(await actions({ user: bob.id, entity: "Intervention" })).toEqual([]);
    // Court days: 23:30 UTC on 1 February is already 2 February in Prishtinë.
    expect(await actions({ user: alice.id, from: "2026-02-02", to: "2026-02-02" })).toEqual(["intervention.create"]);
    expect(await actions({ user: alice.id, to: "2026-02-01" })).toEqual(["finding.create"]);

    const [update] = (await listAuditEntries(filters({ user: bob.id }), manager)).items;
    expect(update).toMatchObject({ actor: { id: bob.id, name: bob.name }, entityType: "Finding", entityId: "901", before: { severity: "MINOR" }, after: { severity: "GRAVE" } });
    const options = await auditFilterOptions();
    expect(options.entityTypes).toEqual(expect.arrayContaining(["Finding", "Intervention"]));
    expect(options.users.map((u) => u.id)).toEqual(expect.arrayContaining([alice.id, bob.id]));
  });

  it("never shows names of people to managers and admins, whatever an entry holds", async () => {
    const admin = await createUser("ADMIN");
    const actor = await createUser("ANALYST");
    await recordAudit(prisma, {
      actorId: actor.id, action: "hearing.correct", entityType: "Hearing", entityId: 424242,
      before: { "personal.victimNames": "(recorded)", "facts.status": "HELD", nested: { defendantNames: "A. Krasniqi" } },
      after: { "personal.victimNames": "V. Gashi", "personal.witnessNames": null, "facts.status": "ADJOURNED" },
      meta: { reason: "Wrong status", juvenileDetails: "J., 15" },
    });
    const [entry] = (await listAuditEntries(filters({ entity: "Hearing", entityId: "424242" }), admin)).items;
    expect(entry!.before).toEqual({ "personal.victimNames": "(recorded)", "facts.status": "HELD", nested: { defendantNames: "(withheld)" } });
    expect(entry!.after).toEqual({ "personal.victimNames": "(withheld)", "personal.witnessNames": null, "facts.status": "ADJOURNED" });
    expect(entry!.meta).toEqual({ reason: "Wrong status", juvenileDetails: "(withheld)" });
    expect(JSON.stringify(entry)).not.toMatch(/Krasniqi|Gashi|J\., 15/);
  });
});
