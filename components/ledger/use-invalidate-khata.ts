"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTRPC } from "../trpc/client";

/** After any ledger write: balances, statements and totals shown anywhere are stale. */
export function useInvalidateKhata() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all(
        [trpc.customers.pathKey(), trpc.ledger.pathKey(), trpc.invoices.pathKey()].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
    [trpc, queryClient],
  );
}
