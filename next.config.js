/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded at run time from node_modules: pdfkit reads its font metrics from disk, pino spawns workers.
  serverExternalPackages: ["pdfkit", "pino", "@electric-sql/pglite"],
  typedRoutes: false,
};

export default nextConfig;
