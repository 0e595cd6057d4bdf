/**
 * Where each regional office sits on the dashboard's grid of the territory (column, row; 1-based):
 * Mitrovicë/Mitrovica to the north, Pejë/Peć to the west, Prishtinë/Priština in the centre, Gjilan/Gnjilane
 * to the east and Prizren to the south-west. Regions are data an admin can add to: one the grid does not
 * know is placed on a row below, in the order it is listed.
 */
const PLACES: Record<string, { column: number; row: number }> = {
  MITROVICE: { column: 2, row: 1 },
  PEJE: { column: 1, row: 2 },
  PRISHTINE: { column: 2, row: 2 },
  GJILAN: { column: 3, row: 3 },
  PRIZREN: { column: 1, row: 3 },
};

export const GRID_COLUMNS = 3;
const KNOWN_ROWS = 3;

export interface GridPlace {
  column: number;
  row: number;
}

export function regionGridPlaces(codes: readonly string[]): Map<string, GridPlace> {
  const places = new Map<string, GridPlace>();
  let extra = 0;
  for (const code of codes) {
    const known = PLACES[code];
    if (known) places.set(code, known);
    else {
      places.set(code, { column: (extra % GRID_COLUMNS) + 1, row: KNOWN_ROWS + 1 + Math.floor(extra / GRID_COLUMNS) });
      extra++;
    }
  }
  return places;
}
