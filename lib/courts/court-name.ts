/**
 * Courts and places have an Albanian and a Serbian name, both shown ("Pejë/Peć") unless they are the same.
 * The reader's language goes first for Serbian readers.
 */
export function bilingualName(entity: { nameSq: string; nameSr: string }, locale: string = "en"): string {
  if (entity.nameSq === entity.nameSr) return entity.nameSq;
  return locale.startsWith("sr") ? `${entity.nameSr} / ${entity.nameSq}` : `${entity.nameSq} / ${entity.nameSr}`;
}
