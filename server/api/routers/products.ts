import { z } from "zod";
import { adjustStock, archiveProduct, createProduct, updateProduct } from "../../products/mutations";
import { catalogueOptions } from "../../products/options";
import { findLowStockProducts, findProducts, getProduct } from "../../products/queries";
import {
  adjustStockInput,
  createProductInput,
  findProductsInput,
  lowStockInput,
  productId,
  updateProductInput,
} from "../../products/schema";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

export const productsRouter = createTRPCRouter({
  find: protectedProcedure
    .input(findProductsInput)
    .query(({ ctx, input }) => findProducts(ctx.domain, input)),
  get: protectedProcedure
    .input(z.object({ id: productId }))
    .query(({ ctx, input }) => getProduct(ctx.domain, input.id)),
  options: protectedProcedure.query(() => catalogueOptions()),
  lowStock: protectedProcedure
    .input(lowStockInput)
    .query(({ ctx, input }) => findLowStockProducts(ctx.domain, input)),
  create: protectedProcedure
    .input(createProductInput)
    .mutation(({ ctx, input }) => createProduct(ctx.domain, input)),
  update: protectedProcedure
    .input(updateProductInput)
    .mutation(({ ctx, input }) => updateProduct(ctx.domain, input)),
  archive: ownerProcedure
    .input(z.object({ id: productId }))
    .mutation(({ ctx, input }) => archiveProduct(ctx.domain, input)),
  adjustStock: ownerProcedure
    .input(adjustStockInput)
    .mutation(({ ctx, input }) => adjustStock(ctx.domain, input)),
});
