import { describe, expect, it } from "vitest";
import { db } from "../../db";
import { remindedShop, reply } from "../../reminders/test-promises";
import { createTestBusiness } from "../../test/factories";

describe("promises router", () => {
  it("never shows or decides another shop's replies", async () => {
    const mine = await createTestBusiness();
    const theirs = await remindedShop();
    const first = await reply(theirs.phone, "10 tarikh tak de dunga", new Date());
    const second = await reply(theirs.phone, "Friday ko dunga", new Date());
    for (const attempt of [
      () => mine.ownerCaller.promises.replies({ customerId: theirs.rahul.id }),
      () => mine.staffCaller.promises.accept({ id: first }),
      () => mine.ownerCaller.promises.dismiss({ id: second }),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await mine.ownerCaller.promises.today()).toEqual({ count: 0, customers: [] });
    const rows = await db().inboundMessage.findMany({ where: { id: { in: [first, second] } } });
    expect(rows.map((row) => row.promiseStatus)).toEqual(["OFFERED", "OFFERED"]);
  });

  it("lets staff read the replies and accept or dismiss a promise", async () => {
    const shop = await remindedShop();
    // The 10th is never behind "now", whatever the day the test runs.
    const tenth = await reply(shop.phone, "10 tarikh tak de dunga", new Date());
    const replies = await shop.staffCaller.promises.replies({ customerId: shop.rahul.id });
    expect(replies.map((row) => [row.id, row.promiseStatus])).toEqual([[tenth, "OFFERED"]]);
    expect(await shop.staffCaller.promises.accept({ id: tenth })).toMatchObject({ moved: 1 });
    await expect(shop.staffCaller.promises.dismiss({ id: tenth })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "This promise was accepted already",
    });
  });
});
