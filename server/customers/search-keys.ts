import { phoneticKey } from "../search/phonetic-key";
import { searchableName } from "../search/transliterate";

/** The two columns trigram search runs on, derived from the display name on every write. */
export function customerSearchKeys(name: string) {
  const searchName = searchableName(name);
  return { searchName, phoneticKey: phoneticKey(searchName) };
}
