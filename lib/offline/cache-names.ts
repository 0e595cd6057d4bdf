/**
 * Names of the caches the service worker and the pages share: the field kit puts the monitor's pages into
 * PAGES itself (it must know when each is stored), the worker answers from it; sign-out deletes both.
 */
export const PAGES_CACHE = "trial-monitor-pages-v1";
export const ASSETS_CACHE = "trial-monitor-assets-v1";
/** Sent by the field kit's own downloads, which the worker lets through to the network untouched. */
export const FIELD_KIT_HEADER = "x-field-kit";
/** A report page, which opens from the device at once and is brought up to date once it runs. */
export const REPORT_PAGE = /^\/hearings\/\d+$/;
/** The other pages a monitor needs in the courtroom: their hearings, scheduling one, a case's history. */
export const MONITOR_PAGE = /^\/(hearings(\/new)?|cases\/\d+)$/;
