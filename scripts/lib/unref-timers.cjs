// Preloaded into `prisma migrate deploy`: the wasm engine leaves a pending 10 s timer that
// keeps the process alive after it has finished. Long timers never gate correctness here.
const orig = global.setTimeout;
global.setTimeout = function (fn, ms, ...args) {
  const t = orig(fn, ms, ...args);
  if (typeof ms === "number" && ms >= 5000 && t && typeof t.unref === "function") t.unref();
  return t;
};
