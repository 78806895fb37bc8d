"use client";

import type { ReactNode } from "react";
import type { Locale } from "./i18n/config";
import { I18nProvider } from "./i18n/i18n-provider";
import type { Messages, Namespace } from "./i18n/resources";
import { TrpcQueryProvider } from "./trpc/client";

/** Everything client components rely on: React Query + tRPC and translations. */
export function AppProviders(props: {
  locale: Locale;
  resources: Record<Namespace, Messages>;
  children: ReactNode;
}) {
  return (
    <TrpcQueryProvider>
      <I18nProvider locale={props.locale} resources={props.resources}>
        {props.children}
      </I18nProvider>
    </TrpcQueryProvider>
  );
}
