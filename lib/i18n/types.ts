import type { Messages } from "./messages";

// Types every t() call against the English messages.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
