import { describe, expect, it } from "vitest";
import { invoiceShareText, upiPaymentLink } from "./share-links";

const bill = {
  shopName: "Sharma Kirana",
  title: "Bill",
  number: "INV/2026-27/0007",
  totalPaise: 21_000,
  url: "https://shop.example/invoices/x",
};

describe("invoice share text", () => {
  it("asks for what is due, thanks for a paid bill, and only reports a cancelled one", () => {
    expect(invoiceShareText({ ...bill, duePaise: 5_050, cancelledOn: null })).toBe(
      "Sharma Kirana: Bill INV/2026-27/0007 for ₹210.00.\nAmount due: ₹50.50.\nhttps://shop.example/invoices/x",
    );
    expect(invoiceShareText({ ...bill, duePaise: 0, cancelledOn: null })).toContain("Fully paid. Thank you!");
    // Cancelling sets what is due to zero: that must not read as "Fully paid".
    expect(invoiceShareText({ ...bill, duePaise: 0, cancelledOn: "2026-04-02" })).toBe(
      "Sharma Kirana: Bill INV/2026-27/0007 for ₹210.00 was cancelled on 2026-04-02.\n" +
        "Nothing is due on it.\nhttps://shop.example/invoices/x",
    );
  });

  it("never builds a UPI link for nothing", () => {
    const link = { vpa: "shop@upi", payeeName: "Sharma Kirana", invoiceNumber: bill.number };
    expect(upiPaymentLink({ ...link, amountPaise: 100 })).toContain("am=1.00");
    expect(() => upiPaymentLink({ ...link, amountPaise: 0 })).toThrow(/positive amount/);
    expect(() => upiPaymentLink({ ...link, amountPaise: -100 })).toThrow(/positive amount/);
  });
});
