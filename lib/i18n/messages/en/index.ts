// One import per namespace; add a namespace to all three languages together.
import account from "./account.json";
import admin from "./admin.json";
import adminChecklists from "./adminChecklists.json";
import adminCourts from "./adminCourts.json";
import adminSettings from "./adminSettings.json";
import adminTokens from "./adminTokens.json";
import audit from "./audit.json";
import auth from "./auth.json";
import cases from "./cases.json";
import checklist from "./checklist.json";
import common from "./common.json";
import dashboard from "./dashboard.json";
import enums from "./enums.json";
import errors from "./errors.json";
import findings from "./findings.json";
import hearings from "./hearings.json";
import interventions from "./interventions.json";
import nav from "./nav.json";
import offline from "./offline.json";
import report from "./report.json";
import reports from "./reports.json";
import review from "./review.json";
import validation from "./validation.json";

const messages = { account, admin, adminChecklists, adminCourts, adminSettings, adminTokens, audit, auth, cases, checklist, common, dashboard, enums, errors, findings, hearings, interventions, nav, offline, report, reports, review, validation };
export default messages;
