// The one place that knows where the embedded database listens when DATABASE_URL is not set.
export const DEFAULT_DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:54329/trialmonitor";

export function databaseUrl() {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
