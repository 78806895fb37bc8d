/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded at run time from node_modules: pdfkit reads its font metrics from disk, pino spawns workers.
  serverExternalPackages: ["pdfkit", "pino", "@electric-sql/pglite"],
  typedRoutes: false,
  // Static files skip the proxy (proxy.ts sets every header, the CSP included, on the rest).
  async headers() {
    const staticHeaders = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      { source: "/_next/static/:path*", headers: staticHeaders },
      { source: "/favicon.ico", headers: staticHeaders },
    ];
  },
};

export default nextConfig;
