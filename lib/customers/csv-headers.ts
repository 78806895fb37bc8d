/** The columns of the customer CSV, in order: the import checks them and the export writes them. */
export const CUSTOMER_CSV_HEADERS = [
  "name",
  "phone",
  "email",
  "gstin",
  "state_code",
  "credit_limit",
  "opening_balance",
  "notes",
] as const;
