import type { Env } from "../../env";
import { localPocketsphinx } from "./local-pocketsphinx";
import { deepgram, openAi } from "./remote";
import type { SpeechToText } from "./types";

/** The STT_PROVIDER from the environment; a cloud provider without its key fails loudly. */
export function speechToTextFrom(config: Env): SpeechToText {
  const baseUrl = config.STT_BASE_URL;
  switch (config.STT_PROVIDER) {
    case "deepgram":
      if (!config.DEEPGRAM_API_KEY) throw new Error("STT_PROVIDER=deepgram needs DEEPGRAM_API_KEY");
      return deepgram({ apiKey: config.DEEPGRAM_API_KEY, baseUrl });
    case "openai":
      if (!config.OPENAI_API_KEY) throw new Error("STT_PROVIDER=openai needs OPENAI_API_KEY");
      return openAi({ apiKey: config.OPENAI_API_KEY, baseUrl });
    default:
      return localPocketsphinx();
  }
}
