"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../trpc/client";
import { ErrorState, LoadingState } from "../ui/states";
import { CustomerForm } from "./customer-form";

export function EditCustomer({ id }: { id: string }) {
  const trpc = useTRPC();
  const query = useQuery(trpc.customers.get.queryOptions({ id }));
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <CustomerForm customer={query.data} />;
}
