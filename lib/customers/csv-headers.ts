/** The columns of the customer CSV, in order: the import checks them and the export writes them. */
export const CUSTOMER_CSV_HEADERS = [
  "name",
  "phone",
  "email",
  "gstin",
  "state_code",
  "credit_limit",
  "opening_balance",
  // The day the opening balance stood in the old books (YYYY-MM-DD or DD/MM/YYYY); empty: today.
  "opening_balance_date",
  "notes",
] as const;
