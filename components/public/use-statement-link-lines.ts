"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "../trpc/client";
import { statementLinkLines } from "./share-texts";

/**
 * The last lines of a shared statement: its public link and, when money is due, the UPI pay link,
 * in the customer's language. Null until the link is ready (or when it could not be made).
 * Fetched again when the balance changes, so the pay link asks for the right amount.
 */
export function useStatementLinkLines(customerId: string, balancePaise: number): string[] | null {
  const trpc = useTRPC();
  const { mutate, data } = useMutation(trpc.links.forStatement.mutationOptions());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new balance means a new UPI amount
  useEffect(() => {
    mutate({ customerId });
  }, [mutate, customerId, balancePaise]);
  // A stale amount is never shared: wait for the answer for this balance.
  if (!data || data.balancePaise !== balancePaise) return null;
  return statementLinkLines(data);
}
