// Server components (the products, invoices and print layouts) read GST_RATES here and hand the
// result to client forms as props, so the browser bundle never carries the environment.
export { catalogueOptions } from "../products/options";
