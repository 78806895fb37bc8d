// Next.js calls register() once when a server process boots. The Node.js-only check lives in
// its own module so the Edge bundle never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
