"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslation } from "react-i18next";
import { cx } from "../ui/cx";
import { Icon } from "../ui/icons";
import { useCurrentUser } from "./current-user";
import { isActive, visibleNavItems } from "./nav-items";

/** Thumb-reach navigation on phones; hidden on large screens where the header shows everything. */
export function BottomNav() {
  const { t } = useTranslation();
  const pathname = usePathname();
  const { user } = useCurrentUser();
  const items = visibleNavItems(user.role).filter((item) => item.bottomNav);
  return (
    <nav
      aria-label={t("nav.bottomLabel")}
      className="fixed inset-x-0 bottom-0 z-20 border-t border-slate-200 bg-white pb-[env(safe-area-inset-bottom)] lg:hidden print:hidden"
    >
      <ul className="mx-auto flex max-w-xl">
        {items.map((item) => (
          <li key={item.href} className="flex-1">
            <Link
              href={item.href}
              aria-current={isActive(item, pathname) ? "page" : undefined}
              className={cx(
                "flex min-h-14 flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium",
                isActive(item, pathname) ? "text-brand-700" : "text-slate-600",
              )}
            >
              <Icon name={item.icon} />
              <span className="max-w-full truncate">{t(`nav.${item.labelKey}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
