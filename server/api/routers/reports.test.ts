import { describe, expect, it } from "vitest";
import { istDateString } from "@/lib/gst/financial-year";
import { anonymousCaller, createTestBusiness } from "../../test/factories";

const today = () => istDateString(new Date());

describe("reports router", () => {
  it("rejects callers without a session", async () => {
    const anonymous = anonymousCaller();
    await expect(anonymous.reports.dashboard()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.reports.daybook({ from: today(), to: today() })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(anonymous.reports.aging({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.reports.gstSummary({ from: today(), to: today() })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
  });

  it("lets staff see the dashboard, daybook and aging but not the GST summary", async () => {
    const shop = await createTestBusiness();
    const { id } = await shop.staffCaller.customers.create({ name: "Lata" });
    await shop.staffCaller.ledger.recordCredit({
      customerId: id,
      amountPaise: 12_300,
      idempotencyKey: `k-${id}`,
    });
    expect((await shop.staffCaller.reports.dashboard()).receivablePaise).toBe(12_300);
    expect((await shop.staffCaller.reports.daybook({ from: today(), to: today() })).totals.gavePaise).toBe(
      12_300,
    );
    expect((await shop.staffCaller.reports.aging({})).items).toEqual([
      expect.objectContaining({ customerId: id, balancePaise: 12_300, days0to30: 12_300 }),
    ]);
    await expect(shop.staffCaller.reports.gstSummary({ from: today(), to: today() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await shop.ownerCaller.reports.gstSummary({ from: today(), to: today() })).byRate).toEqual([]);
  });

  it("keeps each business's numbers to itself", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const { id } = await other.ownerCaller.customers.create({ name: "Other" });
    await other.ownerCaller.ledger.recordCredit({
      customerId: id,
      amountPaise: 999,
      idempotencyKey: `k-${id}`,
    });
    expect((await shop.ownerCaller.reports.dashboard()).receivablePaise).toBe(0);
    expect((await shop.ownerCaller.reports.daybook({ from: today(), to: today() })).items).toEqual([]);
    expect((await shop.ownerCaller.reports.aging({})).items).toEqual([]);
  });

  it("rejects bad date ranges with field errors", async () => {
    const shop = await createTestBusiness();
    await expect(
      shop.ownerCaller.reports.daybook({ from: "2026-05-01", to: "2026-04-01" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      shop.ownerCaller.reports.gstSummary({ from: "2026-13-01", to: "2026-04-01" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(shop.ownerCaller.reports.aging({ asOf: "soon" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
