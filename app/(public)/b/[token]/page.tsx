import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkGone, TooManyRequests } from "@/components/public/link-gone";
import { PublicBillView } from "@/components/public/public-bill-view";
import { pageLocale, publicT } from "@/components/public/public-t";
import { requestLocale } from "@/components/public/request-locale";
import { loadPublicBill } from "@/server/http/routes/public-pages";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ token }, { lang }] = await Promise.all([params, searchParams]);
  const page = await loadPublicBill(token);
  if (page.state !== "LIVE") return { title: publicT(await requestLocale(lang))("public:meta.gone") };
  const t = publicT(pageLocale(lang, page.data.language));
  const title = t(`public:share.title.${page.data.documentType}`);
  return { title: t("public:meta.bill", { title, number: page.data.number, shop: page.data.business.name }) };
}

/** /b/<token>: one bill, for whoever holds the link. */
export default async function PublicBillPage({ params, searchParams }: Props) {
  const [{ token }, { lang }] = await Promise.all([params, searchParams]);
  const page = await loadPublicBill(token);
  if (page.state === "UNKNOWN") notFound();
  if (page.state === "LIMITED") return <TooManyRequests t={publicT(await requestLocale(lang))} />;
  if (page.state === "GONE")
    return <LinkGone t={publicT(await requestLocale(lang))} shopName={page.shopName} />;
  const locale = pageLocale(lang, page.data.language);
  return <PublicBillView t={publicT(locale)} locale={locale} bill={page.data} />;
}
