"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../i18n/language-switch";
import { cx } from "../ui/cx";
import { Icon } from "../ui/icons";
import { useCurrentUser } from "./current-user";
import { isActive, visibleNavItems } from "./nav-items";
import { SignOutButton } from "./sign-out-button";

/** Top bar: shop name; full navigation on large screens, a menu (all pages, language, sign out) on phones. */
export function AppHeader() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const { user, business } = useCurrentUser();
  const items = visibleNavItems(user.role);
  const menuRef = useRef<HTMLDetailsElement>(null);

  // Close the phone menu after navigating.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on route change on purpose
  useEffect(() => {
    if (menuRef.current) menuRef.current.open = false;
  }, [pathname]);

  return (
    <header className="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-30 focus:rounded-md focus:bg-white focus:px-3 focus:py-2"
      >
        {t("nav.skip")}
      </a>
      <div className="mx-auto flex h-14 max-w-6xl items-center gap-3 px-3 sm:px-4">
        <Link
          href="/"
          className="flex min-w-0 shrink items-center gap-2 rounded-md font-bold text-slate-900 xl:max-w-56"
        >
          <span
            aria-hidden="true"
            className="grid size-8 shrink-0 place-items-center rounded-lg bg-brand-600 text-white"
          >
            ₹
          </span>
          <span className="truncate">{business.name}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="ml-2 hidden flex-1 items-center gap-0.5 xl:flex">
          {items.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              aria-current={isActive(item, pathname) ? "page" : undefined}
              className={cx(
                "rounded-md px-2.5 py-2 text-sm font-medium whitespace-nowrap",
                isActive(item, pathname) ? "bg-brand-50 text-brand-700" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {t(`nav.${item.labelKey}`)}
            </Link>
          ))}
        </nav>
        <div className="ml-auto hidden items-center gap-2 xl:flex">
          <LanguageSwitch />
          <span className="max-w-32 truncate text-sm text-slate-600" title={user.email}>
            {user.name}
          </span>
          <SignOutButton />
        </div>
        <details ref={menuRef} className="relative ml-auto xl:hidden">
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-1 rounded-lg px-2 font-medium text-slate-700 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
            <Icon name="menu" />
            <span>{t("nav.menu")}</span>
          </summary>
          <div className="absolute right-0 mt-2 flex w-64 flex-col gap-1 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
            <p className="truncate px-2 py-1 text-sm text-slate-600">
              {user.name} · {t(`roles.${user.role}`)}
            </p>
            <nav aria-label={t("nav.label")} className="flex flex-col">
              {items.map((item) => (
                <Link
                  key={item.href}
                  href={item.href}
                  aria-current={isActive(item, pathname) ? "page" : undefined}
                  className={cx(
                    "flex min-h-11 items-center gap-3 rounded-md px-2 font-medium",
                    isActive(item, pathname)
                      ? "bg-brand-50 text-brand-700"
                      : "text-slate-800 hover:bg-slate-100",
                  )}
                >
                  <Icon name={item.icon} />
                  {t(`nav.${item.labelKey}`)}
                </Link>
              ))}
            </nav>
            <div className="mt-1 flex items-center justify-between gap-2 border-t border-slate-200 pt-2">
              <LanguageSwitch />
              <SignOutButton />
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
