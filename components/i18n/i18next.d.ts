import "i18next";
import type { EnglishMessages } from "./resources";

// Translation keys are type-checked against the English messages.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: EnglishMessages;
  }
}
