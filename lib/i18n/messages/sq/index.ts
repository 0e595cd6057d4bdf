// One import per namespace; add a namespace to all three languages together.
import admin from "./admin.json";
import auth from "./auth.json";
import common from "./common.json";
import dashboard from "./dashboard.json";
import enums from "./enums.json";
import errors from "./errors.json";
import hearings from "./hearings.json";
import nav from "./nav.json";
import reports from "./reports.json";
import review from "./review.json";
import validation from "./validation.json";

const messages = { admin, auth, common, dashboard, enums, errors, hearings, nav, reports, review, validation };
export default messages;
