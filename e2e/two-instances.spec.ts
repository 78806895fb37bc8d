import { type APIRequestContext, expect, request, test } from "@playwright/test";
import { exited, type SecondInstance, signedInClient, startSecondInstance } from "./support/second-instance";
import { createRegisteredShop, type Shop, trpcMutation } from "./support/shop-api";

// Two `next start` instances of one build on one database and one Redis, as behind a load
// balancer: what one instance learns or decides holds on the other at once.
const mainURL = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const secondPort = Number(process.env.E2E_PORT ?? 3100) + 3;

type Turn = { reply: string };
const say = (client: APIRequestContext, text: string) =>
  trpcMutation<Turn>(client, "voice.run", { text }).then((turn) => turn.reply);
const meStatus = async (client: APIRequestContext) => (await client.get("/api/trpc/auth.me")).status();

let second: SecondInstance;
let shop: Shop;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ request }) => {
  test.setTimeout(90_000);
  second = await startSecondInstance(secondPort);
  shop = await createRegisteredShop(request);
});

test.afterAll(async () => {
  second?.process.kill("SIGTERM");
  if (second) await exited(second.process);
});

test("a customer and a product added on one instance are understood by voice on the other", async () => {
  const onMain = await signedInClient(mainURL, shop.email, shop.password);
  const onSecond = await signedInClient(second.url, shop.email, shop.password);

  await trpcMutation(onMain, "customers.create", { name: "Priya Verma" });
  expect(await say(onSecond, "Priya Verma ka baaki")).toContain("Priya Verma");

  // The second instance's product list is loaded (and cached) before Sugar exists.
  expect(await say(onSecond, "Priya Verma ka bill banao, 1 kilo shakkar")).not.toContain("Sugar");
  await trpcMutation(onMain, "products.create", {
    name: "Sugar",
    aliases: ["shakkar"],
    unit: "kg",
    pricePaise: 4500,
    stock: "5",
  });
  // Told through LISTEN/NOTIFY, not the 60 s reload.
  await expect
    .poll(() => say(onSecond, "Priya Verma ka bill banao, 1 kilo shakkar"), {
      timeout: 3_000,
      intervals: [200],
    })
    .toBe("Priya Verma ka bill banaun: 1 kg Sugar? Haan ya nahi?");
  await trpcMutation(onSecond, "voice.run", { text: "nahi" });
});

test("signing out on one instance ends the session on the other", async () => {
  const onMain = await signedInClient(mainURL, shop.email, shop.password);
  const cookies = (await onMain.storageState()).cookies.map(({ name, value }) => `${name}=${value}`);
  const sameCookieOnSecond = await request.newContext({
    baseURL: second.url,
    extraHTTPHeaders: { cookie: cookies.join("; ") },
  });
  expect(await meStatus(sameCookieOnSecond)).toBe(200);

  const { csrfToken } = (await (await onMain.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await onMain.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/" } });
  expect(await meStatus(onMain)).toBe(401);
  expect(await meStatus(sameCookieOnSecond)).toBe(401);
  await sameCookieOnSecond.dispose();
});

test("the sign-in limit counts failures on both instances together", async ({ playwright }) => {
  const signInOn = async (baseURL: string, password: string) => {
    const client = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await client.post("/api/auth/callback/credentials", {
      form: { email: shop.email, password, csrfToken, callbackUrl: "/" },
    });
    const location = response.headers().location ?? "";
    await client.dispose();
    return location;
  };
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    expect(await signInOn(mainURL, "not-the-password")).toContain("error=CredentialsSignin");
  }
  // The right password, on the instance that saw none of the failures, must still wait.
  expect(await signInOn(second.url, shop.password)).toContain("code=too_many_attempts");
  expect(await signInOn(mainURL, shop.password)).toContain("code=too_many_attempts");
});
