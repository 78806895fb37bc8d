import { LoadingState } from "@/components/ui/states";

export default function SignedInLoading() {
  return <LoadingState />;
}
