// A simulated merchant on the dashboard's HTTP API: signs in with Auth.js credentials, then
// calls tRPC (superjson) with its session cookie, timing every call.
export type Sample = { ms: number; ok: boolean; what: string; status: number };

export class LoadUser {
  private cookie = "";
  constructor(
    private readonly urls: string[],
    /** Where timings go; the load phase points it at a fresh list after set-up. */
    public samples: Sample[],
  ) {}
  private turn = Math.floor(Math.random() * 2);

  /** The next instance, round robin: what a load balancer without stickiness does. */
  private nextUrl(): string {
    this.turn += 1;
    return this.urls[this.turn % this.urls.length] as string;
  }

  async signUpAndSignIn(email: string, password: string, shopName: string) {
    await this.call("auth.signUp", "mutation", {
      businessName: shopName,
      stateCode: "27",
      gstScheme: "UNREGISTERED",
      name: "Load Owner",
      email,
      password,
    });
    const url = this.nextUrl();
    const csrf = await fetch(`${url}/api/auth/csrf`);
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const signedIn = await fetch(`${url}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: "/" }),
    });
    this.cookie = signedIn.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .filter((c) => c?.includes("session-token"))
      .join("; ");
    if (!this.cookie) throw new Error(`sign-in for ${email} set no session cookie (${signedIn.status})`);
  }

  /** One tRPC call; the sample records its time and whether it succeeded. */
  async call<T>(path: string, type: "query" | "mutation", input: unknown): Promise<T | null> {
    const url = this.nextUrl();
    const started = performance.now();
    const encoded = JSON.stringify({ json: input });
    const response = await (type === "query"
      ? fetch(`${url}/api/trpc/${path}?input=${encodeURIComponent(encoded)}`, {
          headers: { cookie: this.cookie },
        })
      : fetch(`${url}/api/trpc/${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: this.cookie },
          body: encoded,
        })
    ).catch(() => null);
    const body = response
      ? ((await response.json().catch(() => null)) as { result?: { data: { json: T } } } | null)
      : null;
    const ok = Boolean(response?.ok && body?.result);
    this.samples.push({ ms: performance.now() - started, ok, what: path, status: response?.status ?? 0 });
    return ok ? (body?.result?.data.json ?? null) : null;
  }
}
