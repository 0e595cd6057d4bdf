import type { Random } from "./random.ts";

const FIRST_SQ = ["Agron", "Besa", "Driton", "Fatime", "Gëzim", "Hana", "Ilir", "Jehona", "Kujtim", "Lirije", "Mentor", "Nora", "Petrit", "Rina", "Shpresa", "Valon", "Zana", "Arben", "Mimoza", "Luan"];
const LAST_SQ = ["Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi", "Bytyqi", "Thaçi", "Hyseni", "Osmani", "Ahmeti", "Zeqiri", "Limani"];
const FIRST_SR = ["Dragan", "Milica", "Nenad", "Snežana", "Vladimir", "Jovana", "Zoran", "Marija", "Stefan", "Ivana"];
const LAST_SR = ["Jovanović", "Petrović", "Nikolić", "Stojanović", "Ilić", "Marković", "Đorđević", "Popović"];
const FEMALE = new Set(["Besa", "Fatime", "Hana", "Jehona", "Lirije", "Nora", "Rina", "Shpresa", "Zana", "Mimoza", "Milica", "Snežana", "Jovana", "Marija", "Ivana"]);

export function judgeName(random: Random, serbianMajority: boolean): { name: string; gender: "FEMALE" | "MALE" } {
  const first = serbianMajority && random.chance(0.8) ? random.pick(FIRST_SR) : random.pick(FIRST_SQ);
  const last = FIRST_SR.includes(first) ? random.pick(LAST_SR) : random.pick(LAST_SQ);
  return { name: `${first} ${last}`, gender: FEMALE.has(first) ? "FEMALE" : "MALE" };
}

const LETTERS = "ABDEFGHIJKLMNPRSTVZ";
/** Initials only: the demo never holds a name of a defendant, victim or witness. */
export function initials(random: Random): string {
  return `${random.pick([...LETTERS])}.${random.pick([...LETTERS])}.`;
}
