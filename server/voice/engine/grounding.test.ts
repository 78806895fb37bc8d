import { describe, expect, it } from "vitest";
import {
  groundAmount,
  groundCustomer,
  groundItems,
  groundNewName,
  groundPhone,
  hearTranscript,
} from "./grounding";

const catalog = {
  customers: [
    { id: "c1", name: "Rahul Sharma" },
    { id: "c2", name: "Rahul Gupta" },
    { id: "c3", name: "Priya Verma" },
  ],
  products: [{ id: "p1", name: "Rice", aliases: ["chawal"] }],
};

describe("grounding the LLM's slots in the transcript", () => {
  it("accepts amounts said in words, digits or rupees-and-paise, and nothing else", () => {
    expect(groundAmount(hearTranscript("Rahul ne paanch sau ka hisaab kiya"), 500)).toBe(50_000);
    expect(groundAmount(hearTranscript("राहुल ने पाँच सौ दिए थे"), 500)).toBe(50_000);
    expect(groundAmount(hearTranscript("do hazaar aaye"), 2000)).toBe(200_000);
    expect(groundAmount(hearTranscript("500 rupaye 50 paise"), 500.5)).toBe(50_050);
    expect(groundAmount(hearTranscript("Rahul ne paanch sau ka hisaab kiya"), 5000)).toBeNull();
    expect(groundAmount(hearTranscript("Rahul ka hisaab kar do"), 100)).toBeNull();
  });

  it("finds the customer the merchant named, in either script", () => {
    const deva = groundCustomer(hearTranscript("राहुल शर्मा का हिसाब बराबर"), catalog, "Rahul Sharma");
    expect(deva).toMatchObject({ kind: "matched", id: "c1" });
    expect(groundCustomer(hearTranscript("Priya ji ne hisaab kiya"), catalog, "Priya Verma")).toMatchObject({
      kind: "matched",
      id: "c3",
    });
  });

  it("keeps a name ambiguous when the merchant said only 'Rahul', whichever Rahul the LLM chose", () => {
    const slot = groundCustomer(hearTranscript("Rahul ne hisaab kiya"), catalog, "Rahul Gupta");
    expect(slot?.kind).toBe("ambiguous");
    expect(slot?.kind === "ambiguous" && slot.candidates.map((c) => c.id).sort()).toEqual(["c1", "c2"]);
  });

  it("rejects a customer who was not mentioned, and offers a new name only when it was said", () => {
    expect(groundCustomer(hearTranscript("Rahul Sharma ne hisaab kiya"), catalog, "Priya Verma")).toBeNull();
    expect(groundCustomer(hearTranscript("Suresh ne hisaab kiya"), catalog, "Suresh")).toEqual({
      kind: "unknown",
      mention: "Suresh",
    });
    expect(groundCustomer(hearTranscript("Suresh ne hisaab kiya"), catalog, "Mahesh")).toBeNull();
    expect(groundNewName(hearTranscript("naya khata Amit Kumar ka"), "Amit Kumar")).toBe("Amit Kumar");
    expect(groundNewName(hearTranscript("naya khata Amit ka"), "Amit Kumar")).toBeNull();
  });

  it("accepts a phone number only when it was said", () => {
    const heard = hearTranscript("Amit ka number 98765 43210 hai");
    expect(groundPhone(heard, "+91 9876543210")).toBe("9876543210");
    expect(groundPhone(heard, "9999999999")).toBe(false);
    expect(groundPhone(heard, undefined)).toBeNull();
  });

  it("accepts items whose product and quantity were said", () => {
    const heard = hearTranscript("Priya ke liye dhai kilo chawal ka hisaab");
    expect(groundItems(heard, catalog, [{ product: "rice", quantity: 2.5, unit: "kg" }])).toEqual([
      expect.objectContaining({ productId: "p1", quantity: 2.5, unit: "kg" }),
    ]);
    expect(groundItems(heard, catalog, [{ product: "rice", quantity: 25 }])).toBeNull();
    expect(groundItems(heard, catalog, [{ product: "sugar", quantity: 2.5 }])).toBeNull();
  });
});
