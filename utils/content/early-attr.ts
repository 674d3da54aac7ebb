/** On <html>: the early stylesheet (filter lists' generic rules, Sift's plain selectors) applies only while set. */
export const EARLY_ATTR = 'data-sift-early';
