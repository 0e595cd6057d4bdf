/** The fifteen fair-trial standards the checklist measures (ECHR Art. 5, 6, Protocol 7; ICCPR Art. 14; CPC). */
export const STANDARDS = [
  { number: 1, nameEn: "Public hearing and public pronouncement", nameSq: "Seanca publike dhe shpallja publike", nameSr: "Javno suđenje i javno izricanje presude", basis: "ECHR 6(1); ICCPR 14(1)" },
  { number: 2, nameEn: "Independent and impartial tribunal", nameSq: "Gjykatë e pavarur dhe e paanshme", nameSr: "Nezavisan i nepristrasan sud", basis: "ECHR 6(1); ICCPR 14(1)" },
  { number: 3, nameEn: "Trial within a reasonable time", nameSq: "Gjykim brenda një afati të arsyeshëm", nameSr: "Suđenje u razumnom roku", basis: "ECHR 6(1), 5(3); ICCPR 14(3)(c)" },
  { number: 4, nameEn: "Presumption of innocence", nameSq: "Prezumimi i pafajësisë", nameSr: "Pretpostavka nevinosti", basis: "ECHR 6(2); ICCPR 14(2)" },
  { number: 5, nameEn: "Informed of the charge", nameSq: "Informimi për akuzën", nameSr: "Obaveštenje o optužbi", basis: "ECHR 6(3)(a); ICCPR 14(3)(a)" },
  { number: 6, nameEn: "Adequate time and facilities for the defence", nameSq: "Kohë dhe mjete të mjaftueshme për mbrojtjen", nameSr: "Dovoljno vremena i mogućnosti za odbranu", basis: "ECHR 6(3)(b); ICCPR 14(3)(b)" },
  { number: 7, nameEn: "Legal assistance", nameSq: "Ndihma juridike", nameSr: "Pravna pomoć", basis: "ECHR 6(3)(c); ICCPR 14(3)(d)" },
  { number: 8, nameEn: "Examination of witnesses and equality of arms", nameSq: "Marrja në pyetje e dëshmitarëve dhe barazia e armëve", nameSr: "Ispitivanje svedoka i jednakost oružja", basis: "ECHR 6(3)(d); ICCPR 14(3)(e)" },
  { number: 9, nameEn: "Interpretation and language", nameSq: "Përkthimi dhe gjuha", nameSr: "Prevođenje i jezik", basis: "ECHR 6(3)(e); ICCPR 14(3)(f)" },
  { number: 10, nameEn: "Privilege against self-incrimination", nameSq: "E drejta kundër vetëinkriminimit", nameSr: "Privilegija protiv samooptuživanja", basis: "ECHR 6(1); ICCPR 14(3)(g)" },
  { number: 11, nameEn: "Reasoned judgment and appeal", nameSq: "Aktgjykim i arsyetuar dhe ankesa", nameSr: "Obrazložena presuda i žalba", basis: "ECHR 6(1), P7 Art. 2; ICCPR 14(5)" },
  { number: 12, nameEn: "Victims' rights", nameSq: "Të drejtat e viktimave", nameSr: "Prava žrtava", basis: "EU Directive 2012/29; CPC" },
  { number: 13, nameEn: "Juvenile justice", nameSq: "Drejtësia për të miturit", nameSr: "Maloletničko pravosuđe", basis: "ICCPR 14(4); CRC Art. 40; Juvenile Justice Code" },
  { number: 14, nameEn: "Gender sensitivity and domestic violence", nameSq: "Ndjeshmëria gjinore dhe dhuna në familje", nameSr: "Rodna osetljivost i nasilje u porodici", basis: "Istanbul Convention; Law on Protection against Domestic Violence" },
  { number: 15, nameEn: "Liberty (detention)", nameSq: "Liria (paraburgimi)", nameSr: "Sloboda (pritvor)", basis: "ECHR 5; ICCPR 9" },
].map((s) => ({ ...s, code: `S${String(s.number).padStart(2, "0")}` }));
