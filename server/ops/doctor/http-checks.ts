import { type DoctorCheck, describeError, fail, pass, warn } from "./doctor-check";

const PROBE_TIMEOUT_MS = 5_000;
// A sample of what must refuse a stranger: a tRPC query, the shop export, a report download.
const PROTECTED_SAMPLES = [
  "/api/trpc/customers.list",
  "/api/export/shop",
  "/api/export/daybook",
  "/api/trpc/audit.find",
] as const;
const REQUIRED_HEADERS = [
  ["content-security-policy", (value: string) => /frame-ancestors 'none'/.test(value)],
  ["x-content-type-options", (value: string) => value === "nosniff"],
  ["referrer-policy", (value: string) => value.length > 0],
  ["permissions-policy", (value: string) => /microphone=\(self\)/.test(value)],
] as const;

type Probe = (path: string, init?: RequestInit) => Promise<Response>;

function prober(baseUrl: string): Probe {
  return (path, init) =>
    fetch(new URL(path, baseUrl), {
      redirect: "manual",
      ...init,
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
}

const unreachable = (id: string, title: string, baseUrl: string) => (error: unknown) =>
  fail(
    id,
    title,
    `${baseUrl} could not be reached: ${describeError(error)}.`,
    "Check the URL and that the app (and its load balancer) is running.",
  );

async function readinessCheck(probe: Probe): Promise<DoctorCheck> {
  const title = "Readiness is green";
  const response = await probe("/api/health/ready");
  if (response.ok) return pass("readiness", title, "/api/health/ready answers 200.");
  return fail(
    "readiness",
    title,
    `/api/health/ready answers ${response.status}: the database does not answer in time.`,
    "Follow docs/runbooks/database-down.md.",
  );
}

async function authCheck(probe: Probe): Promise<DoctorCheck> {
  const title = "Auth is enforced";
  const open: string[] = [];
  for (const path of PROTECTED_SAMPLES) {
    const response = await probe(path);
    // 401/403 refuse; a redirect to sign-in refuses too. Anything 2xx served a stranger.
    if (response.status >= 200 && response.status < 300) open.push(`${path} (${response.status})`);
  }
  if (open.length) {
    return fail(
      "auth",
      title,
      `Answered without a session: ${open.join(", ")}.`,
      "Do not serve this build; report it as a security bug.",
    );
  }
  return pass("auth", title, `${PROTECTED_SAMPLES.length} sample routes refuse a request without a session.`);
}

async function metricsCheck(probe: Probe): Promise<DoctorCheck> {
  const title = "Metrics are protected";
  const response = await probe("/api/metrics");
  if (response.status === 401)
    return pass("metrics", title, "/api/metrics refuses a scrape without the token.");
  return warn(
    "metrics",
    title,
    `/api/metrics answers ${response.status} without a token.`,
    "Set METRICS_TOKEN, or keep /api/metrics off the public load balancer.",
  );
}

async function headersAndHttpsChecks(probe: Probe, baseUrl: string): Promise<DoctorCheck[]> {
  const response = await probe("/sign-in");
  const missing = REQUIRED_HEADERS.filter(([name, valid]) => !valid(response.headers.get(name) ?? "")).map(
    ([name]) => name,
  );
  const headers = missing.length
    ? fail(
        "security-headers",
        "Security headers are sent",
        `Missing or weak on /sign-in: ${missing.join(", ")}.`,
        "A proxy in front may strip them: pass the app's headers through unchanged.",
      )
    : pass(
        "security-headers",
        "Security headers are sent",
        "CSP with frame-ancestors 'none', nosniff, Referrer-Policy and Permissions-Policy on /sign-in.",
      );
  return [headers, transportCheck(baseUrl, response.headers.get("strict-transport-security"))];
}

/** HTTPS with HSTS for a public URL; plain HTTP only warns on this machine's own addresses. */
export function transportCheck(baseUrl: string, hsts: string | null): DoctorCheck {
  const title = "Served over HTTPS";
  const { protocol, hostname } = new URL(baseUrl);
  if (protocol === "https:") {
    if (hsts) return pass("https", title, `HTTPS with HSTS (${hsts}).`);
    return fail(
      "https",
      title,
      "HTTPS, but no Strict-Transport-Security header.",
      "Set APP_URL to the https:// address: the app sends HSTS when it is, or when the request came over https.",
    );
  }
  if (["localhost", "127.0.0.1", "[::1]"].includes(hostname)) {
    return warn(
      "https",
      title,
      `${baseUrl} is plain HTTP (fine on this machine only).`,
      "Serve the public URL over HTTPS (TLS at the load balancer).",
    );
  }
  return fail(
    "https",
    title,
    `${baseUrl} is plain HTTP: passwords and session cookies travel in clear.`,
    "Terminate TLS at the load balancer and set APP_URL to the https:// address.",
  );
}

/** Checks of a running deployment from outside, as a stranger's browser sees it. */
export async function httpChecks(baseUrl: string): Promise<DoctorCheck[]> {
  const probe = prober(baseUrl);
  const [readiness, auth, metrics, rest] = await Promise.all([
    readinessCheck(probe).catch(unreachable("readiness", "Readiness is green", baseUrl)),
    authCheck(probe).catch(unreachable("auth", "Auth is enforced", baseUrl)),
    metricsCheck(probe).catch(unreachable("metrics", "Metrics are protected", baseUrl)),
    headersAndHttpsChecks(probe, baseUrl).catch((error) => [
      unreachable("security-headers", "Security headers are sent", baseUrl)(error),
    ]),
  ]);
  return [readiness, auth, metrics, ...rest];
}
