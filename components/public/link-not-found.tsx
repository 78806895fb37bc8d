import { getLocale } from "../i18n/server";
import { LinkGone } from "./link-gone";
import { publicT } from "./public-t";

/** not-found.tsx of the public pages (404): a token never issued, or tampered with. */
export async function LinkNotFound() {
  return <LinkGone t={publicT(await getLocale())} shopName={null} />;
}
