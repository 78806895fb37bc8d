/**
 * Server messages are English; messages/<lang>/errors.json "server" maps each to the user's language.
 * A message with values in it is keyed with placeholders: each number becomes {{n}} ("Wrong code.
 * {{n}} attempts left.") and each double-quoted value becomes "{{text}}" ("\"1.5.2\" is not a valid
 * quantity" → "\"{{text}}\" is not a valid quantity"); the translation gets the values back in order.
 */
export type ServerMessages = Record<string, string>;

const VALUE = /"[^"]*"|\d+/g;

type Template = { key: string; texts: string[]; numbers: string[] };

function templateOf(message: string, quoted: boolean, numbered: boolean): Template {
  const texts: string[] = [];
  const numbers: string[] = [];
  const key = message.replace(VALUE, (value) => {
    if (value.startsWith('"')) {
      if (!quoted) return value;
      texts.push(value.slice(1, -1));
      return '"{{text}}"';
    }
    if (!numbered) return value;
    numbers.push(value);
    return "{{n}}";
  });
  return { key, texts, numbers };
}

function fill(template: string, { texts, numbers }: Template): string {
  let text = 0;
  let number = 0;
  return template
    .replace(/{{text}}/g, () => texts[text++] ?? "")
    .replace(/{{n}}/g, () => numbers[number++] ?? "");
}

// Quoted values first: '"1.2345" has more than 3 decimal places' keeps its fixed "3".
const MODES: [quoted: boolean, numbered: boolean][] = [
  [true, false],
  [false, true],
  [true, true],
];

/** The message in the user's language, or the English message when it has no translation. */
export function translateServerMessage(messages: ServerMessages | undefined, message: string): string {
  if (!messages) return message;
  const exact = messages[message];
  if (exact) return exact;
  for (const [quoted, numbered] of MODES) {
    const template = templateOf(message, quoted, numbered);
    const translated = template.key === message ? undefined : messages[template.key];
    if (translated) return fill(translated, template);
  }
  return message;
}
