import { LinkNotFound } from "@/components/public/link-not-found";

export default LinkNotFound;
