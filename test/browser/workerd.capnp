# workerd config for the browser test (test/browser/widget.browser.mjs): the bundle that
# `npm run build` writes to dist/, on loopback. The test picks a free port with --socket-addr.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [ (name = "api", worker = .api) ],
  sockets = [ (name = "http", address = "127.0.0.1:8921", http = (), service = "api") ],
);

const api :Workerd.Worker = (
  modules = [ (name = "index.js", esModule = embed "../../dist/index.js") ],
  compatibilityDate = "2026-11-01",
);
