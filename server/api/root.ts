import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { businessRouter } from "./routers/business";
import { customersRouter } from "./routers/customers";
import { deploymentRouter } from "./routers/deployment";
import { invoicesRouter } from "./routers/invoices";
import { ledgerRouter } from "./routers/ledger";
import { linksRouter } from "./routers/links";
import { productsRouter } from "./routers/products";
import { promisesRouter } from "./routers/promises";
import { remindersRouter } from "./routers/reminders";
import { reportsRouter } from "./routers/reports";
import { staffRouter } from "./routers/staff";
import { voiceRouter } from "./routers/voice";
import { createCallerFactory, createTRPCRouter } from "./trpc";

// One line per router; each router file stays thin and calls server/<module> functions.
export const appRouter = createTRPCRouter({
  audit: auditRouter,
  auth: authRouter,
  business: businessRouter,
  customers: customersRouter,
  deployment: deploymentRouter,
  invoices: invoicesRouter,
  ledger: ledgerRouter,
  links: linksRouter,
  products: productsRouter,
  promises: promisesRouter,
  reminders: remindersRouter,
  reports: reportsRouter,
  staff: staffRouter,
  voice: voiceRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
