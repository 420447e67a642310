import { getAuth } from "@/lib/auth/auth";
import { cookieHeaderFrom, type TestUser } from "./accounts";

/** Signs `user` in through Better Auth and returns the Cookie header of the new session. */
export async function sessionCookieFor(user: Pick<TestUser, "email" | "password">): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({
    body: { email: user.email, password: user.password },
    headers: new Headers(),
    returnHeaders: true,
  });
  const cookie = cookieHeaderFrom(headers.getSetCookie());
  if (!cookie) throw new Error(`Signing in ${user.email} set no cookie.`);
  return cookie;
}
