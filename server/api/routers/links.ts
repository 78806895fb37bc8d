import { findCustomerLinks } from "../../links/queries";
import { revokeCustomerLinks, revokeLink } from "../../links/revoke-links";
import {
  findLinksInput,
  invoiceLinkInput,
  revokeCustomerLinksInput,
  revokeLinkInput,
  statementLinkInput,
} from "../../links/schema";
import { shareInvoiceLink } from "../../links/share-invoice-link";
import { shareStatementLink } from "../../links/share-statement-link";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

// Public links customers open without signing in; any member shares, only the owner withdraws.
export const linksRouter = createTRPCRouter({
  forInvoice: protectedProcedure
    .input(invoiceLinkInput)
    .mutation(({ ctx, input }) => shareInvoiceLink(ctx.domain, input)),
  forStatement: protectedProcedure
    .input(statementLinkInput)
    .mutation(({ ctx, input }) => shareStatementLink(ctx.domain, input)),
  find: protectedProcedure
    .input(findLinksInput)
    .query(({ ctx, input }) => findCustomerLinks(ctx.domain, input)),
  revoke: ownerProcedure.input(revokeLinkInput).mutation(({ ctx, input }) => revokeLink(ctx.domain, input)),
  revokeForCustomer: ownerProcedure
    .input(revokeCustomerLinksInput)
    .mutation(({ ctx, input }) => revokeCustomerLinks(ctx.domain, input)),
});
