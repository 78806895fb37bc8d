import { z } from "zod";
import { customerId } from "../customers/schema";

export const inboundMessageId = z.string().min(1).max(64);
export const promiseIdInput = z.object({ id: inboundMessageId });
export const customerRepliesInput = z.object({ customerId });
