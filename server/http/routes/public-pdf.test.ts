import { describe, expect, it } from "vitest";
import { GET as billPdf } from "@/app/api/public/b/[token]/pdf/route";
import { GET as statementPdf } from "@/app/api/public/s/[token]/pdf/route";
import { linkShop, pdfLatinText, tokenOf } from "../../links/test-fixtures";
import { PUBLIC_LINK_REQUESTS_PER_MINUTE } from "./public-rate-limit";

// No session is mocked and no cookie is sent: the token in the path is the only key.
let client = 0;
function get(route: typeof billPdf, kind: "b" | "s", token: string, ip = `203.0.113.${++client}`) {
  return route(
    new Request(`http://localhost:3000/api/public/${kind}/${token}/pdf`, {
      headers: { "x-forwarded-for": ip },
    }),
  );
}

describe("GET /api/public/{b,s}/<token>/pdf", () => {
  it("downloads the bill and the statement without signing in, never indexed, no referrer", async () => {
    const shop = await linkShop();
    const bill = tokenOf((await shop.staffCaller.links.forInvoice({ invoiceId: shop.invoice.id })).url);
    const statement = tokenOf(
      (await shop.staffCaller.links.forStatement({ customerId: shop.customer.id })).url,
    );
    const billResponse = await get(billPdf, "b", bill);
    expect(billResponse.status).toBe(200);
    expect(billResponse.headers.get("content-type")).toBe("application/pdf");
    expect(billResponse.headers.get("referrer-policy")).toBe("no-referrer");
    expect(billResponse.headers.get("x-robots-tag")).toContain("noindex");
    expect(billResponse.headers.get("content-disposition")).toContain(
      shop.invoice.number.replaceAll("/", "-"),
    );
    const statementResponse = await get(statementPdf, "s", statement);
    expect(statementResponse.status).toBe(200);
    const text = pdfLatinText(Buffer.from(await statementResponse.arrayBuffer()));
    expect(text).toContain("Rahul Sharma");
    expect(text).not.toContain("Bina");
    // A bill's token is no statement's.
    expect((await get(statementPdf, "s", bill)).status).toBe(404);
  });

  it("answers 404 for a tampered token and 410 with the shop's name for a withdrawn one", async () => {
    const shop = await linkShop();
    const share = await shop.ownerCaller.links.forInvoice({ invoiceId: shop.invoice.id });
    const token = tokenOf(share.url);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const unknown = await get(billPdf, "b", tampered);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe("This link has expired or was withdrawn.");
    await shop.ownerCaller.links.revoke({ linkId: share.linkId });
    const gone = await get(billPdf, "b", token);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/^This link from Test Kirana \w+ has expired or was withdrawn\.$/);
  });

  it("lets one client try only so many tokens a minute; others are not held up", async () => {
    const ip = "198.51.100.7";
    for (let i = 0; i < PUBLIC_LINK_REQUESTS_PER_MINUTE; i += 1) {
      expect((await get(billPdf, "b", `guess-${i}`, ip)).status).toBe(404);
    }
    expect((await get(billPdf, "b", "guess-more", ip)).status).toBe(429);
    expect((await get(statementPdf, "s", "guess-more", ip)).status).toBe(429);
    expect((await get(billPdf, "b", "guess-more", "198.51.100.8")).status).toBe(404);
  });
});
