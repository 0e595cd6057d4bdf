"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface MainNavItem {
  href: string;
  label: string;
  /** A count to show beside the label, e.g. reports waiting. */
  badge?: number;
}

export function MainNav({ label, items }: { label: string; items: MainNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav className="main-nav" aria-label={label}>
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
                {item.badge ? <span className="count-badge">{item.badge}</span> : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
