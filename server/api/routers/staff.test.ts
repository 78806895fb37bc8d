import { describe, expect, it } from "vitest";
import { anonymousCaller, createTestBusiness } from "../../test/factories";

describe("staff router", () => {
  it("rejects callers without a session", async () => {
    const anonymous = anonymousCaller();
    await expect(anonymous.staff.find()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.staff.invite({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.staff.revokeInvitation({ invitationId: "x" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(anonymous.staff.remove({ userId: "x" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("is owner only (acceptInvitation aside)", async () => {
    const shop = await createTestBusiness();
    await expect(shop.staffCaller.staff.find()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(shop.staffCaller.staff.invite({})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(shop.staffCaller.staff.revokeInvitation({ invitationId: "x" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(shop.staffCaller.staff.remove({ userId: shop.owner.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("treats another business's invitation as not found", async () => {
    const shop = await createTestBusiness();
    const other = await createTestBusiness();
    const invitation = await other.ownerCaller.staff.invite({});
    await expect(
      shop.ownerCaller.staff.revokeInvitation({ invitationId: invitation.invitationId }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await other.ownerCaller.staff.find()).invitations).toHaveLength(1);
  });

  it("rate limits acceptInvitation per client", async () => {
    const caller = anonymousCaller();
    const attempt = () =>
      caller.staff
        .acceptInvitation({
          code: "y".repeat(32),
          name: "A",
          email: "a@example.test",
          password: "sunil-ki-dukaan-42",
        })
        .catch((error) => error.code);
    const codes = [];
    for (let i = 0; i < 11; i += 1) codes.push(await attempt());
    expect(codes.slice(0, 10).every((code) => code === "BAD_REQUEST")).toBe(true);
    expect(codes[10]).toBe("TOO_MANY_REQUESTS");
  });
});
