import type { ChoiceOption } from "./schema";

/** The four answers of every yes/no question, with their words in the three languages (stored with the question). */
export const YES_NO_OPTIONS: ChoiceOption[] = [
  { value: "YES", label: { en: "Yes", sq: "Po", sr: "Da" } },
  { value: "NO", label: { en: "No", sq: "Jo", sr: "Ne" } },
  { value: "NA", label: { en: "Not applicable", sq: "Nuk aplikohet", sr: "Nije primenljivo" } },
  { value: "UNCLEAR", label: { en: "Unclear", sq: "E paqartë", sr: "Nejasno" } },
];
