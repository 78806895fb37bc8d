import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { RESOURCES } from "@/components/i18n/resources";
import { getLocale, getServerT } from "@/components/i18n/server";
import { AppProviders } from "@/components/providers";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getServerT();
  return {
    title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
    description: t("app.tagline"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1d5fd0" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-dvh font-sans">
        <AppProviders locale={locale} resources={RESOURCES[locale]}>
          {children}
        </AppProviders>
      </body>
    </html>
  );
}
