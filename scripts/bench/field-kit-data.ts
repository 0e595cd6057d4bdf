// Data for scripts/bench/field-kit.mjs: a monitor and one draft report (scheduled yesterday) of their own,
// made the way the e2e specs make theirs. Prints {email, password, hearingId} as its last line.
import { createUser, db } from "../../tests/e2e/support/db";
import { createDraftHearing, E2E_PASSWORD } from "../../tests/e2e/support/hearings";

const monitor = await createUser("MONITOR");
const draft = await createDraftHearing(monitor.id);
await db.$disconnect();
console.log(JSON.stringify({ email: monitor.email, password: E2E_PASSWORD, hearingId: draft.hearingId }));
