import { formatInr } from "@/lib/money/paise";
import { buttonClasses } from "../ui/button";
import type { PublicT } from "./public-t";

type Props = { t: PublicT; amountPaise: number; upiLink: string; qrDataUrl: string | null; showQr: boolean };

/** "Pay ₹X by UPI": opens the customer's UPI app on a phone; the QR is for paying from another phone. */
export function PayByUpi({ t, amountPaise, upiLink, qrDataUrl, showQr }: Props) {
  const amount = formatInr(amountPaise);
  return (
    <section className="flex flex-col items-center gap-3 rounded-xl border border-slate-200 bg-white p-4 text-center shadow-sm">
      <p className="text-lg font-semibold text-owes-700" data-testid="public-due">
        {t("public:pay.due", { amount })}
      </p>
      <a href={upiLink} className={buttonClasses("primary", "lg")} data-testid="public-pay-upi">
        {t("public:pay.button", { amount })}
      </a>
      {showQr && qrDataUrl ? (
        <figure className="flex flex-col items-center gap-1">
          {/* biome-ignore lint/performance/noImgElement: a server-made data URL, nothing to optimise */}
          <img
            src={qrDataUrl}
            alt={t("public:pay.qrAlt", { amount })}
            width={160}
            height={160}
            className="size-40"
          />
          <figcaption className="text-sm text-slate-600">{t("public:pay.scan")}</figcaption>
        </figure>
      ) : null}
    </section>
  );
}
