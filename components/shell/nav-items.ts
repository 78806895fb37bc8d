import type { IconName } from "../ui/icons";

export type NavItem = {
  href: string;
  /** Key under "nav" in messages/<lang>/common.json. */
  labelKey:
    | "home"
    | "customers"
    | "products"
    | "invoices"
    | "reports"
    | "settings"
    | "voice"
    | "audit"
    | "reminders";
  icon: IconName;
  /** Shown in the phone's bottom bar (keep it to five); everything is in the menu too. */
  bottomNav?: boolean;
  ownerOnly?: boolean;
};

/** The dashboard's navigation, in order. Add a page here (and its label in common.json "nav"). */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", labelKey: "home", icon: "home", bottomNav: true },
  { href: "/customers", labelKey: "customers", icon: "users", bottomNav: true },
  { href: "/products", labelKey: "products", icon: "box", bottomNav: true },
  { href: "/invoices", labelKey: "invoices", icon: "receipt", bottomNav: true },
  { href: "/reports", labelKey: "reports", icon: "chart", bottomNav: true },
  { href: "/reminders", labelKey: "reminders", icon: "phone" },
  { href: "/voice", labelKey: "voice", icon: "history" },
  { href: "/settings", labelKey: "settings", icon: "settings" },
  { href: "/audit", labelKey: "audit", icon: "history", ownerOnly: true },
];

export function visibleNavItems(role: "OWNER" | "STAFF") {
  return NAV_ITEMS.filter((item) => !item.ownerOnly || role === "OWNER");
}

export function isActive(item: NavItem, pathname: string) {
  return item.href === "/"
    ? pathname === "/"
    : pathname === item.href || pathname.startsWith(`${item.href}/`);
}
