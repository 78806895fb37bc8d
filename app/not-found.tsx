import { getServerT } from "@/components/i18n/server";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const { t } = await getServerT();
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-2xl font-bold">{t("notFound.title")}</h1>
      <p className="text-slate-600">{t("notFound.body")}</p>
      <ButtonLink href="/">{t("notFound.home")}</ButtonLink>
    </main>
  );
}
