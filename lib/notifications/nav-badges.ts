/** Counts shown beside sections of the menu; each key has a message in nav.badges that reads it out. */
export interface NavBadges {
  returnedReports?: number;
  waitingReports?: number;
  overdueInterventions?: number;
}

export type NavBadgeKey = keyof NavBadges;
