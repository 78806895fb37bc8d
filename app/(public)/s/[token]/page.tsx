import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LinkGone, TooManyRequests } from "@/components/public/link-gone";
import { PublicStatementView } from "@/components/public/public-statement-view";
import { pageLocale, publicT } from "@/components/public/public-t";
import { requestLocale } from "@/components/public/request-locale";
import { loadPublicStatement } from "@/server/http/routes/public-pages";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ token }, { lang }] = await Promise.all([params, searchParams]);
  const page = await loadPublicStatement(token);
  if (page.state !== "LIVE") return { title: publicT(await requestLocale(lang))("public:meta.gone") };
  const t = publicT(pageLocale(lang, page.data.language));
  return { title: t("public:meta.statement", { shop: page.data.business.name }) };
}

/** /s/<token>: one customer's statement (for the range it was shared with), for whoever holds the link. */
export default async function PublicStatementPage({ params, searchParams }: Props) {
  const [{ token }, { lang }] = await Promise.all([params, searchParams]);
  const page = await loadPublicStatement(token);
  if (page.state === "UNKNOWN") notFound();
  if (page.state === "LIMITED") return <TooManyRequests t={publicT(await requestLocale(lang))} />;
  if (page.state === "GONE")
    return <LinkGone t={publicT(await requestLocale(lang))} shopName={page.shopName} />;
  const locale = pageLocale(lang, page.data.language);
  return <PublicStatementView t={publicT(locale)} locale={locale} statement={page.data} />;
}
