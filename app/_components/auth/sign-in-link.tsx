"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { signInPath } from "@/lib/auth/safe-next-path";

/** "Sign in", coming back to the current page afterwards. */
export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname();
  return (
    <Link href={signInPath(pathname)} className={className} prefetch={false}>
      Sign in
    </Link>
  );
}
