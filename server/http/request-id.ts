const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Accept a caller's x-request-id when it is sane; otherwise mint one. */
export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get("x-request-id");
  return incoming && VALID_REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
