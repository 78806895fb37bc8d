import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import type { DeliveryStatus } from "@/generated/prisma/enums";
import { normalizeIndianMobile } from "@/lib/phone";
import type { Db } from "../db";
import { logger } from "../logger";
import { promisedDate } from "../voice/promised-date";

export const MAX_WHATSAPP_WEBHOOK_BYTES = 256 * 1024;

/** Meta's X-Hub-Signature-256: "sha256=" + HMAC-SHA256 of the raw body with the app secret. */
export function validWhatsAppSignature(rawBody: string, header: string | null, appSecret: string): boolean {
  const match = /^sha256=([0-9a-f]{64})$/i.exec(header?.trim() ?? "");
  if (!match?.[1]) return false;
  const expected = createHmac("sha256", appSecret).update(rawBody, "utf8").digest();
  const given = Buffer.from(match[1], "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const status = z.object({
  id: z.string().min(1).max(200),
  status: z.enum(["sent", "delivered", "read", "failed"]),
  errors: z
    .array(z.object({ code: z.number().optional(), title: z.string().max(300).optional() }))
    .optional(),
});
const message = z.object({
  from: z.string().regex(/^\d{8,15}$/),
  id: z.string().min(1).max(200),
  timestamp: z.string().regex(/^\d{1,12}$/),
  type: z.string().max(30),
  text: z.object({ body: z.string().max(4_096) }).optional(),
});
const payload = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z
    .array(
      z.object({
        changes: z.array(
          z.object({
            field: z.string(),
            value: z.object({
              statuses: z.array(status).max(1_000).optional(),
              messages: z.array(message).max(1_000).optional(),
            }),
          }),
        ),
      }),
    )
    .max(100),
});
export type WhatsAppWebhook = z.infer<typeof payload>;

/** The JSON body, checked; null when it is not a WhatsApp webhook we understand. */
export function parseWhatsAppWebhook(rawBody: string): WhatsAppWebhook | null {
  try {
    const parsed = payload.safeParse(JSON.parse(rawBody));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

// A status only ever moves forward, so retries and out-of-order deliveries settle the same way.
const EARLIER: Record<"sent" | "delivered" | "read" | "failed", DeliveryStatus[]> = {
  sent: ["SENDING"],
  delivered: ["SENDING", "SENT"],
  read: ["SENDING", "SENT", "DELIVERED"],
  failed: ["SENDING", "SENT"],
};
const NEW_STATUS = { sent: "SENT", delivered: "DELIVERED", read: "READ", failed: "FAILED" } as const;

async function applyStatus(db: Db, item: z.infer<typeof status>) {
  const reason = item.status === "failed" ? (item.errors?.[0]?.title ?? "failed").slice(0, 200) : undefined;
  const updated = await db.reminderDelivery.updateMany({
    where: { providerMessageId: item.id, status: { in: EARLIER[item.status] } },
    data: { status: NEW_STATUS[item.status], ...(reason ? { reason } : {}) },
  });
  return updated.count;
}

/** A reply, kept for the shop that last sent a reminder to that number; a day in it is offered as a promise. */
async function storeReply(db: Db, item: z.infer<typeof message>) {
  const phone = normalizeIndianMobile(`+${item.from}`);
  if (!phone) return 0;
  const lastSent = await db.reminderDelivery.findFirst({
    where: { recipient: phone, status: { in: ["SENT", "DELIVERED", "READ"] } },
    orderBy: { createdAt: "desc" },
    select: { businessId: true, customerId: true, reminderId: true },
  });
  if (!lastSent) return 0;
  const receivedAt = new Date(Number(item.timestamp) * 1000);
  const body = item.text?.body ?? `[${item.type}]`;
  const day = item.text ? promisedDate(body, receivedAt) : null;
  const stored = await db.inboundMessage.createMany({
    data: {
      ...lastSent,
      providerMessageId: item.id,
      fromPhone: phone,
      body,
      receivedAt,
      promisedFor: day ? new Date(`${day}T00:00:00+05:30`) : null,
      promiseStatus: day ? "OFFERED" : null,
    },
    skipDuplicates: true,
  });
  return stored.count;
}

/** Apply one verified webhook: delivery statuses, then replies. Safe to receive twice. */
export async function receiveWhatsAppWebhook(db: Db, webhook: WhatsAppWebhook) {
  let statuses = 0;
  let replies = 0;
  for (const entry of webhook.entry) {
    for (const change of entry.changes) {
      for (const item of change.value.statuses ?? []) statuses += await applyStatus(db, item);
      for (const item of change.value.messages ?? []) replies += await storeReply(db, item);
    }
  }
  logger.info({ event: "whatsapp_webhook", statuses, replies }, "whatsapp webhook");
  return { statuses, replies };
}
