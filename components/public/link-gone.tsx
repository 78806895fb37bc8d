import type { PublicT } from "./public-t";

/** Expired, withdrawn, unknown or tampered: the shop's name when known, and nothing else. */
export function LinkGone({ t, shopName }: { t: PublicT; shopName: string | null }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-bold text-slate-900">{t("public:gone.title")}</h1>
      {shopName ? <p className="text-slate-600">{t("public:gone.from", { shop: shopName })}</p> : null}
    </main>
  );
}

export function TooManyRequests({ t }: { t: PublicT }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col items-center justify-center gap-3 px-4 text-center">
      <h1 className="text-xl font-bold text-slate-900">{t("public:limited.title")}</h1>
      <p className="text-slate-600">{t("public:limited.body")}</p>
    </main>
  );
}
