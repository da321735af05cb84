# workerd configs for npm run bench / npm run load (scripts/bench-lib.mjs). Loopback only.
# The API is the bundle `wrangler deploy --dry-run --outdir bench/out` writes (no bindings: the
# rate limiter is a no-op without its binding). Run one config: workerd serve bench/workerd.capnp <name>
using Workerd = import "/workerd/workerd.capnp";

const api :Workerd.Worker = (
  modules = [ (name = "index.js", esModule = embed "out/index.js") ],
  compatibilityDate = "2026-11-01",
);

const floor :Workerd.Worker = (
  modules = [ (name = "floor.js", esModule = embed "floor.js") ],
  compatibilityDate = "2026-11-01",
);

const cost :Workerd.Worker = (
  modules = [
    (name = "cost.js", esModule = embed "cost.js"),
    (name = "floor.js", esModule = embed "floor.js"),
    (name = "out/index.js", esModule = embed "out/index.js"),
    (name = "out/evaluate.js", esModule = embed "out/evaluate.js"),
  ],
  compatibilityDate = "2026-11-01",
);

# Everything at once (bench and load).
const all :Workerd.Config = (
  services = [ (name = "api", worker = .api), (name = "floor", worker = .floor), (name = "cost", worker = .cost) ],
  sockets = [
    (name = "api", address = "127.0.0.1:8911", http = (), service = "api"),
    (name = "floor", address = "127.0.0.1:8912", http = (), service = "floor"),
    (name = "cost", address = "127.0.0.1:8913", http = (), service = "cost"),
  ],
);

# One worker per process, for the start-time measurement (time to first response).
const apiOnly :Workerd.Config = (
  services = [ (name = "api", worker = .api) ],
  sockets = [ (name = "api", address = "127.0.0.1:8914", http = (), service = "api") ],
);

const floorOnly :Workerd.Config = (
  services = [ (name = "floor", worker = .floor) ],
  sockets = [ (name = "floor", address = "127.0.0.1:8914", http = (), service = "floor") ],
);
