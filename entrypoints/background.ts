export default defineBackground(() => {
  // Wiring only; the work lives in utils/.
});
