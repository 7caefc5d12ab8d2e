// Stands in for `server-only` under vitest: the real package throws unless the bundler sets
// the `react-server` condition, which vitest does not.
export {};
