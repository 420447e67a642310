import Link from "next/link";
import { AccountMenu } from "../account-menu";

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__brand">
          <svg className="site-header__mark" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M6 3h8l4 4v14H6z" />
            <path d="M14 3v4h4M9 11h6M9 14.5h6M9 18h3.5" />
          </svg>
          Draftwatch
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <Link href="/">Documents</Link>
            </li>
            <li>
              <Link href="/parties">Parties</Link>
            </li>
            <li>
              <Link href="/changes">Changes</Link>
            </li>
          </ul>
        </nav>
        <AccountMenu />
      </div>
    </header>
  );
}
