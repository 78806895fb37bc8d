import { describe, expect, it } from "vitest";
import { convertToWav } from "../offline/convert-audio";
import { buildGrammar, productPhrases } from "./grammar";
import { letterToPhones } from "./letter-to-phone";
import { localPocketsphinx } from "./local-pocketsphinx";
import { pronunciationDict } from "./pronunciations";
import { spokenClip } from "./test-clip";

const hints = { customerNames: ["Rahul Sharma", "Priya Verma", "Suresh"], productNames: ["Basmati Rice"] };

describe("offline grammar", () => {
  it("lists this shop's names and products as things the recogniser may hear", () => {
    const { jsgf, words } = buildGrammar(hints);
    expect(jsgf).toContain("<name> = rahul | rahul sharma | priya | priya verma | suresh;");
    expect(jsgf).toContain("<product> = basmati | basmati rice | rice | chawal | chawel;");
    expect(words).toEqual(expect.arrayContaining(["rahul", "sharma", "udhaar", "baaki", "five", "hundred"]));
  });

  it("leaves out rules the shop has nothing for (an empty rule makes pocketsphinx hear nothing)", () => {
    const noProducts = buildGrammar({ customerNames: ["Rahul Sharma"], productNames: [] }).jsgf;
    expect(noProducts).toContain(
      "public <command> = <payment> | <credit> | <balance> | <choice> | haan [ji] | (nahi | nahin) [ji] | yes | no;",
    );
    expect(noProducts).not.toContain("<product>");
    const empty = buildGrammar({ customerNames: ["१२३"], productNames: ["Rice"] }).jsgf;
    expect(empty).toContain("public <command> = haan [ji] | (nahi | nahin) [ji] | yes | no;");
    expect(empty).not.toContain("<name>");
  });

  it("lets a full name or a place in the list answer 'Rahul Sharma ya Rahul Gupta?'", () => {
    const { jsgf, words } = buildGrammar(hints);
    // A first name alone names both Rahuls, so only full names are answers on their own.
    expect(jsgf).toContain("<fullname> = rahul sharma | priya verma;");
    expect(jsgf).toContain("<choice> = <fullname> [ji] | <ordinal>;");
    expect(jsgf).toContain("<ordinal> = pehla | pehle wala | doosra | teesra | first | second | third;");
    expect(words).toEqual(expect.arrayContaining(["doosra", "teesra", "wala"]));
    // Only one-word names: the ordinals still answer.
    expect(buildGrammar({ customerNames: ["Suresh"], productNames: [] }).jsgf).toContain(
      "<choice> = <ordinal>;",
    );
  });

  it("lets a catalog product be called by its shop words, one spelling per sound", () => {
    expect(productPhrases(["Fortune Mustard Oil", "Sugar"])).toEqual(
      expect.arrayContaining(["sarson ka tel", "tel", "cheeni", "shakkar"]),
    );
    // chini sounds like cheeni: only one of them is offered to the recogniser.
    expect(productPhrases(["Sugar"])).not.toContain("chini");
    // Shop words for things the shop does not sell stay out.
    expect(productPhrases(["Sugar"])).not.toContain("chawal");
  });

  it("spells words the dictionary lacks with letter-to-phone rules", async () => {
    expect(letterToPhones("udhaar")).toEqual(["UH", "D", "AA", "R"]);
    expect(letterToPhones("priya")).toEqual(["P", "R", "IY", "Y", "AA"]);
    const dict = await pronunciationDict(["five", "kitna"]);
    expect(dict).toBe("five F AY V\nkitna K IH T N AA\n");
    // Answer words also get the other way they are said.
    expect(await pronunciationDict(["nahi"])).toBe("nahi N AH HH IY\nnahi(2) N AA HH AY\n");
  });
});

describe("local pocketsphinx", () => {
  it("transcribes a spoken payment with the shop's grammar", async () => {
    const clip = await convertToWav(spokenClip("Rahul ne five hundred rupees diye"));
    const result = await localPocketsphinx().transcribe(clip.wav, hints);
    expect(result.text).toBe("rahul ne five hundred rupees diye");
    expect(result.ms).toBeGreaterThanOrEqual(0);
  });

  it("transcribes a payment for a shop without products", async () => {
    const clip = await convertToWav(spokenClip("Rahul ne five hundred rupees diye"));
    const result = await localPocketsphinx().transcribe(clip.wav, {
      customerNames: ["Rahul Sharma"],
      productNames: [],
    });
    expect(result.text).toBe("rahul ne five hundred rupees diye");
  });

  it("transcribes a balance question", async () => {
    const clip = await convertToWav(spokenClip("Priya ka kitna baaki hai"));
    expect((await localPocketsphinx().transcribe(clip.wav, hints)).text).toBe("priya ka kitna baaki hai");
  });

  it("transcribes a spoken invoice, the product called by its Hindi shop word", async () => {
    const clip = await convertToWav(spokenClip("Priya ka bill banao two kilo chawal"));
    expect((await localPocketsphinx().transcribe(clip.wav, hints)).text).toBe(
      "priya ka bill banao two kilo chawal",
    );
  });

  it("transcribes a bare full name, the answer to 'Rahul Sharma ya Rahul Gupta?'", async () => {
    const twoRahuls = { customerNames: ["Rahul Sharma", "Rahul Gupta", "Priya Verma"], productNames: [] };
    for (const name of ["Rahul Gupta", "Rahul Sharma", "Rahul Gupta ji"]) {
      const clip = await convertToWav(spokenClip(name));
      expect((await localPocketsphinx().transcribe(clip.wav, twoRahuls)).text, name).toBe(name.toLowerCase());
    }
  });

  it("transcribes the Hindi places in the list", async () => {
    for (const place of ["doosra", "teesra"]) {
      const clip = await convertToWav(spokenClip(place));
      expect((await localPocketsphinx().transcribe(clip.wav, hints)).text, place).toBe(place);
    }
  });

  it("hears yes as yes and no as no (a no heard as a yes would confirm a bill)", async () => {
    for (const answer of ["haan", "haan ji", "yes", "nahi", "nahin", "no"]) {
      const clip = await convertToWav(spokenClip(answer));
      expect((await localPocketsphinx().transcribe(clip.wav, hints)).text, answer).toBe(answer);
    }
  });
});
