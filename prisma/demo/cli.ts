// npm run db:demo -- --hearings N [--years Y] [--seed S]
// Adds N synthetic hearings (with cases, answers and results) to the database at DATABASE_URL.
import "dotenv/config";
import { parseArgs } from "node:util";
import { prisma } from "../../lib/db.ts";
import { generateDemoData } from "./generate.ts";

const { values } = parseArgs({
  options: { hearings: { type: "string", default: "4000" }, years: { type: "string", default: "2" }, seed: { type: "string" } },
});
const hearings = Number(values.hearings);
const years = Number(values.years);
if (!Number.isInteger(hearings) || hearings < 1 || !(years > 0)) {
  console.error("usage: npm run db:demo -- --hearings <positive integer> [--years <number>] [--seed <integer>]");
  process.exit(2);
}
const t0 = Date.now();
const result = await generateDemoData(prisma, { hearings, years, seed: values.seed ? Number(values.seed) : undefined, log: console.log });
console.log(`Generated ${result.cases} cases, ${result.hearings} hearings, ${result.answers} answers in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
await prisma.$disconnect();
