import type { DbClient } from "../../lib/db.ts";
import { SETTING_DEFAULTS } from "../../lib/settings/defaults.ts";
import { CHECKLIST_V1 } from "../reference/checklist-v1.ts";
import { COURTS, REGIONS } from "../reference/courts.ts";
import { STANDARDS } from "../reference/standards.ts";

const YES_NO_OPTIONS = [
  { value: "YES", label: { en: "Yes", sq: "Po", sr: "Da" } },
  { value: "NO", label: { en: "No", sq: "Jo", sr: "Ne" } },
  { value: "NA", label: { en: "Not applicable", sq: "Nuk aplikohet", sr: "Nije primenljivo" } },
  { value: "UNCLEAR", label: { en: "Unclear", sq: "E paqartë", sr: "Nejasno" } },
];

export const FAIR_TRIAL_TEMPLATE = "FAIR_TRIAL";

/**
 * The real reference data: regions, courts, standards, checklist version 1 and default settings.
 * Idempotent and additive: it creates what is missing and never overwrites what an admin has changed.
 */
export async function seedReferenceData(db: DbClient) {
  for (const region of REGIONS) {
    await db.region.upsert({ where: { code: region.code }, update: {}, create: region });
  }
  const regionId = new Map((await db.region.findMany()).map((r) => [r.code, r.id]));

  for (const court of COURTS) {
    const parent = court.parent ? await db.court.findUnique({ where: { code: court.parent } }) : null;
    await db.court.upsert({
      where: { code: court.code },
      update: {},
      create: {
        code: court.code, kind: court.kind, nameSq: court.nameSq, nameSr: court.nameSr,
        departments: court.departments, regionId: regionId.get(court.region)!, parentId: parent?.id ?? null,
      },
    });
  }

  for (const standard of STANDARDS) {
    await db.standard.upsert({ where: { code: standard.code }, update: {}, create: standard });
  }

  const template = await db.checklistTemplate.upsert({
    where: { code: FAIR_TRIAL_TEMPLATE },
    update: {},
    create: { code: FAIR_TRIAL_TEMPLATE, name: "Fair-trial checklist" },
  });
  const existing = await db.checklistVersion.findUnique({ where: { templateId_number: { templateId: template.id, number: 1 } } });
  if (!existing) {
    const standardId = new Map((await db.standard.findMany()).map((s) => [s.number, s.id]));
    // Questions go into a draft, which is then published: published versions refuse changes.
    const version = await db.checklistVersion.create({
      data: { templateId: template.id, number: 1, notes: "Initial checklist (DOMAIN.md)" },
    });
    await db.checklistQuestion.createMany({
      data: CHECKLIST_V1.map((q, index) => ({
        versionId: version.id,
        code: q.code,
        standardId: standardId.get(q.standard)!,
        position: index + 1,
        answerType: "YES_NO" as const,
        options: YES_NO_OPTIONS,
        condition: q.condition ?? undefined,
        nonCompliantAnswers: [q.nc],
        required: q.required ?? true,
        textEn: q.en, textSq: q.sq, textSr: q.sr,
        helpEn: q.helpEn ?? null, helpSq: q.helpSq ?? null, helpSr: q.helpSr ?? null,
      })),
    });
    await db.checklistVersion.update({ where: { id: version.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  }

  for (const [key, value] of Object.entries(SETTING_DEFAULTS)) {
    await db.setting.upsert({ where: { key }, update: {}, create: { key, value } });
  }
}
