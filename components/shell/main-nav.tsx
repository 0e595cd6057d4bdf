"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface MainNavItem {
  href: string;
  label: string;
  /** A count to show beside the label, e.g. reports waiting. */
  badge?: number;
  /** The count in words, for screen readers ("3 reports waiting for review"). */
  badgeLabel?: string;
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
                {item.badge ? (
                  <>
                    <span className="count-badge" aria-hidden="true">{item.badge}</span>
                    <span className="visually-hidden">{item.badgeLabel}</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
