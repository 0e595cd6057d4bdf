import type { CourtKind, Department } from "../../lib/generated/prisma/enums.ts";

/** The mission's five regional offices. */
export const REGIONS = [
  { code: "GJILAN", nameSq: "Gjilan", nameSr: "Gnjilane" },
  { code: "MITROVICE", nameSq: "Mitrovicë", nameSr: "Mitrovica" },
  { code: "PEJE", nameSq: "Pejë", nameSr: "Peć" },
  { code: "PRISHTINE", nameSq: "Prishtinë", nameSr: "Priština" },
  { code: "PRIZREN", nameSq: "Prizren", nameSr: "Prizren" },
] as const;

export type RegionCode = (typeof REGIONS)[number]["code"];

export interface CourtSeed {
  code: string;
  kind: CourtKind;
  nameSq: string;
  nameSr: string;
  region: RegionCode;
  departments: Department[];
  parent?: string;
}

const BASIC_DEPARTMENTS: Department[] = ["GENERAL", "SERIOUS_CRIMES", "JUVENILE"];

function basicCourt(code: string, sq: string, sr: string, region: RegionCode, branches: [string, string, string][]): CourtSeed[] {
  const basic: CourtSeed = {
    code: `BC-${code}`,
    kind: "BASIC",
    nameSq: `Gjykata Themelore ${sq}`,
    nameSr: `Osnovni sud ${sr}`,
    region,
    departments: code === "PRISHTINE" ? [...BASIC_DEPARTMENTS, "ADMINISTRATIVE"] : BASIC_DEPARTMENTS,
  };
  return [
    basic,
    ...branches.map(([branchCode, bSq, bSr]): CourtSeed => ({
      code: `BR-${branchCode}`,
      kind: "BRANCH",
      nameSq: `Dega ${bSq} (GjTh ${sq})`,
      nameSr: `Odeljenje ${bSr} (OS ${sr})`,
      region,
      departments: ["GENERAL"],
      parent: basic.code,
    })),
  ];
}

/**
 * Kosovo's courts under the Law on Courts: seven Basic Courts with their branches, the Special Department,
 * the Court of Appeals, the Supreme Court and the Commercial Court. The region is the default mapping to
 * the mission's offices; an admin can change it.
 */
export const COURTS: CourtSeed[] = [
  ...basicCourt("PRISHTINE", "Prishtinë", "Priština", "PRISHTINE", [
    ["PODUJEVE", "Podujevë", "Podujevo"],
    ["GRACANICE", "Graçanicë", "Gračanica"],
    ["LIPJAN", "Lipjan", "Lipljan"],
    ["DRENAS", "Drenas", "Glogovac"],
  ]),
  ...basicCourt("GJILAN", "Gjilan", "Gnjilane", "GJILAN", [
    ["KAMENICE", "Kamenicë", "Kamenica"],
    ["VITI", "Viti", "Vitina"],
    ["NOVOBERDE", "Novobërdë", "Novo Brdo"],
  ]),
  ...basicCourt("PRIZREN", "Prizren", "Prizren", "PRIZREN", [
    ["DRAGASH", "Dragash", "Dragaš"],
    ["SUHAREKE", "Suharekë", "Suva Reka"],
  ]),
  ...basicCourt("MITROVICE", "Mitrovicë", "Mitrovica", "MITROVICE", [
    ["LEPOSAVIQ", "Leposaviq", "Leposavić"],
    ["VUSHTRRI", "Vushtrri", "Vučitrn"],
    ["ZUBINPOTOK", "Zubin Potok", "Zubin Potok"],
    ["SKENDERAJ", "Skenderaj", "Srbica"],
  ]),
  ...basicCourt("GJAKOVE", "Gjakovë", "Đakovica", "PEJE", [
    ["MALISHEVE", "Malishevë", "Mališevo"],
    ["RAHOVEC", "Rahovec", "Orahovac"],
  ]),
  ...basicCourt("PEJE", "Pejë", "Peć", "PEJE", [
    ["ISTOG", "Istog", "Istok"],
    ["KLINE", "Klinë", "Klina"],
    ["DECAN", "Deçan", "Dečani"],
  ]),
  ...basicCourt("FERIZAJ", "Ferizaj", "Uroševac", "GJILAN", [
    ["KACANIK", "Kaçanik", "Kačanik"],
    ["SHTERPCE", "Shtërpcë", "Štrpce"],
  ]),
  {
    code: "SD-PRISHTINE",
    kind: "SPECIAL_DEPARTMENT",
    nameSq: "Departamenti Special (GjTh Prishtinë)",
    nameSr: "Specijalno odeljenje (OS Priština)",
    region: "PRISHTINE",
    departments: ["SPECIAL"],
    parent: "BC-PRISHTINE",
  },
  {
    code: "CA",
    kind: "APPEALS",
    nameSq: "Gjykata e Apelit",
    nameSr: "Apelacioni sud",
    region: "PRISHTINE",
    departments: ["GENERAL", "SERIOUS_CRIMES", "COMMERCIAL", "ADMINISTRATIVE"],
  },
  {
    code: "SC",
    kind: "SUPREME",
    nameSq: "Gjykata Supreme",
    nameSr: "Vrhovni sud",
    region: "PRISHTINE",
    departments: ["GENERAL", "SPECIAL_CHAMBER"],
  },
  {
    code: "CC",
    kind: "COMMERCIAL",
    nameSq: "Gjykata Komerciale",
    nameSr: "Privredni sud",
    region: "PRISHTINE",
    departments: ["COMMERCIAL"],
  },
];
