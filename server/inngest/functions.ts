import { type InngestClient, inngest } from "./client";
import { sendReminderFunction } from "./send-reminder-function";

const made = new WeakMap<InngestClient, ReturnType<typeof sendReminderFunction>[]>();

/** Every Inngest function of the app, made once per client. */
export function inngestFunctions(client: InngestClient = inngest()) {
  let functions = made.get(client);
  if (!functions) {
    functions = [sendReminderFunction(client)];
    made.set(client, functions);
  }
  return functions;
}
