import { gstinStateCode } from "@/lib/gst/gstin";
import { AppError } from "../errors";

type Registration = {
  gstScheme: "UNREGISTERED" | "COMPOSITION" | "REGULAR";
  gstin?: string | null;
  stateCode: string;
};

/** A registered business needs a GSTIN, and the GSTIN's state must be the shop's state. */
export function assertConsistentRegistration(input: Registration) {
  if (input.gstScheme === "UNREGISTERED") return;
  if (!input.gstin) {
    throw new AppError("BAD_REQUEST", "A GST-registered business needs its GSTIN", {
      gstin: "Enter the GSTIN, or choose 'Not registered'",
    });
  }
  if (gstinStateCode(input.gstin) !== input.stateCode) {
    throw new AppError("BAD_REQUEST", "The GSTIN belongs to another state", {
      gstin: "The first two digits of the GSTIN must match the shop's state",
    });
  }
}
